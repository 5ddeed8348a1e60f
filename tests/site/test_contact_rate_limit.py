"""One client address may send CONTACT_MESSAGES_PER_HOUR messages an hour; the next is refused
kindly, in the visitor's language, and other visitors are not held up. The count lives in the
Django cache, so every server process sees the same one."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.cache.backends import locmem
from django.test import RequestFactory, override_settings

from imp_site.models import ContactMessage
from imp_site.rate_limit import RateLimit
from tests.site.contact import A_MESSAGE, send, text_of

pytestmark = pytest.mark.django_db

LIMIT = 5
WAIT_A_WHILE = {
    "en": "You have already sent several messages in the last hour.",
    "fr": "Vous avez déjà envoyé plusieurs messages au cours de la dernière heure.",
    "nl": "U hebt het afgelopen uur al meerdere berichten gestuurd.",
}
ROOT = Path(__file__).resolve().parents[2]


def send_up_to_the_limit(client, **where_from):
    for number in range(LIMIT):
        response = send(client, subject=f"Message {number}", **where_from)
        assert response.status_code == 303


@override_settings(CONTACT_MESSAGES_PER_HOUR=LIMIT)
@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_after_the_hourly_limit_the_next_message_is_refused_with_a_kind_word(visitor, language):
    send_up_to_the_limit(visitor)

    response = send(visitor, language, subject="One too many")

    assert response.status_code == 429
    assert WAIT_A_WHILE[language] in text_of(response.content.decode())
    assert A_MESSAGE["message"] in response.content.decode()  # nothing they wrote is lost
    assert not ContactMessage.objects.filter(subject="One too many").exists()
    assert ContactMessage.objects.count() == LIMIT


@override_settings(CONTACT_MESSAGES_PER_HOUR=LIMIT)
def test_another_address_can_still_send_when_one_has_reached_the_limit(visitor):
    send_up_to_the_limit(visitor, address="198.51.100.7")

    response = send(visitor, address="203.0.113.9", subject="From elsewhere")

    assert response.status_code == 303
    assert ContactMessage.objects.filter(subject="From elsewhere").exists()


@override_settings(CONTACT_MESSAGES_PER_HOUR=LIMIT, TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_each_visitor_is_counted_by_their_own_address(visitor):
    # Every request comes from the proxy (127.0.0.1), which appends the client's address.
    send_up_to_the_limit(visitor, forwarded_for="198.51.100.7", address="127.0.0.1")

    another_visitor = send(
        visitor, forwarded_for="203.0.113.9", address="127.0.0.1", subject="Other"
    )
    forging_a_new_address = send(
        visitor,
        forwarded_for="192.0.2.1, 198.51.100.7",
        address="127.0.0.1",
        subject="Forged",
    )

    assert another_visitor.status_code == 303
    assert forging_a_new_address.status_code == 429
    assert not ContactMessage.objects.filter(subject="Forged").exists()


@override_settings(CONTACT_MESSAGES_PER_HOUR=LIMIT)
def test_corrections_of_mistakes_do_not_count_towards_the_limit(visitor):
    for _ in range(LIMIT + 2):
        send(visitor, email="not-an-address")

    response = send(visitor)

    assert response.status_code == 303


def request_from(address):
    return RequestFactory().post("/", REMOTE_ADDR=address)


def test_the_count_starts_again_after_the_period(monkeypatch):
    limit = RateLimit("test", limit=1, period_seconds=3600)
    now = 1_000_000.0
    monkeypatch.setattr(locmem.time, "time", lambda: now)
    assert limit.allows(request_from("198.51.100.7"))
    assert not limit.allows(request_from("198.51.100.7"))

    now += 3601

    assert limit.allows(request_from("198.51.100.7"))


def test_the_cache_holds_no_visitors_address():
    RateLimit("test", limit=1, period_seconds=3600).allows(request_from("198.51.100.7"))

    assert not any("198.51.100.7" in key for key in cache._cache)


COUNT_IN_ANOTHER_PROCESS = """
import sys
import django
django.setup()
from django.test import RequestFactory, override_settings
from imp_site.rate_limit import RateLimit
with override_settings(CACHES={"default": {
    "BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": sys.argv[1]}}):
    request = RequestFactory().post("/", REMOTE_ADDR="198.51.100.7")
    limit = RateLimit("shared", limit=2, period_seconds=3600)
    print(limit.allows(request), limit.allows(request))
"""


def twice_allowed_in_another_process(cache_folder):
    result = subprocess.run(  # noqa: S603 - our own code with fixed arguments
        [sys.executable, "-c", COUNT_IN_ANOTHER_PROCESS, str(cache_folder)],
        cwd=ROOT,
        env={"DJANGO_SETTINGS_MODULE": "tests.settings", "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split() == ["True", "True"]


def test_server_processes_sharing_a_cache_share_the_count(tmp_path):
    assert twice_allowed_in_another_process(tmp_path)

    with override_settings(
        CACHES={
            "default": {
                "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                "LOCATION": str(tmp_path),
            }
        }
    ):
        allowed_here = RateLimit("shared", limit=2, period_seconds=3600).allows(
            request_from("198.51.100.7")
        )

    assert not allowed_here
