"""Start-up checks, migrations and the deployment checklist."""

import json
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
        if key not in ("SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE", "SITE_URL")
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
        SITE_URL="https://www.mitopatients.example",
        CACHE_URL="redis://127.0.0.1:6379/1",
        DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3",
    )

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("cache_url", ["", "locmemcache://imp", "dummycache://"])
def test_production_refuses_a_cache_that_server_processes_do_not_share(tmp_path, cache_url):
    result = run_manage(
        "check",
        DEBUG="false",
        SECRET_KEY="a-production-like-key",
        SITE_URL="https://www.mitopatients.example",
        CACHE_URL=cache_url,
        DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3",
    )

    assert result.returncode != 0
    assert "CACHE_URL must name a cache that every server process shares" in result.stderr


@pytest.mark.parametrize("cache_url", ["redis://127.0.0.1:6379/1", "dbcache://imp_cache"])
def test_production_accepts_redis_or_the_database_as_its_cache(tmp_path, cache_url):
    result = run_manage(
        "check",
        DEBUG="false",
        SECRET_KEY="a-production-like-key",
        SITE_URL="https://www.mitopatients.example",
        CACHE_URL=cache_url,
        DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3",
    )

    assert result.returncode == 0, result.stderr


def test_start_up_without_the_site_address_fails_with_a_clear_message(tmp_path):
    result = run_manage(
        "check",
        DEBUG="false",
        SECRET_KEY="a-production-like-key",
        DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3",
        SITE_URL="",
    )

    assert result.returncode != 0
    assert "SITE_URL is not set" in result.stderr


def test_a_site_address_with_a_path_is_refused(tmp_path):
    result = run_manage(
        "check",
        DEBUG="true",
        DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3",
        SITE_URL="https://www.mitopatients.example/en/",
    )

    assert result.returncode != 0
    assert "SITE_URL must be a scheme and a host" in result.stderr


@pytest.mark.django_db
def test_no_model_change_lacks_a_migration():
    output = StringIO()
    try:
        # Our apps only: under pytest djangocms_text declares test models of its own.
        call_command("makemigrations", *OUR_APPS, "--check", "--dry-run", stdout=output)
    except SystemExit:
        pytest.fail("Missing migrations:\n" + output.getvalue())

    assert "No changes detected" in output.getvalue()


def settings_with(**env):
    """The settings module evaluated with these environment variables."""
    code = (
        "import json, imp_site.settings as s; "
        "print(json.dumps({'cache': s.CACHES['default'], 'email': s.EMAIL_BACKEND, "
        "'database': s.DATABASES['default']['ENGINE']}))"
    )
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("CACHE_URL", "EMAIL_URL", "DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    environment.update(
        {"SECRET_KEY": "settings-test-key", "SITE_URL": "https://imp.example", **env}
    )
    result = subprocess.run(  # noqa: S603 - our own settings module
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_defaults_of_a_local_run_are_local_memory_cache_console_email_and_sqlite():
    values = settings_with(DEBUG="true")

    assert values["cache"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    assert values["email"] == "django.core.mail.backends.console.EmailBackend"
    assert values["database"] == "django.db.backends.sqlite3"


def test_environment_selects_redis_smtp_and_postgresql():
    values = settings_with(
        CACHE_URL="redis://127.0.0.1:6379/3",
        EMAIL_URL="smtp+tls://user:secret@smtp.example.org:587",
        DATABASE_URL="postgres://imp@db.example.org:5432/imp",
    )

    assert values["cache"]["BACKEND"] == "imp_site.redis_cache.RedisClientPerPoolCache"
    assert values["cache"]["LOCATION"] == "redis://127.0.0.1:6379/3"
    assert values["email"] == "django.core.mail.backends.smtp.EmailBackend"
    assert values["database"] == "django.db.backends.postgresql"


@pytest.fixture
def redis_cache():
    import redis

    from imp_site.redis_cache import RedisClientPerPoolCache

    cache = RedisClientPerPoolCache("redis://127.0.0.1:6379/14", {})
    try:
        cache.set("imp-settings-test", "stored", 30)
    except redis.ConnectionError:
        pytest.skip("no Redis server on 127.0.0.1:6379 (CI has one)")
    yield cache
    cache.delete("imp-settings-test")


def test_the_redis_cache_stores_and_returns_values(redis_cache):
    redis_cache.set("imp-settings-test", {"page": "stored"}, 30)

    assert redis_cache.get("imp-settings-test") == {"page": "stored"}
    assert redis_cache.get_many(["imp-settings-test", "absent"]) == {
        "imp-settings-test": {"page": "stored"}
    }


def test_the_redis_cache_builds_one_client_for_all_its_operations(redis_cache, monkeypatch):
    import redis

    built = []
    original_init = redis.Redis.__init__

    def counting_init(self, *args, **kwargs):
        built.append(self)
        original_init(self, *args, **kwargs)

    monkeypatch.setattr(redis.Redis, "__init__", counting_init)
    for number in range(5):
        redis_cache.set("imp-settings-test", number, 30)
        assert redis_cache.get("imp-settings-test") == number

    assert len(built) <= 1


def test_the_redis_cache_stores_entries_and_extends_another_s_life_in_one_round_trip(
    redis_cache, monkeypatch
):
    from redis.connection import AbstractConnection

    redis_cache.set("imp-settings-test", 7, 5)  # a page cache's version, close to expiring
    sent = []
    original_send = AbstractConnection.send_packed_command

    def counting_send(self, command, *args, **kwargs):
        sent.append(command)
        return original_send(self, command, *args, **kwargs)

    monkeypatch.setattr(AbstractConnection, "send_packed_command", counting_send)
    page = (b"<html>...</html>", {"Content-Type": "text/html"})
    entries = {"imp-settings-test-page": page, "imp-settings-test-vary": []}
    redis_cache.set_many_and_touch(
        entries, 60, version=7, touch="imp-settings-test", touch_timeout=120
    )

    assert len(sent) == 1
    assert redis_cache.get_many(list(entries), version=7) == entries
    assert redis_cache.get("imp-settings-test-page") is None  # stored under its version only
    client = redis_cache._cache.get_client()
    assert 55 <= client.ttl(redis_cache.make_key("imp-settings-test-page", version=7)) <= 60
    assert redis_cache.get("imp-settings-test") == 7  # its value as it was, its life extended
    assert 115 <= client.ttl(redis_cache.make_key("imp-settings-test")) <= 120
    redis_cache.delete_many(list(entries), version=7)


def test_the_redis_cache_reads_keys_of_several_versions_in_one_round_trip(redis_cache):
    redis_cache.set("imp-settings-test", 7, 30)
    redis_cache.set("imp-settings-test-page", "the page of version 7", 30, version=7)
    redis_cache.set("imp-settings-test-page", "the page of version 6", 30, version=6)

    found = redis_cache.get_many_across_versions(
        [("imp-settings-test", None), ("imp-settings-test-page", 7), ("absent", 7)]
    )

    assert found == {
        ("imp-settings-test", None): 7,
        ("imp-settings-test-page", 7): "the page of version 7",
    }
    redis_cache.delete("imp-settings-test-page", version=7)
    redis_cache.delete("imp-settings-test-page", version=6)
