import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

ASK_HEALTHZ = """
import django
django.setup()
from django.test import Client
response = Client().get("/healthz")
print(response.status_code, response["Cache-Control"])
"""


@pytest.mark.django_db
def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-store" in response["Cache-Control"]


def healthz_with_database(database_url):
    """Ask /healthz from a process whose database is `database_url`."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": database_url,
    }
    result = subprocess.run(  # noqa: S603 - our own code with fixed arguments
        [sys.executable, "-c", ASK_HEALTHZ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[0], result.stdout


def test_healthz_answers_503_when_the_database_file_cannot_be_opened(tmp_path):
    status, output = healthz_with_database(f"sqlite:///{tmp_path}/missing-folder/db.sqlite3")

    assert status == "503"
    assert "no-store" in output


def test_healthz_answers_503_when_the_database_server_is_down():
    # Nothing listens on port 1 of the loopback address: the connection is refused at once.
    status, _output = healthz_with_database("postgres://nobody@127.0.0.1:1/imp")

    assert status == "503"
