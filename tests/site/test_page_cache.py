"""Visitors are served CMS pages from the CMS page cache."""

import pytest
from django.db import connection
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
