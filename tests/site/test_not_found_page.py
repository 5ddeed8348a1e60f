"""The "page not found" page helps visitors on: the main navigation and the search, in the
language of the address, at the cost of a query or two."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from tests.demo_data import page_spec

pytestmark = pytest.mark.django_db


def not_found(client, path):
    response = client.get(path)
    assert response.status_code == 404
    return response.content.decode()


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_not_found_page_offers_the_main_navigation_in_the_address_language(visitor, language):
    html = not_found(visitor, f"/{language}/no-such-page/")

    assert f'<html lang="{language}">' in html
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    for key in ("projects", "activities", "drugs", "registry", "community"):
        assert escape(page_spec(key)[language]["menu_title"]) in nav


@pytest.mark.parametrize(
    "language, search_url, label",
    [
        ("en", "/en/search/", "Search this website"),
        ("fr", "/fr/recherche/", "Rechercher sur ce site"),
        ("nl", "/nl/zoeken/", "Zoeken op deze website"),
    ],
)
def test_not_found_page_offers_the_search(visitor, language, search_url, label):
    html = not_found(visitor, f"/{language}/no-such-page/")

    form = re.search(r'<main.*?<form class="search-form"(.*?)</form>', html, re.S).group(1)
    assert f'action="{search_url}"' in form
    assert f">{label}</label>" in form


def test_not_found_page_for_a_missing_project_is_in_the_address_language(visitor):
    html = not_found(visitor, "/nl/projecten/bestaat-niet/")

    assert "<h1>Pagina niet gevonden</h1>" in html


def test_not_found_page_makes_at_most_two_queries_once_the_menu_is_cached(visitor):
    not_found(visitor, "/fr/nulle-part/")
    with CaptureQueriesContext(connection) as queries:
        response = visitor.get("/fr/ailleurs/")
    page_lookup = [query for query in queries if "cms_pageurl" in query["sql"]]

    assert response.status_code == 404
    # The CMS looks for a page at the address first; the page itself costs the rest.
    assert len(queries) - len(page_lookup) <= 2, [query["sql"] for query in queries]
