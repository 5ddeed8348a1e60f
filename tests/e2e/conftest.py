"""Browser tests: the site served by gunicorn with production settings, driven by Chromium.

Run with `make e2e`. The server gets its own SQLite database with the demo content, so these
tests never touch the database of the unit tests. Screenshots go to artifacts/screenshots/.
"""

import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from imp_site.demo_content_data import ACTIVITIES, PAGES, PROJECTS

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Without the networking flags Chromium keeps trying to reach the internet from this sandbox.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
EDITOR_PASSWORD = secrets.token_urlsafe(16)
LANGUAGES = ["en", "fr", "nl"]
WIDTHS = {"phone": 375, "desktop": 1280}


def page_path(key, language):
    spec = next(spec for spec in PAGES if spec["key"] == key)
    return f"/{language}/" if key == "home" else f"/{language}/{spec[language]['slug']}/"


def item_path(section_key, spec, language):
    return f"{page_path(section_key, language)}{spec[language]['slug']}/"


def public_paths(language):
    """Every kind of public page, in one language."""
    paths = [page_path(spec["key"], language) for spec in PAGES]
    paths.append(item_path("projects", PROJECTS[0], language))
    paths.append(item_path("activities", ACTIVITIES[0], language))
    return paths


def title_of(key, language):
    return next(spec for spec in PAGES if spec["key"] == key)[language]["title"]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _server_environment(tmp_path):
    environment = {
        key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"
    }
    environment.update(
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=f"sqlite:///{tmp_path}/e2e.sqlite3",
        CACHE_URL="locmemcache://e2e",
        STATIC_ROOT=str(tmp_path / "static"),
        MEDIA_ROOT=str(tmp_path / "media"),
        SECURE_HTTPS="false",
        DEMO_ADMIN_PASSWORD=EDITOR_PASSWORD,
    )
    return environment


def _manage(environment, *args):
    subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, check=True, timeout=300
    )


def _wait_until_up(url, process):
    for _ in range(100):
        if process.poll() is not None:
            raise RuntimeError("gunicorn stopped at start-up")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - our own loopback server
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"the site did not answer at {url}")


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The base URL of a freshly built demo site served by gunicorn.

    One worker process (with threads) so the cache of published pages is one cache, as it is in
    production with a shared cache server.
    """
    tmp_path = tmp_path_factory.mktemp("site")
    environment = _server_environment(tmp_path)
    _manage(environment, "migrate", "--noinput", "--verbosity", "0")
    _manage(environment, "load_demo_content", "--verbosity", "0")
    _manage(environment, "collectstatic", "--noinput", "--verbosity", "0")
    port = _free_port()
    server = subprocess.Popen(  # noqa: S603 - our own app, loopback only
        [
            sys.executable,
            "-m",
            "gunicorn",
            "imp_site.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--threads",
            "4",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=environment,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base_url + "/healthz", server)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=20)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": WIDTHS["desktop"], "height": 900}}


@pytest.fixture
def no_script_page(browser):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    yield context.new_page()
    context.close()


def screenshot(page, name):
    """Keep a picture of the page at phone and desktop widths for people to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    original = page.viewport_size
    safe_name = re.sub(r"[^a-z0-9-]+", "-", name.lower()).strip("-")
    for label, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SCREENSHOTS / f"{safe_name}-{label}.png"), full_page=True)
    page.set_viewport_size(original)
