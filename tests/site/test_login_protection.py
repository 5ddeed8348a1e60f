"""Password guessing is limited per account and address, per address and per account; staff
logins end after a working day; admin passwords are long."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client

pytestmark = pytest.mark.django_db

RIGHT_PASSWORD = "the-right-password-9"


@pytest.fixture
def target(django_user_model):
    return django_user_model.objects.create_user("target", password=RIGHT_PASSWORD, is_staff=True)


def login(username, password, address):
    return Client().post(
        "/en/admin/login/",
        {"username": username, "password": password, "next": "/en/admin/"},
        REMOTE_ADDR=address,
    )


def test_one_address_trying_many_usernames_is_locked_out(target):
    for number in range(20):
        login(f"someone-{number}", "wrong-guess", "203.0.113.7")

    assert login("target", RIGHT_PASSWORD, "203.0.113.7").status_code == 429
    assert login("target", RIGHT_PASSWORD, "198.51.100.4").status_code == 302


def test_fewer_wrong_usernames_from_one_address_lock_nothing(target):
    for number in range(4):
        login(f"someone-{number}", "wrong-guess", "203.0.113.7")

    assert login("target", RIGHT_PASSWORD, "203.0.113.7").status_code == 302


def test_one_username_tried_from_many_addresses_is_locked_out(target):
    for number in range(10):
        login("target", "wrong-guess", f"203.0.113.{number}")

    assert login("target", RIGHT_PASSWORD, "198.51.100.4").status_code == 429


def test_a_stranger_locks_a_known_user_out_for_a_quarter_of_an_hour_only(target):
    for number in range(10):
        login("target", "wrong-guess", f"203.0.113.{number}")
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.first().attempt_time - timedelta(minutes=16)
    )

    assert login("target", RIGHT_PASSWORD, "198.51.100.4").status_code == 302


def test_one_address_guessing_one_username_stays_locked_for_half_an_hour(target):
    for _ in range(5):
        login("target", "wrong-guess", "203.0.113.7")
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.first().attempt_time - timedelta(minutes=16)
    )

    assert login("target", RIGHT_PASSWORD, "203.0.113.7").status_code == 429


def test_a_password_shorter_than_twelve_characters_is_refused(target):
    with pytest.raises(ValidationError) as refused:
        validate_password("mito-2026ab", user=target)

    assert "at least 12 characters" in " ".join(refused.value.messages)
    validate_password("mito-2026abc", user=target)


def test_a_staff_login_lasts_a_working_day(target):
    client = Client()
    client.post("/en/admin/login/", {"username": "target", "password": RIGHT_PASSWORD})

    assert client.session.get_expiry_age() == 9 * 60 * 60


def test_a_members_login_keeps_the_usual_length(member):
    client = Client()
    client.force_login(member)

    assert client.session.get_expiry_age() == 14 * 24 * 60 * 60
