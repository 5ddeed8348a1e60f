"""Security headers on each kind of page, production cookies, and password-guessing limits."""

import re

import pytest
from django.test import Client, override_settings

from tests.conftest import page_url
from tests.projects.factories import make_project

pytestmark = pytest.mark.django_db

PAGE_KINDS = {
    "cms page": lambda: page_url("about", "fr"),
    "home page": lambda: page_url("home", "nl"),
    "projects list": lambda: "/en/projects/",
    "project page": lambda: make_project().get_absolute_url("en"),
    "not found": lambda: "/en/no-such-page/",
    "text size stylesheet": lambda: "/text-size.css",
}


def directive(policy, name):
    match = re.search(rf"(?:^|;)\s*{name} ([^;]*)", policy)
    return match.group(1).split() if match else None


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_visitors_get_a_strict_content_security_policy(client, kind):
    response = client.get(PAGE_KINDS[kind]())

    policy = response["Content-Security-Policy"]
    assert directive(policy, "script-src") == ["'self'"]
    assert directive(policy, "style-src") == ["'self'"]
    assert directive(policy, "object-src") == ["'none'"]
    assert directive(policy, "frame-ancestors") == ["'self'"]


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_every_kind_of_page_sends_the_hardening_headers(client, kind):
    response = client.get(PAGE_KINDS[kind]())

    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_a_page_served_again_from_the_page_cache_keeps_the_headers(client):
    url = page_url("about", "en")
    client.get(url)

    again = client.get(url)

    assert directive(again["Content-Security-Policy"], "script-src") == ["'self'"]
    assert "camera=()" in again["Permissions-Policy"]


def test_editors_get_what_the_cms_toolbar_needs(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("staff", is_staff=True))

    policy = client.get(page_url("about", "en"))["Content-Security-Policy"]

    assert "'unsafe-inline'" in directive(policy, "script-src")


@override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True)
def test_hsts_is_sent_over_https_only(client):
    url = page_url("home", "en")

    assert "max-age=31536000" in client.get(url, secure=True)["Strict-Transport-Security"]
    assert "Strict-Transport-Security" not in client.get(url)


def test_production_cookies_are_secure_and_hidden_from_scripts(client, django_user_model):
    django_user_model.objects.create_user(
        "cookie-editor", password="a-long-password-1", is_staff=True
    )

    login_page = client.get("/en/admin/login/", secure=True)
    logged_in = client.post(
        "/en/admin/login/",
        {"username": "cookie-editor", "password": "a-long-password-1", "next": "/en/admin/"},
        secure=True,
    )

    csrf_cookie = login_page.cookies["csrftoken"]
    session_cookie = logged_in.cookies["sessionid"]
    for cookie in (csrf_cookie, session_cookie):
        assert cookie["secure"] is True
        assert cookie["httponly"] is True


def login_attempt(client, username, password):
    return client.post(
        "/en/admin/login/",
        {"username": username, "password": password, "next": "/en/admin/"},
        REMOTE_ADDR="203.0.113.7",
    )


def test_admin_login_locks_out_after_five_wrong_passwords(client, django_user_model):
    django_user_model.objects.create_user("target", password="the-right-password-9", is_staff=True)
    for _ in range(5):
        login_attempt(client, "target", "wrong-guess")

    response = login_attempt(client, "target", "the-right-password-9")

    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_lockout_does_not_block_other_accounts(client, django_user_model):
    django_user_model.objects.create_user("other", password="other-password-77", is_staff=True)
    for _ in range(5):
        login_attempt(client, "target", "wrong-guess")

    response = login_attempt(client, "other", "other-password-77")

    assert response.status_code == 302


def test_admin_pages_get_the_editors_policy_and_no_other_address_does(client):
    admin_policy = client.get("/en/admin/login/")["Content-Security-Policy"]
    lookalike_policy = client.get("/en/projects/admin/")["Content-Security-Policy"]

    assert "'unsafe-inline'" in directive(admin_policy, "script-src")
    assert directive(lookalike_policy, "script-src") == ["'self'"]


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_a_forged_forwarded_for_does_not_escape_the_lockout(
    client, django_user_model
):
    django_user_model.objects.create_user("target", password="the-right-password-9", is_staff=True)

    def attempt(password, number):
        return client.post(
            "/en/admin/login/",
            {"username": "target", "password": password, "next": "/en/admin/"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{number}, 198.51.100.23",
        )

    for number in range(8):
        attempt("wrong-guess", number)

    assert attempt("the-right-password-9", 99).status_code == 429


@pytest.mark.parametrize(
    "client_of, url",
    [
        ("editor_client", lambda: page_url("about", "en")),
        ("editor_client", lambda: "/en/projects/"),
        ("member_client", lambda: page_url("home", "fr")),
        ("member_client", lambda: "/text-size.css"),
        ("staff_client", lambda: "/en/admin/"),
    ],
)
def test_nothing_shown_to_a_logged_in_person_may_be_stored(request, client_of, url):
    response = request.getfixturevalue(client_of).get(url())

    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control
    assert "public" not in cache_control


def test_visitors_pages_may_still_be_cached(client):
    response = client.get(page_url("about", "en"))

    assert "max-age=" in response["Cache-Control"]
    assert "no-store" not in response["Cache-Control"]


@pytest.mark.parametrize("url", [lambda: page_url("about", "en"), lambda: "/en/projects/"])
def test_trace_is_refused_and_options_sends_no_page(client, url):
    trace = client.generic("TRACE", url())
    options = client.options(url())

    assert trace.status_code == 405
    assert options.status_code == 204
    assert options.content == b""
    assert "GET" in options["Allow"]


@pytest.mark.parametrize("url", ["/text-size.css", "/text-size/?size=larger&next=/en/"])
def test_head_is_answered_like_get(client, url):
    assert client.head(url).status_code == client.get(url).status_code


@pytest.mark.parametrize(
    "language, heading",
    [("en", "The form could not be sent"), ("fr", "Le formulaire n'a pas pu être envoyé")],
)
def test_a_form_sent_without_its_token_gets_a_translated_explanation(language, heading):
    client = Client(enforce_csrf_checks=True)

    response = client.post(f"/{language}/admin/login/", {"username": "x", "password": "y"})

    html = response.content.decode()
    assert response.status_code == 403
    assert f"<h1>{heading}</h1>" in html
    assert f'<html lang="{language}">' in html


def test_a_login_that_names_another_site_lands_on_the_home_page(client, django_user_model):
    django_user_model.objects.create_user("lander", password="a-long-password-1", is_staff=True)

    response = client.post(
        "/en/admin/login/?next=https://evil.example/",
        {"username": "lander", "password": "a-long-password-1", "next": "https://evil.example/"},
    )

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.get("/", follow=True).status_code == 200
