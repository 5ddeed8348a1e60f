"""Registry accounts (django-allauth): sign up with a confirmed e-mail address, log in by e-mail,
never learn from a message whether an address has an account; django-axes counts failed logins
under the e-mail address; the editors' admin login keeps working."""

import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from tests.registry.conftest import registry_url
from tests.registry.factories import PASSWORD, make_account

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "three small words 2026"


def sign_up(client, email, language="en"):
    return client.post(
        f"/{language}/accounts/signup/",
        {"email": email, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )


def log_in(client, login, password=PASSWORD, address="192.0.2.10"):
    return client.post(
        "/en/accounts/login/", {"login": login, "password": password}, REMOTE_ADDR=address
    )


def link_in(message):
    return re.search(r"https?://\S+", message.body).group(0)


def test_signing_up_sends_a_confirmation_link_built_from_the_site_address(client):
    response = sign_up(client, "new.member@example.org")

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new.member@example.org"]
    assert link_in(mail.outbox[0]).startswith("https://www.mitopatients.example/en/accounts/")


def test_the_confirmation_link_logs_in_and_leads_to_the_registry(client):
    sign_up(client, "new.member@example.org")
    path = link_in(mail.outbox[0]).removeprefix("https://www.mitopatients.example")

    shown = client.get(path)
    confirmed = client.post(path)

    assert "new.member@example.org" in shown.content.decode()
    assert confirmed.status_code == 302
    assert confirmed["Location"] == registry_url("dashboard")
    assert client.get(registry_url("dashboard")).wsgi_request.user.email == "new.member@example.org"


def test_signing_up_with_a_known_address_looks_the_same_and_tells_its_owner(client):
    make_account("known@example.org")
    users = get_user_model().objects.count()

    response = sign_up(client, "known@example.org")

    assert response["Location"] == "/en/accounts/confirm-email/"
    assert get_user_model().objects.count() == users
    assert mail.outbox[0].to == ["known@example.org"]
    assert "already" in mail.outbox[0].body


def test_a_wrong_password_and_an_unknown_address_get_the_same_message(client):
    make_account("known@example.org")

    wrong_password = log_in(client, "known@example.org", "not the password at all")
    unknown = log_in(Client(), "nobody@example.org", "not the password at all")

    assert wrong_password.status_code == unknown.status_code == 200
    assert wrong_password.context["form"].errors == unknown.context["form"].errors


def test_a_password_reset_for_an_unknown_address_looks_the_same(client):
    make_account("known@example.org")

    known = client.post("/en/accounts/password/reset/", {"email": "known@example.org"})
    unknown = Client().post("/en/accounts/password/reset/", {"email": "nobody@example.org"})

    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


def test_a_participant_lands_on_the_registry_page_after_logging_in(client):
    make_account("known@example.org")

    response = log_in(client, "known@example.org")

    assert response["Location"] == registry_url("dashboard")


def test_an_unconfirmed_address_cannot_log_in_and_is_sent_a_link(client):
    account = make_account("unconfirmed@example.org")
    account.emailaddress_set.update(verified=False)

    response = log_in(client, "unconfirmed@example.org")

    assert response["Location"] == "/en/accounts/confirm-email/"
    assert not client.get(registry_url("dashboard")).wsgi_request.user.is_authenticated


def test_five_wrong_passwords_for_an_address_lock_it_whatever_its_letter_case(client):
    make_account("known@example.org")
    for login in ["known@example.org", "Known@Example.org"] * 2:
        log_in(Client(), login, "wrong guess", address="203.0.113.7")

    fifth = log_in(Client(), "KNOWN@example.org", "wrong guess", address="203.0.113.7")
    log_in(client, "known@example.org", address="203.0.113.7")

    assert fifth.status_code == 429
    assert AccessAttempt.objects.get().username == "known@example.org"
    assert not client.get(registry_url("dashboard")).wsgi_request.user.is_authenticated


def test_the_editors_admin_login_still_works_by_username(client, editor):
    editor.set_password("a-long-editor-password")
    editor.save()

    response = client.post(
        "/en/admin/login/",
        {"username": "editor", "password": "a-long-editor-password", "next": "/en/admin/"},
    )

    assert response.status_code == 302
    assert response["Location"] == "/en/admin/"


def test_a_staff_account_cannot_join_the_registry(editor_client):
    response = editor_client.get(registry_url("join"))

    assert response.status_code == 403
    assert "Staff accounts cannot take part" in response.content.decode()


@pytest.mark.parametrize(
    "language, title", [("en", "Log in"), ("fr", "Se connecter"), ("nl", "Inloggen")]
)
def test_the_login_page_is_the_sites_own_in_each_language(client, language, title):
    page = client.get(f"/{language}/accounts/login/").content.decode()

    assert f"<title>{title} · International Mito Patients</title>" in page
    assert page.count("<h1") == 1
    assert 'class="site-header"' in page


@pytest.mark.parametrize(
    "language, message",
    [
        ("nl", "Dit wachtwoord is te kort. Het moet minstens 12 tekens bevatten."),
        ("fr", "Ce mot de passe est trop court. Il doit contenir au moins 12 caractères."),
    ],
)
def test_a_short_password_is_explained_in_the_readers_language(client, language, message):
    response = client.post(
        f"/{language}/accounts/signup/",
        {"email": "short@example.org", "password1": "kort", "password2": "kort"},
    )

    assert message in response.content.decode()
    assert not get_user_model().objects.filter(email="short@example.org").exists()
