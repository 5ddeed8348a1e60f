"""The committee's pages cost the same number of queries with 10 entries as with 1,000, and
the export the same number per chunk."""

import math

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from registry.committee import export
from registry.models import CommitteeExport
from tests.registry.committee.helpers import committee_url
from tests.registry.volume import make_entries

pytestmark = pytest.mark.django_db


def queries_of(request):
    with CaptureQueriesContext(connection) as captured:
        response = request()
        if response.streaming:
            b"".join(response.streaming_content)
        else:
            assert response.status_code == 200
    return len(captured)


def with_entries(count, client, request):
    make_entries(count, approved=True, industry_sharing=True)
    for _warm_up in range(2):  # the session, permissions and the CMS's own caches
        queries_of(lambda: request(client))
    return queries_of(lambda: request(client))


PAGES = {
    "queue": lambda c: c.get(committee_url("queue")),
    "approved queue": lambda c: c.get(committee_url("queue"), {"status": "approved"}),
    "statistics": lambda c: c.get(committee_url("statistics")),
}
EXPORTS = {
    "export": lambda c: c.post(committee_url("export")),
    "industry export": lambda c: c.post(committee_url("export"), {"industry_sharing_only": "on"}),
}
# Below SQLite's limit of 999 parameters per query, so that one chunk's audit events are one
# INSERT on every database (bulk_create splits bigger ones on SQLite; PostgreSQL takes the
# default CHUNK_SIZE in one).
ONE_INSERT_CHUNK = 150


@pytest.mark.parametrize("page", PAGES)
def test_queries_do_not_grow_with_entries(committee_client, page):
    few = with_entries(10, committee_client, PAGES[page])
    many = with_entries(990, committee_client, PAGES[page])

    assert few == many


@pytest.mark.parametrize("page", EXPORTS)
def test_the_export_queries_grow_only_by_chunk(committee_client, page, monkeypatch):
    """10 entries are one chunk, 1,000 are seven: the difference is six chunks' queries (the
    syndromes, the symptoms and one insert of audit events each), whatever the rows."""
    monkeypatch.setattr(export, "CHUNK_SIZE", ONE_INSERT_CHUNK)
    few = with_entries(10, committee_client, EXPORTS[page])
    many = with_entries(990, committee_client, EXPORTS[page])

    exported = CommitteeExport.objects.order_by("-pk").values_list("rows", flat=True)
    rows_few, rows_many = exported[3], exported[0]
    chunks = math.ceil(rows_many / ONE_INSERT_CHUNK) - math.ceil(rows_few / ONE_INSERT_CHUNK)
    assert rows_many - rows_few == 990
    assert many - few == 3 * chunks


def test_the_export_costs_the_same_queries_per_chunk(committee_client, monkeypatch):
    monkeypatch.setattr(export, "CHUNK_SIZE", ONE_INSERT_CHUNK)
    make_entries(3 * ONE_INSERT_CHUNK, approved=True)
    committee_client.get(committee_url("queue"))
    three_chunks = queries_of(lambda: committee_client.post(committee_url("export")))
    make_entries(3 * ONE_INSERT_CHUNK, approved=True)
    six_chunks = queries_of(lambda: committee_client.post(committee_url("export")))
    make_entries(3 * ONE_INSERT_CHUNK, approved=True)
    nine_chunks = queries_of(lambda: committee_client.post(committee_url("export")))

    per_three_chunks = six_chunks - three_chunks
    assert nine_chunks - six_chunks == per_three_chunks
    assert per_three_chunks <= 3 * 3  # each chunk: syndromes, symptoms, audit events
