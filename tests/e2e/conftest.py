"""Browser tests: the site served as in production (nginx in front of gunicorn, production
settings), driven by Chromium.

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
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.demo_data import PAGES, demo_items, page_spec

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
NGINX = os.environ.get("NGINX", "/usr/sbin/nginx")
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
# The registry's demo participants (registry/demo_data/participants.yaml) log in with this.
PARTICIPANT_PASSWORD = secrets.token_urlsafe(16)
WIDTHS = {"phone": 375, "desktop": 1280}


def page_path(key, language):
    spec = page_spec(key)
    return f"/{language}/" if spec.get("home") else f"/{language}/{spec[language]['slug']}/"


def item_path(section_key, spec, language):
    return f"{page_path(section_key, language)}{spec[language]['slug']}/"


def public_paths(language):
    """Every kind of public page, in one language."""
    paths = [page_path(spec["key"], language) for spec in PAGES]
    paths.append(item_path("projects", demo_items("projects", "projects.yaml")[0], language))
    paths.append(item_path("activities", demo_items("projects", "activities.yaml")[0], language))
    return paths + drug_paths(language)


def drug_paths(language):
    """The drug list's kinds of page besides the list itself: a search, an entry, the archive,
    a comparison (the print view stands apart: drug_print_path)."""
    drugs = page_path("drugs", language)
    return [
        f"{drugs}?q=depakine",
        f"{drugs}valproic-acid/",
        f"{drugs}revisions/",
        f"{drugs}compare/?old=2025-2&new=2026-1",
    ]


def drug_print_path(language, query=""):
    return f"{page_path('drugs', language)}revisions/2026-1/print/{query}"


def title_of(key, language):
    return page_spec(key)[language]["title"]


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
        SITE_URL="http://127.0.0.1",
        DATABASE_URL=f"sqlite:///{tmp_path}/e2e.sqlite3",
        # Shared by the server's processes, as production's must be; kept in the site's own
        # database so that no other test run shares it.
        CACHE_URL="dbcache://e2e_cache",
        STATIC_ROOT=str(tmp_path / "static"),
        MEDIA_ROOT=str(tmp_path / "media"),
        SECURE_HTTPS="false",
        # nginx in front, as in production.
        TRUSTED_PROXY_COUNT="1",
        DEMO_EDITOR_PASSWORD=EDITOR_PASSWORD,
        DEMO_PARTICIPANT_PASSWORD=PARTICIPANT_PASSWORD,
        # Each mail in a file of its own, which the registry's journeys read (confirmation links).
        # (django-environ drops the first "/" of the path: an absolute one needs four in all).
        EMAIL_URL=f"filemail:///{tmp_path / 'mail'}",
        # Everything the site logs, so that tests can search it for what people entered.
        LOG_LEVEL="DEBUG",
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
def site_environment(tmp_path_factory):
    """The environment of a freshly built demo site: its database, cache, files and settings."""
    environment = _server_environment(tmp_path_factory.mktemp("site"))
    _manage(environment, "migrate", "--noinput", "--verbosity", "0")
    _manage(environment, "createcachetable", "--verbosity", "0")
    _manage(environment, "load_demo_content", "--verbosity", "0")
    _manage(environment, "collectstatic", "--noinput", "--verbosity", "0")
    return environment


@pytest.fixture(scope="session")
def server_log(tmp_path_factory):
    """The file that receives everything the site's server prints: its log and access log."""
    return tmp_path_factory.mktemp("server") / "server.log"


@pytest.fixture(scope="session")
def site(site_environment, server_log):
    """The base URL of the demo site as production serves it: nginx, configured by
    `manage.py nginx_config`, serving the uploads and passing the rest to gunicorn's two worker
    processes, which share their cache through the database as production's share Redis."""
    environment = site_environment
    tmp_path = Path(environment["STATIC_ROOT"]).parent
    gunicorn_port, nginx_port = _free_port(), _free_port()
    log_file = server_log.open("w", encoding="utf-8")
    with log_file, _running(_gunicorn(environment, gunicorn_port, log_file)) as gunicorn:
        _wait_until_up(f"http://127.0.0.1:{gunicorn_port}/healthz", gunicorn)
        nginx_conf = _nginx_configuration(tmp_path, environment, nginx_port, gunicorn_port)
        with _running(_nginx(tmp_path, nginx_conf)) as nginx:
            base_url = f"http://127.0.0.1:{nginx_port}"
            _wait_until_up(base_url + "/healthz", nginx)
            yield base_url


def _gunicorn(environment, port, log_file):
    return subprocess.Popen(  # noqa: S603 - our own app, loopback only
        [
            sys.executable,
            "-m",
            "gunicorn",
            "imp_site.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--threads",
            "4",
            "--log-level",
            "warning",
            "--access-logfile",
            "-",
        ],
        cwd=ROOT,
        env=environment,
        stdout=log_file,
        stderr=subprocess.STDOUT,
    )


def _nginx_configuration(tmp_path, environment, port, upstream_port):
    """The site's own nginx configuration, inside a main one that keeps nginx's files here."""
    site_conf = tmp_path / "nginx-site.conf"
    with site_conf.open("w") as output:
        subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
            [
                sys.executable,
                "manage.py",
                "nginx_config",
                "--listen",
                f"127.0.0.1:{port}",
                "--upstream",
                f"127.0.0.1:{upstream_port}",
            ],
            cwd=ROOT,
            env=environment,
            check=True,
            stdout=output,
        )
    temp = tmp_path / "nginx-temp"
    temp.mkdir()
    # Run as root (as here), nginx's workers would otherwise be www-data, who may not read the
    # test's private folders.
    user = "user root;" if os.geteuid() == 0 else ""
    main_conf = tmp_path / "nginx.conf"
    main_conf.write_text(
        f"""{user}
worker_processes 1;
pid {tmp_path}/nginx.pid;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {site_conf};
}}
"""
    )
    return main_conf


def _nginx(tmp_path, main_conf):
    if not Path(NGINX).is_file():
        pytest.fail(f"nginx is needed at {NGINX}: apt-get install nginx (make e2e does it).")
    return subprocess.Popen(  # noqa: S603 - Debian's nginx with our configuration
        [NGINX, "-p", str(tmp_path), "-e", str(tmp_path / "nginx-error.log"), "-c", str(main_conf)]
        + ["-g", "daemon off;"],
    )


@contextmanager
def _running(process):
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=20)


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
    safe_name = re.sub(r"[^a-z0-9-]+", "-", name.lower()).strip("-")[:100]
    for label, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SCREENSHOTS / f"{safe_name}-{label}.png"), full_page=True)
    page.set_viewport_size(original)


def log_in(page, site, language, next_path, username="editor"):
    """Log in through the login form (as the demo's board editor, in the Editors group, unless
    told otherwise), then land on `next_path`."""
    page.goto(f"{site}/{language}/admin/login/?next={next_path}")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(EDITOR_PASSWORD)
    page.locator("#login-form [type=submit]").click()
    expect(page).to_have_url(site + next_path)


def image_loaded(image):
    """Whether the image (a locator) arrived in the browser with real pixels; brought into view
    first, so that lazily loaded images load."""
    image.scroll_into_view_if_needed()
    handle = image.element_handle()
    image.page.wait_for_function("image => image.complete", arg=handle, timeout=15_000)
    return handle.evaluate("image => image.naturalWidth > 0")


def run_in_site(site_environment, code):
    """Run Python code against the site's database and cache in a process of its own, as an
    editor's change in another server process would be."""
    _manage(site_environment, "shell", "--command", code)


def mail_folder(site_environment):
    return Path(site_environment["EMAIL_URL"].removeprefix("filemail:///"))
