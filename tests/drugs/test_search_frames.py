"""A visitor's search renders its form and results alone into the rest of the page, which each
process keeps (imp_site/page_frames.py): the page must be exactly the one rendered whole, for any
query, and what changes around the list must still show on the next search."""

import pytest
from cms.cache import invalidate_cms_page_cache
from cms.models import PageContent
from django.core.cache import cache

from imp_site.page_frames import Frame, FramedTemplateResponse
from tests.counting_cache import CountingCache
from tests.drugs.pages import (
    h1_of,
    html_and_templates_of,
    html_of,
    list_url,
    listed_names,
    title_of,
    url,
)

pytestmark = pytest.mark.django_db

# What visitors put in an address: words, filters, refused values, a second page, characters
# that need escaping in HTML and in addresses, and parameters the list does not know.
QUERIES = [
    "q=acide+valproique",
    "q=valpro&tier=red&tier=orange",
    "tier=yellow&group=antiepileptics&condition=POLG",
    "q=%22%3Cscript%3E%26amp%3B'&group=no-such-group",
    "q=%C3%BCn%C3%AFc%C3%B6d%C3%A9+%E2%80%9Cquotes%E2%80%9D",
    "q=a%26b%3Dc&page=2",
    "q=gentamicin&utm_source=newsletter&utm_medium=e%20mail",
    pytest.param("tier=purple&tier=red&q=" + "x" * 300, id="a refused tier and a long query"),
]


@pytest.fixture
def nothing_in_the_page_cache(monkeypatch):
    """Every visit renders its page: none is stored in the CMS page cache."""
    monkeypatch.setattr("imp_site.page_cache.store_page", lambda response: response)


def rendered_whole(monkeypatch, client, address):
    with monkeypatch.context() as patched:
        patched.setattr(FramedTemplateResponse, "_frame", lambda self: Frame(texts=("",), holes=()))
        return html_of(client, address)


def templates_rendered_by(client, address):
    return html_and_templates_of(client, address)[1]


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
@pytest.mark.parametrize("query", QUERIES)
def test_a_search_filled_into_a_kept_frame_is_the_page_rendered_whole(
    visitor, monkeypatch, nothing_in_the_page_cache, language, query
):
    html_of(visitor, list_url(language) + "?q=first+search")  # the frame kept

    framed = html_of(visitor, f"{list_url(language)}?{query}")
    whole = rendered_whole(monkeypatch, visitor, f"{list_url(language)}?{query}")

    assert framed == whole


def test_a_search_in_an_archived_revision_is_the_page_rendered_whole(
    visitor, monkeypatch, nothing_in_the_page_cache
):
    address = url("revision", "fr", label="2025-2")
    html_of(visitor, address + "?q=first")

    framed = html_of(visitor, address + "?q=amikacine&tier=red")

    assert framed == rendered_whole(monkeypatch, visitor, address + "?q=amikacine&tier=red")
    assert h1_of(framed) == "Liste des médicaments : révision 2025-2"


def test_a_new_search_renders_only_its_form_and_results(visitor, nothing_in_the_page_cache):
    html_of(visitor, list_url("fr") + "?q=first")

    rendered = templates_rendered_by(visitor, list_url("fr") + "?q=gentamicine")

    assert "base.html" not in rendered
    assert "djangocms_alias/base.html" not in rendered
    assert {"drugs/includes/search_form.html", "drugs/includes/results.html"} <= set(rendered)


def test_the_whole_list_is_not_framed(visitor, nothing_in_the_page_cache):
    """The list without a search shows the page's own text from the CMS, in a placeholder."""
    rendered = templates_rendered_by(visitor, list_url("en"))

    assert "base.html" in rendered


def test_a_frame_that_held_something_personal_is_not_kept(
    visitor, monkeypatch, nothing_in_the_page_cache
):
    monkeypatch.setattr("imp_site.page_frames.is_personal", lambda request, response: True)
    html_of(visitor, list_url("en") + "?q=first")

    rendered = templates_rendered_by(visitor, list_url("en") + "?q=valpro")

    assert "base.html" in rendered


def test_a_page_title_changed_in_the_cms_shows_on_the_next_search(
    visitor, nothing_in_the_page_cache
):
    html_of(visitor, list_url("en") + "?q=first")
    contents = PageContent.admin_manager.filter(page__reverse_id="drugs", language="en")
    contents.update(page_title="Medicines to discuss with your doctor")

    invalidate_cms_page_cache()  # what publishing the page does
    page = html_of(visitor, list_url("en") + "?q=valpro")

    assert h1_of(page) == "Medicines to discuss with your doctor"
    assert title_of(page).startswith("Medicines to discuss with your doctor · search")


def test_an_editor_s_search_is_rendered_whole(drug_editor_client):
    html_of(drug_editor_client, list_url("en") + "?q=first")

    rendered = templates_rendered_by(drug_editor_client, list_url("en") + "?q=valpro")

    assert "base.html" in rendered


def test_a_new_search_asks_the_shared_cache_twice_and_stores_its_page_at_once(visitor, monkeypatch):
    html_of(visitor, list_url("fr") + "?q=first")  # the frame and the list kept
    counting = CountingCache(cache)
    monkeypatch.setattr("imp_site.page_copies.cache", counting)

    response = visitor.get(list_url("fr") + "?q=gentamicine")

    assert listed_names(response.content.decode()) == ["Gentamicine"]
    assert response["Cache-Control"] == "max-age=120"  # as the CMS marks the pages it stores
    # The generation, then the page with its vary list; then the page and its vary list
    # stored together, and the version's life extended (one round trip on Redis).
    assert counting.operations == ["get_many", "get_many", "set_many", "touch"]
    counting.operations.clear()
    again = html_of(visitor, list_url("fr") + "?q=gentamicine")
    assert listed_names(again) == ["Gentamicine"]
    assert counting.operations == ["get_many", "get_many"]  # the page, as it was stored
