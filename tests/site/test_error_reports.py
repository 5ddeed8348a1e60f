"""A server error reaches someone, with its traceback, and without what the visitor sent."""

import io
import logging

import pytest
from django.core import mail
from django.test import Client, override_settings
from django.urls import path

from imp_site.error_pages import server_error
from imp_site.urls import urlpatterns as site_urlpatterns


def fail_with_a_secret(request):
    diagnosis = "MELAS, m.3243A>G"  # a local variable holding health data  # noqa: F841
    raise RuntimeError("something broke")


urlpatterns = [path("en/fails/", fail_with_a_secret), *site_urlpatterns]


@pytest.fixture
def failing_client():
    return Client(raise_request_exception=False)


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__, ADMINS=[("Webmaster", "webmaster@example.org")])
def test_a_server_error_is_mailed_to_the_admins_without_what_was_sent(failing_client):
    failing_client.cookies["sessionid"] = "secret-session-value"

    response = failing_client.post("/en/fails/", {"symptoms": "seizures since May"})

    assert response.status_code == 500
    assert len(mail.outbox) == 1
    report = mail.outbox[0].body + "".join(str(a) for a in mail.outbox[0].attachments)
    assert "RuntimeError at /en/fails/" in report and "something broke" in report
    assert "fail_with_a_secret" in report  # the traceback
    for secret in ("seizures since May", "secret-session-value", "m.3243A>G"):
        assert secret not in report


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__)
def test_a_server_error_is_written_to_the_servers_log_with_its_traceback(failing_client):
    console = next(
        handler
        for handler in logging.getLogger("django.request").handlers
        if type(handler) is logging.StreamHandler
    )
    written = io.StringIO()
    original_stream = console.setStream(written)
    try:
        failing_client.get("/en/fails/")
    finally:
        console.setStream(original_stream)

    assert "Internal Server Error: /en/fails/" in written.getvalue()
    assert "Traceback (most recent call last)" in written.getvalue()
    assert "RuntimeError: something broke" in written.getvalue()


@override_settings(ADMINS=[("Webmaster", "webmaster@example.org")])
def test_the_error_page_says_we_were_told_when_someone_is(rf):
    html = server_error(rf.get("/en/")).content.decode()

    assert "We have been told about it." in html


@override_settings(ADMINS=[])
def test_the_error_page_does_not_claim_anyone_was_told_when_nobody_is(rf):
    html = server_error(rf.get("/en/")).content.decode()

    assert "We have been told" not in html
    assert "Please try again in a few minutes." in html
