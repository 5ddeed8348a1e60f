"""`make export-memory`: the peak memory of the committee's CSV export for 10,000 and 100,000
entries, to show that it streams in constant memory.

For each size, in a throwaway database (a fresh SQLite file, or with EXPORT_DATABASE=postgres a
fresh PostgreSQL database on DATABASE_SERVER, dropped afterwards), it migrates, creates the
entries with bulk_create (tests/registry/volume.py: participant, identity, consent record,
entry, syndrome, approved review), then in a fresh process streams the export exactly as the
view does (registry.committee.export.csv_stream) and reports:
- the peak of Python allocations while streaming (tracemalloc), and
- the growth of the process's peak resident memory while streaming (resource.getrusage),
  which also counts the database driver's buffers,
next to the same figures for loading every row at once (list()), for comparison.

    .venv/bin/python .ci/export_memory.py [10000 100000]
"""

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = [int(size) for size in sys.argv[1:] if size.isdigit()] or [10_000, 100_000]
DATABASE = os.environ.get("EXPORT_DATABASE", "sqlite")
DATABASE_SERVER = os.environ.get("DATABASE_SERVER", "postgres://postgres@127.0.0.1:5432")
BATCH = 5_000


def main() -> None:
    results = []
    for size in SIZES:
        with tempfile.TemporaryDirectory() as tmp:
            url, drop = throwaway_database(Path(tmp), size)
            try:
                environment = {**os.environ, "DATABASE_URL": url, "DEBUG": "true"}
                run(environment, "fill", size)
                streamed = json.loads(run(environment, "stream", size))
                listed = json.loads(run(environment, "list", size))
            finally:
                drop()
        results.append({"entries": size, "streamed": streamed, "listed": listed})
    report(results)


def throwaway_database(tmp: Path, size: int):
    if DATABASE == "sqlite":
        return f"sqlite:///{tmp / 'export.sqlite3'}", lambda: None
    name = f"imp_export_memory_{size}"
    admin = DATABASE_SERVER + "/postgres"
    psql(admin, f"DROP DATABASE IF EXISTS {name}")
    psql(admin, f"CREATE DATABASE {name}")
    return f"{DATABASE_SERVER}/{name}", lambda: psql(admin, f"DROP DATABASE IF EXISTS {name}")


def psql(url: str, statement: str) -> None:
    subprocess.run(["psql", url, "-q", "-c", statement], check=True)  # noqa: S603, S607


def run(environment: dict[str, str], step: str, size: int) -> str:
    command = [sys.executable, __file__, "--step", step, str(size)]
    done = subprocess.run(  # noqa: S603
        command, env=environment, cwd=ROOT, check=True, capture_output=True, text=True
    )
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def report(results: list[dict]) -> None:
    print(f"Export memory ({DATABASE}), CSV streamed as the committee's export view does:")
    print(
        f"{'entries':>9} | {'streamed: py peak':>17} | {'rss growth':>10} | {'time':>6} || "
        f"{'list(): py peak':>15} | {'rss growth':>10}"
    )
    for result in results:
        s, listed = result["streamed"], result["listed"]
        print(
            f"{result['entries']:>9,} | {s['python_peak_mib']:>13.1f} MiB | "
            f"{s['rss_growth_mib']:>6.1f} MiB | {s['seconds']:>5.1f}s || "
            f"{listed['python_peak_mib']:>11.1f} MiB | {listed['rss_growth_mib']:>6.1f} MiB"
        )
        print(f"{'':>9}   {s['rows']:,} rows, {s['megabytes']:.1f} MB of CSV")


# --- the steps, each in its own process ---------------------------------------------------


def step(name: str, size: int) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imp_site.settings")
    import django

    django.setup()
    from django.conf import settings

    # DEBUG keeps the settings' local defaults; the query log is not part of the export.
    settings.DEBUG = False
    {"fill": fill, "stream": stream, "list": listed}[name](size)


def fill(size: int) -> None:
    """Consent version 1, then `size` approved entries in batches, as the tests make volume."""
    from django.core.management import call_command
    from django.utils import timezone

    from registry.models import ConsentVersion
    from tests.registry.volume import make_entries

    call_command("migrate", verbosity=0, interactive=False)
    version = ConsentVersion(effective_date=timezone.localdate())
    version.set_current_language("en")
    version.title, version.text = "Consent", "Text."
    version.save()
    ConsentVersion.objects.filter(pk=version.pk).update(status="published")
    countries = ["FR", "DE", "NL", "BE", "IT", "ES", "GB"]
    for batch, start in enumerate(range(0, size, BATCH)):
        make_entries(
            min(BATCH, size - start),
            country=countries[batch % len(countries)],
            industry_sharing=batch % 3 == 0,
            approved=True,
            sex="female",
            gene="MT-TL1",
            variant="m.3243A>G",
        )


def _committee_export():
    from django.contrib.auth import get_user_model

    from registry.committee.export import csv_stream, export_entries
    from registry.models import RegistryEntry

    entries = export_entries(
        RegistryEntry.objects.visible_to_committee(), industry_sharing_only=False
    )
    actor = get_user_model().objects.order_by("pk").first()
    return csv_stream(entries, actor=actor, industry_sharing_only=False)


def stream(size: int) -> None:
    stream_ = _committee_export()
    measure(lambda: sum(len(chunk.encode()) for chunk in stream_), size)


def listed(size: int) -> None:
    """For comparison: every row loaded at once, as a non-streaming export would."""
    from registry.committee.export import export_entries
    from registry.models import RegistryEntry

    def everything() -> int:
        rows = list(
            export_entries(
                RegistryEntry.objects.visible_to_committee(), industry_sharing_only=False
            )
        )
        return len(rows)

    measure(everything, size)


def measure(work, size: int) -> None:
    from django.db import connection

    from registry.models import CommitteeExport

    connection.ensure_connection()
    before_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    started = time.monotonic()
    produced = work()
    seconds = time.monotonic() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    after_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    export = CommitteeExport.objects.order_by("-pk").first()
    print(
        json.dumps(
            {
                "python_peak_mib": peak / 2**20,
                "rss_growth_mib": (after_rss - before_rss) / 1024,
                "seconds": seconds,
                "rows": export.rows if export else size,
                "megabytes": produced / 1e6,
            }
        )
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--step":
        step(sys.argv[2], int(sys.argv[3]))
    else:
        main()
