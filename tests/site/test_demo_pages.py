"""Site-wide invariants: every demo page, in every language, is a complete accessible page."""

import re

import pytest
from django.conf import settings
from django.utils.html import escape

from imp_site.demo import read_demo_data
from tests.conftest import LANGUAGES, page_url
from tests.demo_data import PAGE_KEYS, page_spec

pytestmark = pytest.mark.django_db


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", PAGE_KEYS)
def test_page_renders_with_one_h1_and_its_language(visitor, key, language):
    html = html_of(visitor, page_url(key, language))

    assert len(re.findall(r"<h1[\s>]", html)) == 1
    assert f'<html lang="{language}">' in html
    assert 'class="language-chooser"' in html
    assert 'href="#main-content"' in html and 'id="main-content"' in html


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", PAGE_KEYS)
def test_page_shows_its_title_in_its_language(visitor, key, language):
    spec = page_spec(key)
    html = html_of(visitor, page_url(key, language))

    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
    assert escape(spec[language]["title"]) in h1


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_chooser_links_to_the_same_page_in_each_language(visitor, language):
    html = html_of(visitor, page_url("about", language))

    for other in LANGUAGES:
        url = page_url("about", other)
        assert f'href="{url}" hreflang="{other}" lang="{other}"' in html
        assert f'<link rel="alternate" hreflang="{other}" href="{settings.SITE_URL}{url}">' in html


def test_language_chooser_marks_the_current_language(visitor):
    html = html_of(visitor, page_url("about", "nl"))

    assert re.search(
        r'hreflang="nl" lang="nl" aria-current="true"><span class="language-chooser__name">'
        r"Nederlands<",
        html,
    )
    assert not re.search(r'hreflang="fr" lang="fr" aria-current', html)


def test_main_navigation_lists_the_sections_in_the_visitors_language(visitor):
    html = html_of(visitor, page_url("home", "fr"))

    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    for key in ("projects", "activities", "drugs", "registry", "community", "about"):
        assert escape(page_spec(key)["fr"]["menu_title"]) in nav


def test_header_and_footer_aliases_are_shown_to_visitors(visitor):
    aliases = read_demo_data("imp_site", "aliases.yaml")
    html = html_of(visitor, page_url("contact", "nl"))

    tagline_text = re.sub(r"<[^>]+>", "", aliases["header"]["nl"]).strip()
    assert tagline_text[:40] in html
    footer = re.search(r'<footer class="site-footer">.*?</footer>', html, re.S).group(0)
    assert re.sub(r"<[^>]+>", "", aliases["footer"]["nl"]).strip()[:40] in footer


def test_root_address_sends_visitors_to_a_language(visitor):
    response = visitor.get("/", HTTP_ACCEPT_LANGUAGE="nl")

    assert response.status_code == 302
    assert response["Location"] == "/nl/"


@pytest.mark.parametrize(
    "language, heading",
    [("en", "Page not found"), ("fr", "Page introuvable"), ("nl", "Pagina niet gevonden")],
)
def test_unknown_address_gives_a_translated_404(visitor, language, heading):
    response = visitor.get(f"/{language}/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert f'<html lang="{language}">' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_footer_links_to_contact_and_privacy(visitor, language):
    html = html_of(visitor, page_url("home", language))

    footer = re.search(r'<footer class="site-footer">.*?</footer>', html, re.S).group(0)
    assert f'href="{page_url("privacy", language)}"' in footer
    assert f'href="{page_url("contact", language)}"' in footer


def test_absolute_links_never_take_the_host_or_scheme_of_a_request(visitor):
    url = page_url("about", "en")
    visitor.get(url, secure=True, HTTP_HOST="localhost")  # the one who gets the page cached

    html = html_of(visitor, url)

    assert "https://localhost" not in html and "http://localhost" not in html
    assert f'hreflang="fr" href="{settings.SITE_URL}{page_url("about", "fr")}"' in html
