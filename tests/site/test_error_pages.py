"""Error pages are friendly, translated and need no database."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import override
from django.views.defaults import page_not_found

from imp_site.error_pages import server_error
from tests.other_process import get_with_database, missing_sqlite_database


@pytest.fixture
def loaded_urlconf():
    """A running server has loaded its URLs (django CMS reads its apphooks then, and copes with
    a database that is down); what is measured here is rendering the page itself."""
    reverse("set_text_size")


@pytest.mark.django_db
@pytest.mark.usefixtures("loaded_urlconf")
@pytest.mark.parametrize(
    "language, heading",
    [("en", "Something went wrong"), ("fr", "Un problème est survenu"), ("nl", "Er ging iets mis")],
)
def test_server_error_page_is_translated_and_makes_no_query(language, heading):
    request = RequestFactory().get(f"/{language}/projects/")
    with CaptureQueriesContext(connection) as queries:
        response = server_error(request)

    html = response.content.decode()
    assert response.status_code == 500
    assert f"<h1>{heading}</h1>" in html
    assert f'<html lang="{language}">' in html
    assert len(queries) == 0, [query["sql"] for query in queries]


@pytest.mark.django_db
@pytest.mark.usefixtures("loaded_urlconf")
def test_not_found_page_makes_no_query():
    request = RequestFactory().get("/fr/nowhere/")
    with override("fr"), CaptureQueriesContext(connection) as queries:
        response = page_not_found(request, exception=None)

    assert response.status_code == 404
    assert "<h1>Page introuvable</h1>" in response.content.decode()
    assert len(queries) == 0, [query["sql"] for query in queries]


@pytest.mark.django_db
def test_browsers_asking_for_favicon_ico_get_the_site_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"].endswith("favicon.svg")


def test_a_page_asked_while_the_database_is_down_gets_the_friendly_error_page(tmp_path):
    status, _cache_control, html = get_with_database(
        "/fr/a-propos/", missing_sqlite_database(tmp_path)
    )

    assert status == 500
    assert "<h1>Un problème est survenu</h1>" in html
    assert '<html lang="fr">' in html


@pytest.mark.django_db
def test_error_pages_offer_each_language_of_the_site_named_in_that_language(client):
    html = client.get("/nl/no-such-page/").content.decode()

    for code, name in [("en", "English"), ("fr", "Français"), ("nl", "Nederlands")]:
        assert f'<a href="/{code}/" hreflang="{code}" lang="{code}"' in html
        assert f'<span class="language-chooser__name">{name}</span>' in html
    assert 'lang="nl" aria-current="true"><span class="language-chooser__name">Nederlands<' in html
