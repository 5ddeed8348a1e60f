"""Start-up checks, migrations and the deployment checklist."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
OUR_APPS = ["imp_site", "projects", "drugs", "registry", "community"]


def run_manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE")
    }
    environment.update(env)
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_start_up_without_a_secret_key_fails_with_a_clear_message(tmp_path):
    result = run_manage("check", DEBUG="false", DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3")

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_settings_pass_the_deployment_checklist(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="false",
        SECRET_KEY="a-long-random-production-like-key-" + "x7Kq9" * 10,
        ALLOWED_HOSTS="www.mitopatients.example",
        DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3",
    )

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
def test_no_model_change_lacks_a_migration():
    output = StringIO()
    try:
        # Our apps only: under pytest djangocms_text declares test models of its own.
        call_command("makemigrations", *OUR_APPS, "--check", "--dry-run", stdout=output)
    except SystemExit:
        pytest.fail("Missing migrations:\n" + output.getvalue())

    assert "No changes detected" in output.getvalue()
