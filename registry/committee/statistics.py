"""Counts of the entries the committee may see, by country, syndrome and diagnosis, with small
counts suppressed so that no table tells about fewer than five people.

Rule 1 (primary suppression): a count from 1 to 4 is shown as "fewer than 5".

Rule 2 (no subtraction): the number of entries counted is shown, and in a table where every
entry is counted once (country, diagnosis: each entry has one value, "not given" included) the
hidden cells add up to that number minus the shown ones. So hiding one cell alone is nothing:
it is the difference. Such a table hides more cells, the smallest first ("hidden to protect
small counts"), until (a) at least one of the hidden cells is not a small one and (b) the
hidden cells hold at least 3 more entries than their smallest possible values (1 for a small
count, 5 for another). Then each small count can be any of 1, 2, 3 or 4 and each other hidden
count any of at least four values, whatever one subtracts. When even hiding every cell cannot
do that, the table is not shown. No table has a total row of its own: the total is the number
of entries, shown once.

The syndromes table counts an entry once per syndrome it names (one entry may have several or
none), so its cells add up to nothing known and only rule 1 applies.

Three queries, whatever the number of entries.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from ..models import EntrySyndrome
from ..vocabularies import DiagnosisStatus, Syndrome

THRESHOLD = 5
# How much the hidden cells must hold above their smallest possible values: enough for each
# small count to be any of 1..THRESHOLD-1.
SLACK = THRESHOLD - 2


class Shown:
    COUNT = "count"
    SMALL = "small"  # 1 to 4: "fewer than 5"
    PROTECTIVE = "protective"  # 5 or more, hidden so that a small one cannot be worked out


@dataclass(frozen=True)
class Cell:
    code: str
    label: str
    count: int | None  # None when hidden: a template cannot print what it does not hold
    shown: str

    @property
    def is_count(self) -> bool:
        return self.shown == Shown.COUNT

    @property
    def is_small(self) -> bool:
        return self.shown == Shown.SMALL


@dataclass(frozen=True)
class Table:
    key: str
    title: Any
    cells: list[Cell] = field(default_factory=list)
    withheld: bool = False  # too few entries to show anything of it safely

    def public(self) -> list[tuple[str, str | int | None]]:
        """What a reader learns: label and count or the kind of hiding (for tests, and the
        template reads the cells)."""
        return [(cell.label, cell.count if cell.is_count else cell.shown) for cell in self.cells]


@dataclass(frozen=True)
class Statistics:
    total: int
    total_shown: bool
    tables: list[Table]


def committee_statistics(entries: Any) -> Statistics:
    """The statistics of `entries` (RegistryEntry.objects.visible_to_committee())."""
    by_country = _counts(entries, "country")
    total = sum(by_country.values())
    if total < THRESHOLD:
        return Statistics(total=total, total_shown=False, tables=[])
    by_diagnosis = _counts(entries, "diagnosis_status")
    by_syndrome = dict(
        EntrySyndrome.objects.filter(entry__in=entries.values("pk"))
        .values_list("syndrome")
        .annotate(n=Count("pk"))
        .values_list("syndrome", "n")
    )
    return Statistics(
        total=total,
        total_shown=True,
        tables=[
            additive_table("country", _("Country of residence"), _labelled(by_country, _country)),
            additive_table(
                "diagnosis", _("Diagnosis"), _labelled(by_diagnosis, _choice(DiagnosisStatus))
            ),
            separate_table("syndrome", _("Syndrome"), _labelled(by_syndrome, _choice(Syndrome))),
        ],
    )


def _counts(entries: Any, name: str) -> dict[str, int]:
    rows = entries.order_by().values_list(name).annotate(n=Count("pk")).values_list(name, "n")
    return {str(code or ""): n for code, n in rows}


def _labelled(counts: dict[str, int], label: Any) -> list[tuple[str, str, int]]:
    return sorted(
        ((code, label(code), n) for code, n in counts.items()), key=lambda c: c[1].casefold()
    )


def _country(code: str) -> str:
    return str(countries.name(code)) if code else str(_("Not given"))


def _choice(choices: Any) -> Any:
    labels = dict(choices.choices)
    return lambda code: str(labels.get(code, _("Not given")) if code else _("Not given"))


def separate_table(key: str, title: Any, counts: Iterable[tuple[str, str, int]]) -> Table:
    """Cells that add up to nothing known: only the small ones are hidden."""
    cells = [
        _cell(code, label, n, shown=Shown.SMALL if n < THRESHOLD else Shown.COUNT)
        for code, label, n in counts
    ]
    return Table(key, title, cells)


def additive_table(key: str, title: Any, counts: Iterable[tuple[str, str, int]]) -> Table:
    """Cells that add up to the number of entries: small ones hidden, and more (rule 2)."""
    rows = list(counts)
    small = {code for code, _label, n in rows if n < THRESHOLD}
    protective = _protective_cells(rows, small)
    if protective is None:
        return Table(key, title, withheld=True)
    cells = [
        _cell(code, label, n, shown=_shown(code in small, code in protective))
        for code, label, n in rows
    ]
    return Table(key, title, cells)


def _shown(small: bool, protective: bool) -> str:
    return Shown.SMALL if small else Shown.PROTECTIVE if protective else Shown.COUNT


def _protective_cells(rows: list[tuple[str, str, int]], small: set[str]) -> set[str] | None:
    """The further cells to hide, smallest first; None when no choice protects the small ones."""
    if not small:
        return set()
    slack = sum(n - 1 for code, _label, n in rows if code in small)
    protective: set[str] = set()
    candidates = sorted((n, code) for code, _label, n in rows if code not in small)
    for n, code in candidates:
        if protective and slack >= SLACK:
            break
        protective.add(code)
        slack += n - THRESHOLD
    if not protective or slack < SLACK:
        return None
    return protective


def _cell(code: str, label: str, n: int, *, shown: str) -> Cell:
    return Cell(code, label, n if shown == Shown.COUNT else None, shown)
