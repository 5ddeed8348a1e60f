"""Visitors never reach a draft revision; editors who may change the list preview it on the site
exactly as visitors will see it once published."""

import pytest

from tests.drugs.pages import h1_of, html_of, listed_names, text_of, url

pytestmark = pytest.mark.django_db

DRAFT = "2026-2"  # the demo's draft


@pytest.mark.parametrize(
    "viewname, kwargs",
    [
        ("revision", {"label": DRAFT}),
        ("revision_entry", {"label": DRAFT, "slug": "amiodarone"}),
        ("revision_print", {"label": DRAFT}),
        ("revision_pdf", {"label": DRAFT}),
        ("revision_download", {"label": DRAFT}),
    ],
)
@pytest.mark.parametrize("client_of", ["visitor", "staff_client", "member_client"])
def test_nobody_but_editors_of_the_list_reaches_a_draft(request, client_of, viewname, kwargs):
    client = request.getfixturevalue(client_of)

    assert client.get(url(viewname, "en", **kwargs)).status_code == 404


def test_visitors_cannot_compare_with_a_draft(visitor):
    page = html_of(visitor, url("compare", "en") + f"?old=2026-1&new={DRAFT}")

    assert "What changed from revision 2026-1" not in text_of(page)
    assert f'value="{DRAFT}"' not in page


def test_the_archive_lists_no_draft_for_visitors(visitor):
    page = html_of(visitor, url("archive", "en"))

    assert DRAFT not in text_of(page)


def test_an_editor_previews_the_draft_list_with_a_notice(drug_editor_client):
    page = html_of(drug_editor_client, url("revision", "en", label=DRAFT))

    assert h1_of(page) == f"Drug list: revision {DRAFT}"
    assert "Visitors cannot see this revision." in text_of(page)
    assert "Amiodarone" in listed_names(page)


def test_an_editor_previews_a_drafts_entry_with_its_changes_to_come(drug_editor_client):
    page = html_of(drug_editor_client, url("revision_entry", "en", label=DRAFT, slug="amiodarone"))

    assert h1_of(page) == "Amiodarone"
    assert f"Advice changed in revision {DRAFT}. " in text_of(page)


def test_an_editor_compares_the_draft_with_the_current_revision(drug_editor_client):
    page = html_of(drug_editor_client, url("compare", "en") + f"?old=2026-1&new={DRAFT}")

    assert "This comparison includes a draft that visitors cannot see yet." in text_of(page)
    assert "Amiodarone" in text_of(page.split('id="advice-changed"', 1)[1])


def test_the_current_list_stays_the_published_one_for_editors(drug_editor_client):
    page = html_of(drug_editor_client, url("list", "en"))

    assert "Revision 2026-1" in text_of(page)
    assert "Visitors cannot see this revision." not in text_of(page)
