"""`make bench`: load each main page type with wrk against gunicorn in production settings.

Throughput is reported as a ratio to a trivial view, because absolute figures swing with whatever
else the machine does. The trivial view is measured before and after each page, and each page
is compared with the mean of those two: the machine's speed drifts within a run, and one
trivial figure at the start made the pages measured later swing by ten points. Uses
DATABASE_URL when set (it migrates and loads the demo content there, which is idempotent), else
a fresh SQLite file.
"""

import datetime
import json
import os
import re
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]

PROJECTS = yaml.safe_load((ROOT / "projects/demo_data/projects.yaml").read_text())
ACTIVITIES = yaml.safe_load((ROOT / "projects/demo_data/activities.yaml").read_text())

PORT = 8765
DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "16")
# The trivial view: no template, no query of its own, the whole middleware stack.
TRIVIAL = ("trivial view (text-size.css)", "/text-size.css")
PAGES = [
    ("home (CMS, cached)", "/en/"),
    ("CMS page (cached)", "/en/about/"),
    ("CMS page, two columns, fr (cached)", "/fr/a-propos/"),
    ("projects list (apphook)", "/en/projects/"),
    ("project page (apphook)", f"/en/projects/{PROJECTS[0]['en']['slug']}/"),
    ("activities list, nl (apphook)", "/nl/activiteiten/"),
    ("activity page (apphook)", f"/en/activities/{ACTIVITIES[0]['en']['slug']}/"),
    # The drug list (manage.py drugs_bench_data): the current list of 300 entries, one of 3,000
    # (shown 500 at a time), a search in it, and what changed between the demo's revisions.
    ("drug list, current, 300 entries (apphook, cached)", "/en/drugs/"),
    ("drug list, 3,000 entries (apphook)", "/en/drugs/revisions/bench-3000/"),
    ("drug search, fr, the same query (apphook, cached)", "/fr/medicaments/?q=valproique"),
    # Each request spells the query with its own mix of capitals (the search ignores case), so
    # almost none is in the page cache: what a search nobody asked before costs.
    ("drug search, fr, a new query (apphook)", "/fr/medicaments/?q=acide+valproique"),
    ("drug comparison (apphook)", "/en/drugs/compare/?old=2025-2&new=2026-1"),
    ("drug entry page (apphook)", "/nl/geneesmiddelen/valproic-acid/"),
]
# The community directory (issue 10): visitors get it, filtered or not, from the page cache.
PAGES += [
    ("community directory (apphook, cached)", "/en/community/"),
    ("community directory filtered, fr (apphook, cached)", "/fr/communaute/?group_language=it"),
]
CACHED_GOAL, FLOOR = 0.5, 0.1
# Pages with a goal of their own: a search answers the question people come with.
GOALS = {"drug search, fr, a new query (apphook)": 0.25}
# A wrk script: the query of the page's address, its letters in random case on each request.
NEW_SPELLING_EACH_REQUEST = """
local path, query = wrk.path:match("^(.-q=)(.*)$")
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("id", threads)
end
init = function()
  math.randomseed(os.time() * 100 + id)  -- each thread its own spellings
end
request = function()
  local spelled = query:gsub("%a", function(letter)
    if math.random() < 0.5 then return letter:upper() end
    return letter
  end)
  return wrk.format("GET", path .. spelled)
end
"""


def main():
    wait_until_idle()
    with tempfile.TemporaryDirectory() as tmp:
        environment = server_environment(Path(tmp))
        for args in (
            ("migrate", "--noinput"),
            ("shell", "--command", "from django.core.cache import cache; cache.clear()"),
            ("load_demo_content",),
            ("drugs_bench_data",),
            ("collectstatic", "--noinput"),
        ):
            manage(environment, *args)
        server = start_gunicorn(environment)
        try:
            results = measure_between_trivial_runs(Path(tmp))
        finally:
            server.terminate()
            server.wait(timeout=30)
    report(results, environment["DATABASE_URL"].split(":")[0])


# The share of busy CPU above which the machine is not idle enough to measure.
MAX_BUSY = float(os.environ.get("BENCH_MAX_BUSY", "0.15"))


def wait_until_idle(threshold=MAX_BUSY, patience=60):
    """Measure on a quiet machine: wait until the CPUs are at least 85% idle over a second
    (BENCH_MAX_BUSY raises the limit, for figures on a shared machine: ratios only, noisy)."""
    for _ in range(patience):
        busy = cpu_busy_fraction()
        if busy < threshold:
            print(f"Machine idle enough ({busy:.0%} busy).")
            return
        print(f"Machine busy ({busy:.0%}); waiting...")
    sys.exit("The machine did not become idle; benchmark figures would be meaningless.")


def cpu_busy_fraction():
    def sample():
        values = [int(v) for v in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
        return sum(values), values[3] + values[4]  # total, idle + iowait

    total_before, idle_before = sample()
    time.sleep(1)
    total_after, idle_after = sample()
    total = total_after - total_before
    return 1 - (idle_after - idle_before) / total if total else 0.0


def server_environment(tmp):
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    environment.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
    # A shared cache, as production has; emptied first (see main), so no earlier run's pages count.
    environment.setdefault("CACHE_URL", "redis://127.0.0.1:6379/14")
    environment.update(
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SITE_URL=f"http://127.0.0.1:{PORT}",
        STATIC_ROOT=str(tmp / "static"),
        SECURE_HTTPS="false",
        LOG_LEVEL="WARNING",
    )
    return environment


def manage(environment, *args):
    subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args, "--verbosity", "0"],
        cwd=ROOT,
        env=environment,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def start_gunicorn(environment):
    workers = str(os.cpu_count() or 2)
    server = subprocess.Popen(  # noqa: S603 - our own app, loopback only
        [sys.executable, "-m", "gunicorn", "imp_site.wsgi", "--bind", f"127.0.0.1:{PORT}"]
        + ["--workers", workers, "--log-level", "warning"],
        cwd=ROOT,
        env=environment,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=2)  # noqa: S310
            return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    sys.exit("gunicorn did not start")


def measure_between_trivial_runs(tmp):
    """Each page with the trivial view measured just before and just after it."""
    trivial_runs = [measure(*TRIVIAL, tmp)]
    results = []
    for name, path in PAGES:
        result = measure(name, path, tmp)
        trivial_runs.append(measure(*TRIVIAL, tmp))
        result["trivial_requests_per_second"] = (
            trivial_runs[-2]["requests_per_second"] + trivial_runs[-1]["requests_per_second"]
        ) / 2
        results.append(result)
    trivial = dict(trivial_runs[0], name=f"{TRIVIAL[0]}, mean of {len(trivial_runs)} runs")
    rates = [run["requests_per_second"] for run in trivial_runs]
    trivial.update(
        requests_per_second=sum(rates) / len(rates),
        trivial_requests_per_second=sum(rates) / len(rates),
        errors=sum(run["errors"] for run in trivial_runs),
    )
    return [trivial, *results]


def measure(name, path, tmp):
    url = f"http://127.0.0.1:{PORT}{path}"
    for _ in range(20):  # warm the caches of every worker
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback
            if response.status != 200:
                sys.exit(f"{url} answered {response.status}")
    script = []
    if "a new query" in name:
        script_file = tmp / "new_spelling.lua"
        script_file.write_text(NEW_SPELLING_EACH_REQUEST)
        script = ["--script", str(script_file)]
    output = subprocess.run(  # noqa: S603 - wrk from Debian, fixed arguments
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", *script, url],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "name": name,
        "path": path,
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": latency_ms(output, "50%"),
        "p99_ms": latency_ms(output, "99%"),
        "errors": int(errors.group(1)) if errors else 0,
    }


def latency_ms(output, percentile):
    value, unit = re.search(rf"^\s+{percentile}\s+([\d.]+)(us|ms|s)\s*$", output, re.M).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def report(results, database):
    lines = [
        f"# Benchmark {datetime.datetime.now():%Y-%m-%d %H:%M} ({database}, gunicorn "
        f"{os.cpu_count()} workers, wrk {CONNECTIONS} connections, {DURATION} each)",
        "",
        "| page | req/s | trivial req/s around it | p50 ms | p99 ms | ratio to trivial | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    failures = []
    for result in results:
        ratio = result["requests_per_second"] / result["trivial_requests_per_second"]
        result["ratio"] = round(ratio, 3)
        lines.append(
            f"| {result['name']} | {result['requests_per_second']:.0f} "
            f"| {result['trivial_requests_per_second']:.0f} | {result['p50_ms']:.2f} "
            f"| {result['p99_ms']:.2f} | {ratio:.0%} | {result['errors']} |"
        )
        goal = GOALS.get(result["name"]) or (CACHED_GOAL if "cached" in result["name"] else FLOOR)
        if ratio < goal or result["errors"]:
            failures.append(f"{result['name']}: {ratio:.0%} (goal {goal:.0%})")
    lines += [
        "",
        "Goals: cached pages (the current drug list too) >= 50% of the trivial view, a drug "
        "search >= 25%, no page under 10%.",
    ]
    lines.append("Missed: " + "; ".join(failures) if failures else "All goals met.")
    text = "\n".join(lines)
    print(text)
    folder = ROOT / "bench-results"
    folder.mkdir(exist_ok=True)
    stamp = f"{datetime.datetime.now():%Y%m%d-%H%M%S}"
    (folder / f"bench-{stamp}.md").write_text(text + "\n")
    (folder / f"bench-{stamp}.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nWritten to {folder}/bench-{stamp}.md")


if __name__ == "__main__":
    main()
