"""Error pages are friendly, translated and need no database."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils.translation import override
from django.views.defaults import page_not_found, server_error


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language, heading",
    [("en", "Something went wrong"), ("fr", "Un problème est survenu"), ("nl", "Er ging iets mis")],
)
def test_server_error_page_is_translated_and_makes_no_query(language, heading):
    request = RequestFactory().get(f"/{language}/")
    with override(language), CaptureQueriesContext(connection) as queries:
        response = server_error(request)

    html = response.content.decode()
    assert response.status_code == 500
    assert f"<h1>{heading}</h1>" in html
    assert f'<html lang="{language}">' in html
    assert len(queries) == 0


@pytest.mark.django_db
def test_not_found_page_makes_no_query():
    request = RequestFactory().get("/fr/nowhere/")
    with override("fr"), CaptureQueriesContext(connection) as queries:
        response = page_not_found(request, exception=None)

    assert response.status_code == 404
    assert "<h1>Page introuvable</h1>" in response.content.decode()
    assert len(queries) == 0


@pytest.mark.django_db
def test_browsers_asking_for_favicon_ico_get_the_site_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"].endswith("favicon.svg")
