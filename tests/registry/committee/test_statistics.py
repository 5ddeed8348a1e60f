"""Statistics: counts below 5 are shown as "fewer than 5", and cannot be worked out by
subtracting the shown counts from the number of entries, which is shown."""

import random

import pytest

from registry.committee.statistics import THRESHOLD, Shown, additive_table, separate_table
from registry.models import AuditAction, AuditEvent, AuditRole
from tests.registry.committee.helpers import committee_url
from tests.registry.volume import make_entries

pytestmark = pytest.mark.django_db


def rows(**counts):
    return [(code, code, n) for code, n in counts.items()]


def possible_values(table, total):
    """What a reader who knows the rule, the shown counts and the total can say of each hidden
    cell: every value it could have. A small cell is 1..4, a protective one 5 or more, and the
    hidden cells add up to the total minus the shown ones. (The others' possible sums form one
    interval, each of their ranges being one, so a value is possible when the rest fits it.)"""
    hidden = [cell for cell in table.cells if not cell.is_count]
    rest = total - sum(cell.count for cell in table.cells if cell.is_count)
    bounds = {
        cell.code: (1, THRESHOLD - 1) if cell.is_small else (THRESHOLD, rest) for cell in hidden
    }
    possible = {}
    for code, (low, high) in bounds.items():
        others_low = sum(lo for other, (lo, _hi) in bounds.items() if other != code)
        others_high = sum(hi for other, (_lo, hi) in bounds.items() if other != code)
        possible[code] = {v for v in range(low, high + 1) if others_low <= rest - v <= others_high}
    return possible


def test_counts_of_5_and_more_are_shown_and_no_cell_hidden():
    table = additive_table("t", "T", rows(FR=7, DE=5, NL=12))

    assert dict(table.public()) == {"DE": 5, "FR": 7, "NL": 12}


def test_a_small_count_is_shown_as_fewer_than_5_and_one_more_is_hidden():
    table = additive_table("t", "T", rows(FR=7, DE=9, IT=2))

    assert dict(table.public()) == {"IT": Shown.SMALL, "FR": Shown.PROTECTIVE, "DE": 9}
    assert possible_values(table, 18) == {"IT": {1, 2, 3, 4}, "FR": {5, 6, 7, 8}}


def test_two_counts_of_one_are_not_revealed_by_their_sum():
    # Hiding only the two 1s would leave their sum, 2: each must be 1.
    table = additive_table("t", "T", rows(A=1, B=1, C=5, D=6, E=7, F=20))

    possible = possible_values(table, 40)
    assert possible["A"] == possible["B"] == {1, 2, 3, 4}


def test_hidden_cells_never_hold_their_counts():
    table = additive_table("t", "T", rows(FR=7, IT=2))

    assert [cell.count for cell in table.cells if not cell.is_count] == [None, None]


def test_a_table_that_cannot_be_protected_is_withheld():
    # 1 and 5 are the only cells: whatever is hidden, the total (6) gives both away.
    table = additive_table("t", "T", rows(A=1, B=5))

    assert table.withheld
    assert table.cells == []


@pytest.mark.parametrize("seed", range(500))
def test_no_small_count_can_be_worked_out_from_the_total(seed):
    """Random tables: each hidden small count can still be any of 1..4, and each hidden larger
    count any of at least four values; or the table is withheld."""
    generator = random.Random(seed)
    counts = {
        f"C{i}": generator.choice([1, 1, 2, 3, 4, 5, 5, 6, 7, 9, 15, 40])
        for i in range(generator.randint(1, 6))
    }
    table = additive_table("t", "T", rows(**counts))
    if table.withheld:
        return

    for code, values in possible_values(table, sum(counts.values())).items():
        cell = next(c for c in table.cells if c.code == code)
        if cell.is_small:
            assert values == {1, 2, 3, 4}, (counts, table.public())
        else:
            assert len(values) >= 4, (counts, table.public())
    assert all(cell.is_count == (cell.shown == Shown.COUNT) for cell in table.cells)
    assert not any(cell.is_count and counts[cell.code] < THRESHOLD for cell in table.cells)


def test_a_table_whose_cells_add_up_to_nothing_hides_only_small_counts():
    table = separate_table("s", "S", rows(MELAS=3, LHON=8))

    assert dict(table.public()) == {"MELAS": Shown.SMALL, "LHON": 8}


def statistics_page(client, language="en"):
    response = client.get(committee_url("statistics", language=language))
    assert response.status_code == 200
    return response


def test_the_page_shows_counts_and_fewer_than_5(committee_client):
    make_entries(12, country="FR")
    make_entries(2, country="LU", diagnosis_status="suspected")

    response = statistics_page(committee_client)

    page = response.content.decode()
    country = next(t for t in response.context["statistics"].tables if t.key == "country")
    assert dict(country.public())["Luxembourg"] == Shown.SMALL
    assert '<th scope="row">Luxembourg</th><td>fewer than 5</td>' in page
    assert "entries counted." in page
    assert "<caption" in page


def test_a_table_never_tells_a_count_below_5(committee_client):
    make_entries(6, country="FR")
    make_entries(1, country="LU")

    response = statistics_page(committee_client)

    for table in response.context["statistics"].tables:
        assert all(cell.count is None or cell.count >= THRESHOLD for cell in table.cells)


def test_the_statistics_count_only_what_the_committee_may_see(committee_client):
    before = statistics_page(committee_client).context["statistics"].total
    make_entries(7, country="PT", research_use=False)

    response_total = statistics_page(committee_client).context["statistics"].total

    assert response_total == before
    assert "Portugal" not in statistics_page(committee_client).content.decode()


def test_looking_at_the_statistics_is_audited(committee_client, committee_member):
    statistics_page(committee_client)

    event = AuditEvent.objects.first()
    assert (event.actor_id, event.actor_role, event.action, event.pseudonym) == (
        committee_member.pk,
        AuditRole.COMMITTEE,
        AuditAction.STATISTICS_VIEWED,
        "",
    )
