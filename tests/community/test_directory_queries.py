"""The directory costs the same number of queries for 10 groups or 500, and visitors get it,
filtered or not, from the page cache."""

import pytest
from cms.cache import invalidate_cms_page_cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from community.models import FacebookGroup, Language
from tests.community.factories import disorder, make_group
from tests.community.pages import directory_url, group_names_in

pytestmark = pytest.mark.django_db

URLS = [
    ("en", {}),
    ("fr", {"group_language": "it"}),
    ("nl", {"focus": "general", "organiser": "individual"}),
]


@pytest.fixture(autouse=True)
def a_cache_that_keeps_what_it_is_given(settings):
    """django-parler caches each translation it reads: 500 groups would overflow the tests'
    local-memory cache (300 entries), which then drops the CMS's cached menus and aliases at
    random, as production's Redis does not."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        }
    }


def add_groups(count):
    """`count` groups in Italian, about MELAS or general, with texts in three languages."""
    italian = Language.objects.get(code="it")
    melas = disorder("melas")
    for number in range(count):
        make_group(
            f"Bulk group {number}",
            languages=["it", "en"],
            focus="melas" if number % 2 else None,
        )
    assert italian.groups.count() >= count and melas.groups.exists()


def queries_for(client, url):
    """Queries of rendering the page, with the menus and the process's own caches (content
    types, the site) warm, but not the page itself."""
    for _warm_up in range(2):
        client.get(url)
        invalidate_cms_page_cache()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


@pytest.mark.parametrize("language, filters", URLS)
def test_the_directory_queries_do_not_grow_with_the_number_of_groups(language, filters):
    client = Client()
    url = directory_url(language, **filters)
    add_groups(10)
    with_ten, _response = queries_for(client, url)

    add_groups(490)
    with_five_hundred, response = queries_for(client, url)

    assert with_five_hundred == with_ten
    assert len(group_names_in(response.content.decode())) >= 250


def test_the_editors_directory_queries_do_not_grow_either(editor_client):
    add_groups(10)
    FacebookGroup.objects.update(is_listed=False)
    with_ten, _response = queries_for(editor_client, directory_url("en"))

    add_groups(90)
    FacebookGroup.objects.update(is_listed=False)
    with_hundred, _response = queries_for(editor_client, directory_url("en"))

    assert with_hundred == with_ten


@pytest.mark.parametrize("language, filters", URLS)
def test_a_repeated_visit_comes_from_the_page_cache(language, filters):
    url = directory_url(language, **filters)
    first = Client().get(url)

    with CaptureQueriesContext(connection) as queries:
        again = Client().get(url)

    assert again.content == first.content
    assert len(queries) <= 3, [query["sql"] for query in queries]


def test_a_changed_group_is_shown_at_once_on_the_cached_directory(
    visitor, django_capture_on_commit_callbacks
):
    group = make_group("Before the change", languages=["it"])
    url = directory_url("en", group_language="it")
    assert "Before the change" in visitor.get(url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        group.name = "After the change"
        group.save()

    html = visitor.get(url).content.decode()
    assert "After the change" in html and "Before the change" not in html
