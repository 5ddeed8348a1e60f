"""Revisions of 3,000 and 300 entries for `make bench` (.ci/bench.py), published in that order so
that the 300-entry one is current. They are made like an editor's: a CSV imported into a draft,
then published. The demo content's revisions are left as they are; running it again adds
nothing."""

import csv
import io
from datetime import date
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from drugs.list_files import columns_for, language_codes, revision_import_csv
from drugs.models import DrugGroup, Revision
from drugs.services import revision_publish

DEMO_CSV = settings.BASE_DIR / "drugs" / "demo_data" / "revision-2026-1.csv"
SIZES = (("bench-3000", 3000, date(2090, 1, 1)), ("bench-300", 300, date(2090, 7, 1)))
TIERS = ("yellow", "yellow", "orange", "yellow", "red")


class Command(BaseCommand):
    help = "Create the benchmark's revisions of 3,000 and 300 entries (published, 300 current)."

    def handle(self, *args: Any, **options: Any) -> None:
        for label, size, published in SIZES:
            if Revision.objects.filter(label=label).exists():
                continue
            revision = _draft(label)
            result = revision_import_csv(revision=revision, content=bench_csv(size))
            if result.errors:
                raise ValueError("; ".join(map(str, result.errors[:5])))
            revision_publish(revision=revision, today=published)
            self.stdout.write(f"Revision {label}: {result.imported} entries, published.")


def _draft(label: str) -> Revision:
    revision = Revision(label=label, reviewed_by="Benchmark", is_example_data=True)
    for code in language_codes():
        revision.set_current_language(code)
        revision.summary_of_changes = f"Benchmark data ({code})."
    revision.save()
    return revision


def bench_csv(size: int) -> str:
    """The demo's current entries, then made-up ones like them up to `size` rows."""
    demo_rows = list(csv.DictReader(io.StringIO(DEMO_CSV.read_text(encoding="utf-8"))))
    groups = list(DrugGroup.objects.values_list("slug", flat=True))
    rows = demo_rows[:size]
    for number in range(len(rows), size):
        model = demo_rows[number % len(demo_rows)]
        rows.append(_made_up_row(number, model, groups[number % len(groups)]))
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=columns_for(language_codes()))
    writer.writeheader()
    writer.writerows({column: row.get(column, "") for column in writer.fieldnames} for row in rows)
    return output.getvalue()


def _made_up_row(number: int, model: dict[str, str], group: str) -> dict[str, str]:
    letter, second, third = "ABCDJLMN"[number % 8], "AB"[number % 2], "CD"[number % 2]
    row = {
        **model,
        "slug": f"bench-substance-{number:04d}",
        "tier": TIERS[number % len(TIERS)],
        "group": group,
        "atc_codes": f"{letter}{number % 100:02d}{second}{third}{number % 97:02d}",
        "brand_names": f"Benchbrand {number}",
        "conditions": "POLG" if number % 20 == 0 else "",
    }
    for code in language_codes():
        row[f"name_{code}"] = f"Benchamine {number} ({model[f'name_{code}']})"
    return row
