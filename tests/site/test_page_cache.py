"""Visitors are served CMS pages and section pages from the CMS page cache, and never a page that
held something for someone else."""

import re

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from tests.conftest import page_url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("key", ["home", "about", "privacy"])
def test_a_repeated_visit_to_a_cms_page_takes_at_most_three_queries(client, key):
    url = page_url(key, "fr")
    first = client.get(url)

    with CaptureQueriesContext(connection) as queries:
        again = client.get(url)

    assert again.status_code == 200
    assert again.content == first.content
    assert len(queries) <= 3, [query["sql"] for query in queries]


@pytest.mark.parametrize("key", ["projects", "activities", "drugs", "community"])
def test_a_repeated_visit_to_a_section_page_costs_no_more_than_one_to_a_cms_page(client, key):
    """A section's cached page is served before the apphook's page lookup, as django CMS serves
    its own pages (imp_site/page_cache.py, CachedSectionPageMiddleware)."""
    cms_page = page_url("about", "fr")
    client.get(cms_page)
    with CaptureQueriesContext(connection) as cms_page_queries:
        client.get(cms_page)
    url = page_url(key, "fr")
    first = client.get(url)

    with CaptureQueriesContext(connection) as queries:
        again = client.get(url)

    assert again.status_code == 200
    assert again.content == first.content
    assert len(queries) <= len(cms_page_queries), [query["sql"] for query in queries]


def render_number(response):
    return re.search(r"render (\d+)", response.content.decode()).group(1)


def csrf_token(response):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())[1]


@override_settings(ROOT_URLCONF="tests.site.page_cache_urls")
def test_a_section_page_is_rendered_once_for_all_visitors():
    first = Client().get("/plain/")

    again = Client().get("/plain/")

    assert render_number(again) == render_number(first)


@override_settings(ROOT_URLCONF="tests.site.page_cache_urls")
def test_a_page_with_a_form_never_hands_one_visitors_csrf_token_to_another():
    first = Client().get("/with-form/")

    second = Client().get("/with-form/")

    assert csrf_token(second) != csrf_token(first)
    assert render_number(second) != render_number(first)


@override_settings(ROOT_URLCONF="tests.site.page_cache_urls")
def test_a_message_for_one_visitor_is_never_shown_to_another():
    first_visitor = Client()
    seen_by_first = first_visitor.get("/say-saved/", follow=True)
    assert "Saved for the first visitor" in seen_by_first.content.decode()

    seen_by_second = Client().get("/with-messages/")

    assert "Saved for the first visitor" not in seen_by_second.content.decode()


@override_settings(ROOT_URLCONF="tests.site.page_cache_urls")
@pytest.mark.parametrize("path", ["/private/", "/sets-a-cookie/"])
def test_a_page_made_for_one_visitor_is_not_stored(path):
    first = Client().get(path)

    second = Client().get(path)

    assert render_number(second) != render_number(first)


@override_settings(ROOT_URLCONF="tests.site.page_cache_urls")
def test_a_logged_in_person_who_is_not_staff_is_never_served_the_visitors_copy(member_client):
    visitors_copy = Client().get("/plain/")

    members_page = member_client.get("/plain/")

    assert render_number(members_page) != render_number(visitors_copy)


def test_made_up_query_parameters_are_served_the_cached_page(client):
    url = page_url("about", "en")
    first = client.get(url + "?utm_source=a1")

    with CaptureQueriesContext(connection) as queries:
        again = client.get(url + "?nonsense=b2&other=c3")

    assert again.content == first.content
    assert len(queries) <= 3, [query["sql"] for query in queries]


def test_a_visitor_asking_for_the_toolbar_creates_no_session(client):
    from django.contrib.sessions.models import Session

    sessions = Session.objects.count()

    response = client.get(page_url("home", "en") + "?toolbar_on")

    assert response.status_code == 200
    assert "sessionid" not in response.cookies
    assert Session.objects.count() == sessions


@override_settings(ROOT_URLCONF="tests.site.page_cache_urls")
def test_the_parameters_pages_read_still_reach_them():
    response = Client().get("/en/echo-query/?q=mito&tracking=1")

    assert response.content.decode() == "q=mito"
