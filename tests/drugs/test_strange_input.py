"""Whatever a visitor puts in the list's addresses, however long or strange, gets a page: never
a server error."""

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.drugs.pages import list_url, url

pytestmark = pytest.mark.django_db

NASTY = [
    "",
    " ",
    "%",
    "_",
    "%%__%%",
    "\\",
    "'",
    '"; DROP TABLE drugs_entry; --',
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "{% debug %}",
    "\x00",
    "a\x00b",
    "\u202e\u200b\ufeff",
    "🧬💊" * 50,
    "ﷺ" * 300,
    "e\u0301" * 500,
    "x" * 10_000,
    "valpro " * 2_000,
    "\n\r\t",
    "../../../etc/passwd",
    "n03" + "0" * 5_000,
]
PARAMETERS = ["q", "tier", "group", "condition", "page", "old", "new", "format", "language"]


def addresses():
    return [
        list_url("en"),
        url("revision", "fr", label="2025-2"),
        url("revision_print", "nl", label="2026-1"),
        url("revision_download", "en", label="2026-1"),
        url("compare", "en"),
        url("archive", "fr"),
    ]


def assert_a_page(client, address, value):
    """Every parameter at once, then the search field alone (a refused filter must not hide
    what the search does with the value)."""
    every = "&".join(f"{name}={quote(value)}" for name in PARAMETERS)
    for query in (every, f"q={quote(value)}"):
        response = client.get(f"{address}?{query}")
        assert response.status_code in (200, 400), (address, value[:50])


@pytest.mark.parametrize("value", NASTY)
def test_nasty_values_in_any_parameter_get_a_page(visitor, value):
    for address in addresses():
        assert_a_page(visitor, address, value)


def test_a_parameter_repeated_many_times_gets_a_page(visitor):
    query = "&".join(f"tier=t{n}&group=g{n}" for n in range(300))

    assert visitor.get(f"{list_url('en')}?{query}").status_code == 200


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    query=st.text(max_size=300),
    tier=st.lists(st.text(max_size=30), max_size=4),
    group=st.text(max_size=30),
    condition=st.text(max_size=30),
    page=st.text(max_size=10),
)
def test_any_search_gets_the_list_page(visitor, query, tier, group, condition, page):
    parameters = [("q", query), ("group", group), ("condition", condition), ("page", page)]
    parameters += [("tier", value) for value in tier]
    address = list_url("en") + "?" + "&".join(f"{k}={quote(v)}" for k, v in parameters)

    response = visitor.get(address)

    assert response.status_code == 200
    assert b'class="drug-search"' in response.content


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(old=st.text(max_size=40), new=st.text(max_size=40))
def test_any_comparison_gets_a_page(visitor, old, new):
    response = visitor.get(f"{url('compare', 'en')}?old={quote(old)}&new={quote(new)}")

    assert response.status_code == 200
