"""Ask the site for a page from a separate process, whose database can be made unavailable."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ASK = """
import sys
import django
django.setup()
from django.test import Client
response = Client(raise_request_exception=False).get(sys.argv[1])
print(response.status_code)
print(response.get("Cache-Control", ""))
print(response.content.decode())
"""


def get_with_database(path, database_url):
    """(status code, Cache-Control, HTML) of `path` served with `database_url` as database."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": database_url,
    }
    result = subprocess.run(  # noqa: S603 - our own code with fixed arguments
        [sys.executable, "-c", ASK, path],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    status, cache_control, html = result.stdout.split("\n", 2)
    return int(status), cache_control, html


def missing_sqlite_database(tmp_path):
    """A SQLite database in a folder that does not exist: every connection fails."""
    return f"sqlite:///{tmp_path}/missing-folder/db.sqlite3"
