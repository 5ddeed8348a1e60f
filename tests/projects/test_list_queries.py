"""The lists cost the same number of queries whatever the number of items."""

import pytest
from cms.cache import invalidate_cms_page_cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.projects.factories import make_activity, make_project

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    """Queries of rendering the page, with the menus already cached but not the page itself."""
    client.get(url)
    invalidate_cms_page_cache()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/en/projects/", "/fr/projets/"])
def test_project_list_queries_do_not_grow_with_the_number_of_projects(client, url):
    for _ in range(5):
        make_project()
    with_five = queries_for(client, url)

    for _ in range(45):
        make_project()
    with_fifty = queries_for(client, url)

    assert with_fifty == with_five
    assert client.get(url).content.decode().count('class="card"') == 50 + 3  # + the demo ones


def test_activity_list_queries_do_not_grow_with_the_number_of_activities(client):
    for _ in range(5):
        make_activity()
    with_five = queries_for(client, "/en/activities/")

    for _ in range(45):
        make_activity(category="research")
    with_fifty = queries_for(client, "/en/activities/")

    assert with_fifty == with_five


def test_editor_project_list_queries_do_not_grow_either(editor_client):
    for _ in range(5):
        make_project(published=False)
    with_five = queries_for(editor_client, "/en/projects/")

    for _ in range(45):
        make_project(published=False)
    with_fifty = queries_for(editor_client, "/en/projects/")

    assert with_fifty == with_five


@pytest.mark.parametrize("url", ["/en/projects/", "/nl/activiteiten/"])
def test_a_repeated_visit_to_a_section_page_comes_from_the_page_cache(client, url):
    first = client.get(url)

    with CaptureQueriesContext(connection) as queries:
        again = client.get(url)

    assert again.content == first.content
    assert len(queries) <= 3, [query["sql"] for query in queries]
