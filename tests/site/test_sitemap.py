"""/sitemap.xml lists every public page in each language with its other languages; /robots.txt
points at it and keeps crawlers out of the admin. Addresses come from SITE_URL."""

import xml.etree.ElementTree as ET

import pytest
from cms import api
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from imp_site.demo import ADMIN_USERNAME
from projects.models import Project
from tests.conftest import LANGUAGES, page_url
from tests.projects.factories import make_activity, make_project

pytestmark = pytest.mark.django_db

NAMESPACES = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


def sitemap_entries(client, **headers):
    """{address: {language: alternate address}} of every entry of /sitemap.xml."""
    response = client.get("/sitemap.xml", **headers)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 - the site's own sitemap
    return {
        url.findtext("s:loc", namespaces=NAMESPACES): {
            link.get("hreflang"): link.get("href")
            for link in url.findall("x:link[@rel='alternate']", NAMESPACES)
        }
        for url in root.findall("s:url", NAMESPACES)
    }


def absolute(path):
    return settings.SITE_URL + path


def test_lists_a_french_project_with_its_dutch_and_english_alternates(visitor):
    project = Project.objects.get(translations__slug="registre-mondial-des-patients")

    entries = sitemap_entries(visitor)

    french = absolute("/fr/projets/registre-mondial-des-patients/")
    assert entries[french] == {
        "en": absolute("/en/projects/worldwide-patient-registry/"),
        "fr": french,
        "nl": absolute("/nl/projecten/wereldwijd-patientenregister/"),
    }
    assert french == absolute(project.get_absolute_url("fr"))


def test_lists_every_cms_page_and_published_item_in_each_language(visitor):
    activity = make_activity()

    entries = sitemap_entries(visitor)

    for language in LANGUAGES:
        for key in ("home", "about", "projects", "activities", "contact", "privacy"):
            assert absolute(page_url(key, language)) in entries
        assert absolute(activity.get_absolute_url(language)) in entries


def test_leaves_out_unpublished_projects_and_activities(visitor):
    project = make_project(published=False)
    activity = make_activity(published=False)

    entries = sitemap_entries(visitor)

    for language in LANGUAGES:
        assert absolute(project.get_absolute_url(language)) not in entries
        assert absolute(activity.get_absolute_url(language)) not in entries


def test_leaves_out_unpublished_items_even_for_an_editor(editor_client):
    project = make_project(published=False)

    assert absolute(project.get_absolute_url("en")) not in sitemap_entries(editor_client)


def test_leaves_out_a_page_never_published(visitor):
    admin = get_user_model().objects.get(username=ADMIN_USERNAME)
    api.create_page("Brouillon", "pages/page.html", "fr", slug="brouillon", created_by=admin)

    assert not any("brouillon" in address for address in sitemap_entries(visitor))


def test_lists_no_admin_or_search_address(visitor):
    addresses = sitemap_entries(visitor)

    assert not any("/admin/" in address for address in addresses)
    assert not any(
        part in address for address in addresses for part in ("/search/", "/recherche/", "/zoeken/")
    )


def test_addresses_start_with_site_url_whatever_host_was_asked(visitor):
    addresses = sitemap_entries(visitor, HTTP_HOST="localhost")

    assert addresses
    for address, alternates in addresses.items():
        assert address.startswith(settings.SITE_URL + "/")
        assert all(link.startswith(settings.SITE_URL + "/") for link in alternates.values())


def queries_of_sitemap(client):
    sitemap_entries(client)  # the Site and content types are cached, as on a running site
    with CaptureQueriesContext(connection) as queries:
        sitemap_entries(client)
    return len(queries)


def test_sitemap_queries_do_not_grow_with_the_number_of_items(visitor):
    make_project()
    make_activity()
    with_a_few = queries_of_sitemap(visitor)

    for _ in range(20):
        make_project()
        make_activity()

    assert queries_of_sitemap(visitor) == with_a_few


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_the_admin(visitor):
    response = visitor.get("/robots.txt", HTTP_HOST="localhost")
    lines = response.content.decode().splitlines()

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "User-agent: *" in lines
    assert f"Sitemap: {settings.SITE_URL}/sitemap.xml" in lines
    for language in LANGUAGES:
        assert f"Disallow: /{language}/admin/" in lines
    assert "Disallow: /fr/recherche/" in lines
    assert not any(line in ("Disallow: /", "Disallow: /en/", "Disallow: /fr/") for line in lines)
