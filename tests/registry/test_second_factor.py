"""Committee members and registry administrators reach registry data only after a second factor
in this session (registry/second_factor.py), whichever way they logged in: the admin's login
form, which asks for no code, cannot be used to skip it."""

import pytest
from django.test import Client
from django.urls import ResolverMatch, reverse

from registry.demo_content import current_code
from registry.roles import ADMINISTRATORS_GROUP, COMMITTEE_GROUP
from registry.second_factor import (
    DESTINATION_SESSION_KEY,
    pending_destination,
    second_factor_redirect,
    shows_registry_data,
)
from tests.registry.factories import PASSWORD, make_role_account

CONSENT_VERSIONS = "/en/admin/registry/consentversion/"
CODE_URL = "/en/accounts/2fa/reauthenticate/"
SETUP_URL = "/en/accounts/2fa/totp/activate/"


def _logged_in_through_the_admin(account):
    client = Client()
    response = client.post(
        "/en/admin/login/",
        {"username": account.username, "password": PASSWORD, "next": "/en/admin/"},
    )
    assert response.status_code == 302 and response["Location"] == "/en/admin/"
    return client


@pytest.fixture
def administrator_without_authenticator(db):
    return make_role_account(
        ADMINISTRATORS_GROUP, "new.admin@example.org", is_staff=True, with_authenticator=False
    )


def test_administrator_without_authenticator_is_sent_to_set_one_up(
    administrator_without_authenticator,
):
    client = _logged_in_through_the_admin(administrator_without_authenticator)
    response = client.get(CONSENT_VERSIONS)
    assert response.status_code == 302
    assert response["Location"] == SETUP_URL


def test_setting_up_the_authenticator_leads_back_to_the_page_asked_for(
    administrator_without_authenticator,
):
    client = _logged_in_through_the_admin(administrator_without_authenticator)
    client.get(CONSENT_VERSIONS)
    # allauth asks for the password again before an authenticator is added.
    response = client.post(
        f"/en/accounts/reauthenticate/?next={SETUP_URL}", {"password": PASSWORD}, follow=True
    )
    page = response.content.decode()
    assert "<h1>Set up two-step login</h1>" in page
    secret = client.session["mfa.totp.secret"]
    assert secret in page  # typed by hand into an app that cannot scan the picture

    response = client.post(SETUP_URL, {"code": current_code(secret)}, follow=True)

    page = response.content.decode()
    assert "Recovery codes" in page
    assert f'href="{CONSENT_VERSIONS}"' in page
    # Setting the app up proves nothing about this login yet: one code, then the page.
    response = client.get(CONSENT_VERSIONS)
    assert response["Location"].startswith(CODE_URL)
    response = client.post(response["Location"], {"code": current_code(secret)}, follow=True)
    assert "Select consent version to change" in response.content.decode()


def test_password_only_session_with_an_authenticator_is_sent_to_confirm_with_a_code(
    registry_administrator,
):
    client = _logged_in_through_the_admin(registry_administrator)
    response = client.get(CONSENT_VERSIONS)
    assert response.status_code == 302
    assert response["Location"] == f"{CODE_URL}?next=%2Fen%2Fadmin%2Fregistry%2Fconsentversion%2F"


def test_after_a_code_the_administrator_reaches_the_page(registry_administrator):
    client = _logged_in_through_the_admin(registry_administrator)
    code = current_code(registry_administrator.totp_secret)

    response = client.post(f"{CODE_URL}?next={CONSENT_VERSIONS}", {"code": code}, follow=True)

    assert response.redirect_chain[-1][0] == CONSENT_VERSIONS
    assert "Select consent version to change" in response.content.decode()


def test_a_wrong_code_leaves_the_page_closed(registry_administrator):
    client = _logged_in_through_the_admin(registry_administrator)
    response = client.post(f"{CODE_URL}?next={CONSENT_VERSIONS}", {"code": "000000"})
    assert response.status_code == 200
    assert "Incorrect code." in response.content.decode()
    assert client.get(CONSENT_VERSIONS).status_code == 302


def test_login_with_password_and_code_reaches_registry_admin(registry_administrator_client):
    response = registry_administrator_client.get(CONSENT_VERSIONS)
    assert response.status_code == 200
    assert "Select consent version to change" in response.content.decode()


def test_the_registry_app_index_of_the_admin_is_guarded_too(registry_administrator):
    client = _logged_in_through_the_admin(registry_administrator)
    assert client.get("/en/admin/registry/").status_code == 302
    assert client.get("/en/admin/autocomplete/?app_label=registry").status_code == 302


def test_the_rest_of_the_admin_is_open_without_a_code(registry_administrator):
    client = _logged_in_through_the_admin(registry_administrator)
    assert client.get("/en/admin/").status_code == 200


def test_a_superuser_is_held_to_it_as_well(admin_user):
    client = Client()
    client.force_login(admin_user)
    assert client.get(CONSENT_VERSIONS)["Location"] == SETUP_URL


def test_editors_are_not_asked_for_a_second_factor_and_still_get_no_registry_admin(
    editor_client,
):
    assert editor_client.get(CONSENT_VERSIONS).status_code == 403


def test_participants_are_not_asked_for_a_second_factor(patient_client):
    assert patient_client.get(reverse("registry:dashboard")).status_code == 200


def test_committee_member_without_code_is_sent_to_confirm_with_one(db):
    member = make_role_account(COMMITTEE_GROUP, "member@example.org")
    client = Client()
    client.force_login(member)
    request = client.get("/en/").wsgi_request
    response = second_factor_redirect(request)
    assert response is not None and response["Location"] == f"{CODE_URL}?next=%2Fen%2F"


def test_committee_member_after_a_code_may_go_on(committee_client):
    request = committee_client.get("/en/").wsgi_request
    assert second_factor_redirect(request) is None


@pytest.mark.parametrize(
    ("namespaces", "url_name", "kwargs", "guarded"),
    [
        (["registry"], "committee_queue", {}, True),
        (["registry"], "committee", {}, True),
        (["registry"], "dashboard", {}, False),
        (["registry"], "participant", {"participant_id": 1}, False),
        (["admin"], "registry_consentversion_change", {"object_id": "1"}, True),
        (["admin"], "registry_committeeaccount_changelist", {}, True),
        (["admin"], "app_list", {"app_label": "registry"}, True),
        (["admin"], "app_list", {"app_label": "drugs"}, False),
        (["admin"], "drugs_revision_changelist", {}, False),
        (["admin"], "index", {}, False),
        ([], "site_search", {}, False),
    ],
)
def test_which_addresses_hold_registry_data(rf, namespaces, url_name, kwargs, guarded):
    match = ResolverMatch(
        lambda r: None, (), kwargs, url_name=url_name, app_names=namespaces, namespaces=namespaces
    )
    assert shows_registry_data(match, rf.get("/")) is guarded


# The committee's own pages (registry/committee/views.py), reached as a person reaches them.


def test_committee_member_without_authenticator_is_sent_from_the_queue_to_set_one_up(db):
    member = make_role_account(COMMITTEE_GROUP, "fresh@example.org", with_authenticator=False)
    client = Client()
    client.force_login(member)
    queue = reverse("registry:committee_queue")

    response = client.get(queue)

    assert response["Location"] == SETUP_URL
    assert client.session[DESTINATION_SESSION_KEY] == queue


def test_committee_member_without_a_code_is_sent_from_the_queue_to_confirm(committee_member):
    client = Client()
    client.force_login(committee_member)  # a session that used no second factor
    queue = reverse("registry:committee_queue")
    for address in (queue, reverse("registry:committee_statistics")):
        response = client.get(address)
        assert response["Location"].startswith(f"{CODE_URL}?next=")

    response = client.post(
        f"{CODE_URL}?next={queue}", {"code": current_code(committee_member.totp_secret)}
    )

    assert response["Location"] == queue
    page = client.get(queue)
    assert page.status_code == 200
    assert "<h1>" in page.content.decode()


def test_the_export_cannot_be_posted_without_a_code(committee_member, patient):
    client = Client()
    client.force_login(committee_member)
    response = client.post(reverse("registry:committee_export"), {})
    assert response.status_code == 302
    assert response["Location"].startswith(CODE_URL)


def test_committee_member_logged_in_with_a_code_reaches_the_queue(committee_client):
    assert committee_client.get(reverse("registry:committee_queue")).status_code == 200


def test_the_check_costs_no_query_once_the_session_used_a_code(committee_client, settings):
    """The role's permissions are read once per request anyway (the view checks them too), and
    the session holds the record of the code: with or without the middleware, the same queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    queue = reverse("registry:committee_queue")
    committee_client.get(queue)
    with CaptureQueriesContext(connection) as guarded:
        assert committee_client.get(queue).status_code == 200
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if "second_factor" not in m]
    with CaptureQueriesContext(connection) as unguarded:
        assert committee_client.get(queue).status_code == 200

    assert len(guarded) == len(unguarded)


@pytest.mark.parametrize(
    ("stored", "offered"),
    [
        ("/en/registry/committee/", "/en/registry/committee/"),
        ("https://elsewhere.example/", ""),
        ("//elsewhere.example/", ""),
        ("", ""),
    ],
)
def test_only_a_page_of_this_site_is_offered_after_set_up(rf, stored, offered):
    request = rf.get("/")
    request.session = {DESTINATION_SESSION_KEY: stored}
    assert pending_destination(request) == offered
