"""The list, a search, an entry, the archive and a comparison cost the same number of queries
for 30 entries or 3,000 (measured without the page cache)."""

import pytest
from cms.cache import invalidate_cms_page_cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.drugs.bulk import large_revision
from tests.drugs.pages import url

pytestmark = pytest.mark.django_db


def queries_for(client, address):
    """Queries of rendering the page, with the menus already cached but not the page itself (the
    first visit after a publication also fills caches of the page frame: two visits first)."""
    for _ in range(2):
        client.get(address)
        invalidate_cms_page_cache()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200, address
    return len(queries)


def pages(old, new):
    """The pages whose cost must not grow, for two large revisions (`new` is current)."""
    return {
        "list": url("list", "en"),
        "search": url("list", "fr") + "?q=bulk+name&tier=red&tier=orange",
        "filtered by condition": url("list", "nl") + "?condition=POLG&group=bulk-group-1",
        "archived list": url("revision", "en", label=old.label),
        "entry": url("drug", "en", slug="bulkdrug-00010"),
        "entry in a revision": url("revision_entry", "fr", label=old.label, slug="bulkdrug-00003"),
        "archive": url("archive", "en"),
        "comparison": url("compare", "en") + f"?old={old.label}&new={new.label}",
        "print view": url("revision_print", "en", label=new.label) + "?tier=red&condition=POLG",
    }


def costs(clients, count):
    """Each page's queries for each client, with two revisions of `count` entries."""
    old = large_revision(count, label=f"2098-{count}")
    new = large_revision(count, label=f"2099-{count}", changed_every=7)
    return {
        (who, name): queries_for(client, address)
        for who, client in clients.items()
        for name, address in pages(old, new).items()
    }


def test_no_page_costs_more_queries_with_3000_entries_than_with_30(visitor, drug_editor_client):
    """Editors preview without the page cache, so their pages are measured too."""
    clients = {"visitor": visitor, "editor": drug_editor_client}

    with_30 = costs(clients, 30)
    with_3000 = costs(clients, 3000)

    assert with_3000 == with_30
    # A list that long is shown 500 entries at a time.
    page = visitor.get(url("list", "en")).content.decode()
    assert page.count('class="drug-entry ') == 500
    assert page.count('class="pagination"') == 1
