"""The drug list in the site's search and sitemap: the current revision's entries, whatever
language the visitor types the name in."""

import pytest

from drugs.models import Revision
from tests.site.test_search import result_titles, search

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "language, words, title",
    [
        ("en", "Depakine", "Valproic acid"),
        ("en", "acide valproique", "Valproic acid"),
        ("fr", "valproic", "Acide valproïque"),
        ("nl", "n03ag01", "Valproïnezuur"),
    ],
)
def test_site_search_finds_a_drug_of_the_current_list_by_any_of_its_names(
    visitor, language, words, title
):
    html = search(visitor, language, words)

    assert title in result_titles(html)


def test_a_drug_found_leads_to_its_permanent_page(visitor):
    html = search(visitor, "en", "Depakine")

    assert 'href="/en/drugs/valproic-acid/"' in html


def test_a_drug_removed_from_the_current_list_is_not_found(visitor):
    # Ibuprofen was in 2025-2 and left the list in 2026-1 (the demo revisions).
    assert not Revision.objects.current().entries.filter(drug__slug="ibuprofen").exists()

    assert "Ibuprofen" not in result_titles(search(visitor, "en", "ibuprofen"))


def test_the_sitemap_lists_each_drug_page_in_each_language(visitor):
    xml = visitor.get("/sitemap.xml").content.decode()

    assert "https://www.mitopatients.example/fr/medicaments/valproic-acid/" in xml
    assert "https://www.mitopatients.example/en/drugs/revisions/2025-2/" in xml
    assert "/drugs/ibuprofen/" not in xml
