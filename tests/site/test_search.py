"""Site search: what a visitor finds, in their language, accents and case aside; never what they
may not see; at a cost that does not grow with the results."""

import html as html_module
import re

import pytest
from cms import api
from cms.models import PageContent
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from djangocms_versioning.models import Version

from imp_site.demo import ADMIN_USERNAME
from tests.conftest import page_url
from tests.projects.factories import make_project

pytestmark = pytest.mark.django_db

SEARCH_URLS = {"en": "/en/search/", "fr": "/fr/recherche/", "nl": "/nl/zoeken/"}


def search(client, language, words):
    response = client.get(SEARCH_URLS[language], {"q": words})
    assert response.status_code == 200
    return response.content.decode()


def result_titles(html):
    return [
        html_module.unescape(re.sub(r"<[^>]+>", "", title)).strip()
        for title in re.findall(r'<h2 class="search-result__title">(.*?)</h2>', html, re.S)
    ]


def project_with_french_text(*, title, summary, published=True):
    project = make_project(published=published)
    project.set_current_language("fr")
    project.title = title
    project.summary = summary
    project.save()
    return project


def test_finds_a_project_by_a_french_word_typed_without_accents(visitor):
    project_with_french_text(
        title="Journées à l'hôpital", summary="Préparer un séjour à l'hôpital avec son équipe."
    )

    html = search(visitor, "fr", "hopital SEJOUR")

    assert "Journées à l'hôpital" in result_titles(html)


def test_result_links_to_the_item_and_marks_the_words_found(visitor):
    project = project_with_french_text(
        title="Journées à l'hôpital", summary="Préparer un séjour à l'hôpital avec son équipe."
    )

    html = search(visitor, "fr", "sejour")

    assert f'<a href="{project.get_absolute_url("fr")}">Journées à l&#x27;hôpital</a>' in html
    assert "un <mark>séjour</mark> à" in html


def test_finds_a_page_by_its_title_typed_without_accents_or_capitals(visitor):
    html = search(visitor, "fr", "ACTIVITES permanentes")

    assert "Activités permanentes" in result_titles(html)


def test_finds_a_page_by_the_text_of_its_body(visitor):
    # The French "About" page says mitochondria are the batteries of our cells.
    html = search(visitor, "fr", "batteries cellules")

    assert result_titles(html) == ["À propos d'IMP"]
    assert f'<a href="{page_url("about", "fr")}">' in html


def test_searches_the_texts_of_the_language_of_the_address(visitor):
    # "ambitious" is only in the English texts; the French ones say "ambitieux".
    assert search(visitor, "fr", "ambitious").count('class="search-result"') == 0
    assert search(visitor, "en", "ambitious").count('class="search-result"') > 0


def test_does_not_show_an_unpublished_project_to_a_visitor(visitor):
    project_with_french_text(title="Projet confidentiel", summary="Brouillon zanzibarique.")

    assert "Projet confidentiel" in result_titles(search(visitor, "fr", "zanzibarique"))
    project_with_french_text(
        title="Projet en préparation", summary="Brouillon quetzalique.", published=False
    )

    html = search(visitor, "fr", "quetzalique")

    assert result_titles(html) == []
    assert "Aucun résultat pour « quetzalique »" in html


def test_an_editor_finds_an_unpublished_project_to_preview_it(editor_client):
    project_with_french_text(
        title="Projet en préparation", summary="Brouillon quetzalique.", published=False
    )

    assert result_titles(search(editor_client, "fr", "quetzalique")) == ["Projet en préparation"]


def test_does_not_find_the_draft_of_a_page(visitor):
    admin = get_user_model().objects.get(username=ADMIN_USERNAME)
    published = PageContent.objects.get(page__reverse_id="about", language="fr")
    draft = Version.objects.get_for_content(published).copy(admin).content
    api.add_plugin(
        draft.get_placeholders().get(slot="content"),
        "TextPlugin",
        "fr",
        body="<p>Ornithorynque</p>",
    )

    assert result_titles(search(visitor, "fr", "ornithorynque")) == []
    assert result_titles(search(visitor, "fr", "batteries cellules")) == ["À propos d'IMP"]


def test_an_empty_search_explains_what_to_type(visitor):
    html = search(visitor, "nl", "")

    assert "Typ een of meer woorden en druk op Zoeken." in html
    assert 'class="search-result"' not in html
    assert "Geen resultaten" not in html


def test_a_search_without_a_real_word_is_refused_with_a_message(visitor):
    html = search(visitor, "en", " ? ! a ")

    assert "Please type at least one word of two letters or more." in html
    assert 'class="search-result"' not in html


def test_a_very_long_search_is_refused_with_a_message(visitor):
    html = search(visitor, "fr", "hopital " * 1000)

    assert "au plus 200 caractères" in html  # Django's own French message for max_length
    assert 'aria-invalid="true"' in html
    assert 'class="search-result"' not in html


def test_a_search_of_too_many_words_is_refused_with_a_message(visitor):
    html = search(visitor, "en", "one two three four five six seven eight nine ten eleven")

    assert "Please search for at most 10 words." in html
    assert 'class="search-result"' not in html


def test_no_results_suggests_the_same_search_in_the_other_languages(visitor):
    html = search(visitor, "fr", "xylophone")

    assert "Aucun résultat pour « xylophone »" in html
    assert "Vérifiez l'orthographe de chaque mot." in html
    assert 'href="/en/search/?q=xylophone" hreflang="en"' in html
    assert 'href="/nl/zoeken/?q=xylophone" hreflang="nl"' in html


def test_language_chooser_leads_to_the_same_search_in_each_language(visitor):
    html = search(visitor, "en", "registry")

    assert 'href="/fr/recherche/?q=registry" hreflang="fr" lang="fr"' in html


def queries_of_search(client, words):
    search(client, "fr", words)  # menus and aliases cached, as on a running site
    with CaptureQueriesContext(connection) as queries:
        html = search(client, "fr", words)
    return len(queries), len(result_titles(html))


@pytest.mark.parametrize("client_name", ["visitor", "editor_client"])
def test_search_queries_do_not_grow_with_the_number_of_results(request, client_name):
    client = request.getfixturevalue(client_name)
    for _ in range(3):
        project_with_french_text(title="Étude bérénicienne", summary="Résumé.")
    queries_with_three, found = queries_of_search(client, "berenicienne")
    assert found == 3

    for _ in range(27):
        project_with_french_text(title="Étude bérénicienne", summary="Résumé.")
    queries_with_thirty, found = queries_of_search(client, "berenicienne")

    assert found == 30
    assert queries_with_thirty == queries_with_three


def test_search_results_are_not_kept_in_the_shared_cache(visitor):
    # What any page caches (menus, aliases, the items' translations) is cached once...
    search(visitor, "fr", "hopital")
    keys_before = set(cache._cache)  # LocMemCache in tests

    # ...but each new query adds nothing: nobody can fill the cache by searching.
    for words in ("HOPITAL", "hôpital", "hopital registre", "hopit", "zzyzx", "qwerty uiop"):
        search(visitor, "fr", words)

    assert set(cache._cache) == keys_before


def test_search_results_are_private_to_the_browser(visitor):
    response = visitor.get(SEARCH_URLS["en"], {"q": "registry"})

    assert "private" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in response.content.decode()


@pytest.mark.parametrize(
    "language, heading, label",
    [
        ("en", "Search", "Search this website"),
        ("fr", "Recherche", "Rechercher sur ce site"),
        ("nl", "Zoeken", "Zoeken op deze website"),
    ],
)
def test_search_page_speaks_the_language_of_its_address(visitor, language, heading, label):
    html = search(visitor, language, "")

    assert f'<html lang="{language}">' in html
    assert f"<h1>{heading}</h1>" in html
    assert f'for="search-page-words">{label}</label>' in html
