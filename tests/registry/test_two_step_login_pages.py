"""allauth's two-step login pages in the registry's frame and words, in English, French and
Dutch, working without JavaScript: the key of the authenticator app is shown as text beside
the QR code, and the recovery codes as a list."""

import re

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.test import Client

from registry.demo_content import current_code, give_authenticator
from tests.conftest import LANGUAGES
from tests.registry.conftest import logged_in_through_the_form
from tests.registry.factories import PASSWORD, make_account
from tests.registry.test_pages import title_and_h1s

SETUP_HEADINGS = {
    "en": "Set up two-step login",
    "fr": "Activer la connexion en deux étapes",
    "nl": "Inloggen in twee stappen instellen",
}


def _in_the_sites_frame(response):
    page = response.content.decode()
    title, h1s = title_and_h1s(page)
    assert response.status_code == 200
    assert h1s == 1
    assert title.endswith("· International Mito Patients") and len(title) > 30
    assert 'class="site-header"' in page
    assert "<script" not in page.split('class="site-header"')[1].split("</main>")[0]
    return page


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_setup_page_shows_the_key_as_text_beside_the_qr_code(db, language):
    client = logged_in_through_the_form(make_account("someone@example.org"), language)

    page = _in_the_sites_frame(client.get(f"/{language}/accounts/2fa/totp/activate/"))

    secret = client.session["mfa.totp.secret"]
    assert f"<h1>{SETUP_HEADINGS[language]}</h1>" in page
    assert f'<code class="totp-secret">{secret}</code>' in page
    qr = re.search(
        r'<img class="registry-qr" src="data:image/svg\+xml;base64,[^"]+" alt="([^"]+)"', page
    )
    assert qr and len(qr.group(1)) > 20
    assert '<label for="registry-code">' in page or 'for="id_code"' in page


def test_a_participant_turns_two_step_login_on_and_logs_in_with_a_code(db):
    account = make_account("careful@example.org")
    client = logged_in_through_the_form(account)
    client.get("/en/accounts/2fa/totp/activate/")
    secret = client.session["mfa.totp.secret"]

    response = client.post("/en/accounts/2fa/totp/activate/", {"code": current_code(secret)})

    assert response["Location"] == "/en/accounts/2fa/recovery-codes/"
    page = client.get(response["Location"]).content.decode()
    assert "<h1>Recovery codes</h1>" in page
    codes = RecoveryCodes(Authenticator.objects.get(user=account, type="recovery_codes"))
    assert all(f"<code>{code}</code>" in page for code in codes.get_unused_codes())
    client.post("/en/accounts/logout/")
    response = client.post("/en/accounts/login/", {"login": account.email, "password": PASSWORD})
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    page = client.get(response["Location"]).content.decode()
    assert "<h1>Log in: code from your app</h1>" in page


def test_a_recovery_code_logs_in_instead_of_the_apps_code(db):
    account = make_account("lost.phone@example.org")
    give_authenticator(account)
    code = RecoveryCodes(Authenticator.objects.get(user=account, type="recovery_codes"))
    client = Client()
    client.post("/en/accounts/login/", {"login": account.email, "password": PASSWORD})
    response = client.post("/en/accounts/2fa/authenticate/", {"code": code.get_unused_codes()[0]})
    assert response.status_code == 302
    assert client.get("/en/registry/").wsgi_request.user == account


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "path",
    [
        "accounts/2fa/",
        "accounts/2fa/totp/deactivate/",
        "accounts/2fa/recovery-codes/",
        "accounts/2fa/recovery-codes/generate/",
        "accounts/2fa/reauthenticate/",
    ],
)
def test_each_two_step_login_page_is_in_the_sites_frame(committee_client, language, path):
    # Changing two-step login asks for the password again first (allauth).
    committee_client.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    _in_the_sites_frame(committee_client.get(f"/{language}/{path}"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_code_page_of_the_login_is_in_the_sites_frame(committee_member, client, language):
    client.post(
        f"/{language}/accounts/login/", {"login": committee_member.email, "password": PASSWORD}
    )
    page = _in_the_sites_frame(client.get(f"/{language}/accounts/2fa/authenticate/"))
    assert 'autocomplete="one-time-code"' in page


def test_the_committee_is_told_why_two_step_login_is_needed(committee_client, patient_client):
    needed = "you need two-step login to see registry data"
    assert needed in committee_client.get("/en/accounts/2fa/").content.decode()
    assert needed not in patient_client.get("/en/accounts/2fa/").content.decode()
