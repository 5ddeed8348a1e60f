"""Editors run the list from the admin: a draft from the current revision, its entries in three
languages, an import, and publication; published revisions stay read-only."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from drugs.list_files import columns_for
from drugs.models import Entry, Revision
from tests.conftest import LANGUAGES
from tests.drugs.factories import make_condition, make_entry, make_group, make_revision

pytestmark = pytest.mark.django_db

REVISIONS = "/en/admin/drugs/revision/"


def test_an_editor_starts_a_draft_as_a_copy_of_the_current_revision(editor_client):
    current = Revision.objects.current()

    response = editor_client.post(f"{REVISIONS}start-draft/", {"label": "2099-1"}, follow=True)

    draft = Revision.objects.get(label="2099-1")
    assert draft.status == Revision.Status.DRAFT
    assert draft.entries.count() == current.entries.count()
    assert (
        f"Draft 2099-1 started with {current.entries.count()} entries" in response.content.decode()
    )


def test_a_label_in_use_is_refused_with_a_message(editor_client):
    response = editor_client.post(f"{REVISIONS}start-draft/", {"label": "2026-1"})

    assert "A revision with this label exists already." in response.content.decode()
    assert Revision.objects.filter(label="2026-1").count() == 1


def test_the_publish_page_lists_what_is_missing(editor_client):
    draft = make_revision("2099-1", summary=False)
    make_entry(draft, name="Amikacin", languages=["en"])

    html = editor_client.get(f"{REVISIONS}{draft.pk}/publish/").content.decode()

    assert "cannot be published yet" in html
    assert "The summary of changes is missing in French." in html
    assert "Amikacin: the name or the advice is missing in Dutch." in html


def test_publishing_from_the_admin_makes_the_draft_current(editor_client):
    draft = make_revision("2099-1")
    make_entry(draft)

    response = editor_client.post(f"{REVISIONS}{draft.pk}/publish/", follow=True)

    assert "Revision 2099-1 is published" in response.content.decode()
    assert Revision.objects.current() == draft


def test_a_refused_publication_changes_nothing(editor_client):
    draft = make_revision("2099-1", summary=False)
    make_entry(draft)

    response = editor_client.post(f"{REVISIONS}{draft.pk}/publish/")

    assert "The summary of changes is missing in English." in response.content.decode()
    assert Revision.objects.get(pk=draft.pk).status == Revision.Status.DRAFT


def csv_upload(*rows):
    header = ",".join(columns_for(LANGUAGES))
    lines = [header] + [
        ",".join(row.get(column, "") for column in columns_for(LANGUAGES)) for row in rows
    ]
    return SimpleUploadedFile("list.csv", ("\n".join(lines) + "\n").encode(), "text/csv")


def test_an_import_with_a_bad_row_lists_it_and_imports_nothing(editor_client):
    draft = make_revision("2099-1")
    make_entry(draft, name="Left alone")
    make_group("antiepileptics")
    bad = {
        "slug": "phenytoin",
        "kind": "substance",
        "tier": "blue",
        "group": "antiepileptics",
        "name_en": "Phenytoin",
        "advice_en": "Monitor.",
    }

    response = editor_client.post(f"{REVISIONS}{draft.pk}/import/", {"file": csv_upload(bad)})

    html = response.content.decode()
    assert "Nothing was imported" in html
    assert "Row 2, tier: Write one of: yellow, orange, red." in html
    assert [str(entry) for entry in draft.entries.all()] == ["Left alone"]


def test_a_good_import_replaces_the_drafts_entries(editor_client):
    draft = make_revision("2099-1")
    make_entry(draft, name="Replaced")
    make_group("antiepileptics")
    row = {
        "slug": "phenytoin",
        "kind": "substance",
        "tier": "yellow",
        "group": "antiepileptics",
        "name_en": "Phenytoin",
        "advice_en": "Monitor side effects.",
    }

    response = editor_client.post(
        f"{REVISIONS}{draft.pk}/import/", {"file": csv_upload(row)}, follow=True
    )

    assert "1 entry imported into 2099-1." in response.content.decode()
    assert [str(entry) for entry in draft.entries.all()] == ["Phenytoin"]


def test_the_csv_download_of_a_revision_has_every_entry_in_every_language(editor_client):
    current = Revision.objects.current()

    response = editor_client.get(f"{REVISIONS}{current.pk}/export.csv")

    text = response.content.decode()
    assert response["Content-Type"].startswith("text/csv")
    assert text.splitlines()[0] == ",".join(columns_for(LANGUAGES))
    assert "Acide valproïque" in text and "Valproïnezuur" in text
    assert len(text.strip().splitlines()) == current.entries.count() + 1


def test_a_published_revision_and_its_entries_are_read_only_in_the_admin(editor_client):
    current = Revision.objects.current()
    entry = current.entries.first()

    revision_page = editor_client.get(f"{REVISIONS}{current.pk}/change/").content.decode()
    refused_save = editor_client.post(f"{REVISIONS}{current.pk}/change/", {"label": "changed"})
    refused_delete = editor_client.post(
        f"/en/admin/drugs/entry/{entry.pk}/delete/", {"post": "yes"}
    )

    assert 'name="_save"' not in revision_page
    assert refused_save.status_code == 403
    assert refused_delete.status_code == 403
    assert Revision.objects.get(pk=current.pk).label == current.label
    assert Entry.objects.filter(pk=entry.pk).exists()
    assert editor_client.get(f"{REVISIONS}{current.pk}/publish/").status_code == 404


def test_an_editor_adds_an_entry_to_a_draft_with_its_three_languages(editor_client):
    draft = make_revision("2099-1")
    group = make_group("antiepileptics")
    condition = make_condition("POLG")
    form = {
        "revision": draft.pk,
        "drug_slug": "valproic-acid",
        "kind": "substance",
        "tier": "red",
        "group": group.pk,
        "atc_codes": "n03ag01",
        "brand_names": "Depakine",
        "concerned_conditions": [condition.pk],
        "references": "",
    }
    for language, name in (
        ("en", "Valproic acid"),
        ("fr", "Acide valproïque"),
        ("nl", "Valproïnezuur"),
    ):
        form |= {
            f"name__{language}": name,
            f"synonyms__{language}": "",
            f"advice__{language}": f"Advice {language}",
        }

    response = editor_client.post("/en/admin/drugs/entry/add/", form)

    assert response.status_code == 302, response.content.decode()[:3000]
    entry = draft.entries.get(drug__slug="valproic-acid")
    assert entry.atc_codes == "N03AG01"
    assert list(entry.conditions.values_list("code", flat=True)) == ["POLG"]
    assert entry.safe_translation_getter("name", language_code="nl") == "Valproïnezuur"
    assert "acide valproique" in entry.search_text


def test_an_invalid_atc_code_is_refused_with_a_message(editor_client):
    draft = make_revision("2099-1")
    form = {
        "revision": draft.pk,
        "drug_slug": "x",
        "kind": "substance",
        "tier": "red",
        "group": make_group().pk,
        "atc_codes": "N3",
        "name__en": "X",
        "advice__en": "Y",
    }

    response = editor_client.post("/en/admin/drugs/entry/add/", form)

    assert "Not an ATC code: N3" in response.content.decode()
    assert not draft.entries.exists()


def test_the_admin_finds_entries_whatever_the_accents(editor_client):
    html = editor_client.get("/en/admin/drugs/entry/", {"q": "Valproïque"}).content.decode()

    assert "Valproic acid" in html


@pytest.mark.parametrize("days_after_due, warned", [(1, True), (-1, False)])
def test_the_admin_says_when_the_current_revision_is_past_its_review_date(
    editor_client, monkeypatch, days_after_due, warned
):
    current = Revision.objects.current()
    today = current.next_review_date + datetime.timedelta(days=days_after_due)
    monkeypatch.setattr("drugs.models.timezone.localdate", lambda: today)

    html = editor_client.get(REVISIONS).content.decode()

    assert (f"The current revision {current.label} was due for review" in html) is warned
