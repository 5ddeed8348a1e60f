"""The registry's two staff groups (made by the role_groups migration in every database) and
what their members see in the admin: a registry administrator manages consent versions and the
committee's accounts, never identities or participants' accounts; editors get no registry
admin at all."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from registry.models import CommitteeAccount
from registry.roles import (
    ADMINISTRATORS_GROUP,
    COMMITTEE_GROUP,
    is_committee_member,
    is_registry_administrator,
)
from tests.registry.factories import make_account, make_role_account

COMMITTEE_ACCOUNTS = "/en/admin/registry/committeeaccount/"


def test_the_committee_group_gives_the_committee_role_alone(db):
    account = make_account()
    account.groups.add(Group.objects.get(name=COMMITTEE_GROUP))
    account = get_user_model().objects.get(pk=account.pk)
    assert is_committee_member(account)
    assert not is_registry_administrator(account)
    assert not account.has_perm("registry.change_consentversion")


def test_the_administrators_group_manages_consent_versions_and_committee_accounts(db):
    account = make_account()
    account.groups.add(Group.objects.get(name=ADMINISTRATORS_GROUP))
    account = get_user_model().objects.get(pk=account.pk)
    assert is_registry_administrator(account)
    assert not is_committee_member(account)
    assert account.has_perms(["registry.change_consentversion", "registry.add_committeeaccount"])
    assert not account.has_perm("auth.view_user")
    assert not account.has_perm("auth.change_group")


def test_registry_administrator_opens_consent_versions(registry_administrator_client, published):
    page = registry_administrator_client.get("/en/admin/registry/consentversion/")
    assert page.status_code == 200
    assert "Consent version" in page.content.decode()


@pytest.mark.parametrize(
    "address",
    [
        "/en/admin/registry/identity/",
        "/en/admin/registry/participant/",
        "/en/admin/registry/registryentry/",
        "/en/admin/auth/user/",
    ],
)
def test_registry_administrator_cannot_open_identities_or_accounts(
    registry_administrator_client, patient, address
):
    response = registry_administrator_client.get(address)
    assert response.status_code in (403, 404)
    assert patient.account.email not in response.content.decode()
    assert patient.identity.full_name not in response.content.decode()


def test_committee_accounts_list_only_the_committee(
    registry_administrator_client, committee_member, patient
):
    page = registry_administrator_client.get(COMMITTEE_ACCOUNTS).content.decode()
    assert committee_member.email in page
    assert patient.account.email not in page


def test_registry_administrator_enrols_a_committee_member(registry_administrator_client):
    response = registry_administrator_client.post(
        f"{COMMITTEE_ACCOUNTS}add/",
        {"email": " New.Member@Example.org ", "first_name": "Nina", "last_name": "Member"},
    )
    assert response.status_code == 302
    account = CommitteeAccount.objects.get(email="new.member@example.org")
    assert is_committee_member(get_user_model().objects.get(pk=account.pk))
    assert not account.has_usable_password()
    assert EmailAddress.objects.filter(user=account, email=account.email, verified=True).exists()


def test_an_address_in_use_is_refused_without_saying_whose(registry_administrator_client, patient):
    response = registry_administrator_client.post(
        f"{COMMITTEE_ACCOUNTS}add/", {"email": patient.account.email.upper()}
    )
    assert "This address cannot be used for a committee account." in response.content.decode()
    assert not CommitteeAccount.objects.filter(email=patient.account.email).exists()


def test_removing_from_the_committee_keeps_the_account(
    registry_administrator_client, committee_member
):
    response = registry_administrator_client.post(
        COMMITTEE_ACCOUNTS,
        {"action": "remove_from_committee", "_selected_action": [committee_member.pk]},
        follow=True,
    )
    assert "1 account is no longer in the committee." in response.content.decode()
    account = get_user_model().objects.get(pk=committee_member.pk)
    assert not is_committee_member(account)


def test_committee_members_without_staff_status_get_no_admin(committee_client):
    response = committee_client.get("/en/admin/registry/consentversion/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/admin/login/")


@pytest.mark.parametrize(
    "address",
    ["/en/admin/registry/consentversion/", COMMITTEE_ACCOUNTS, "/en/admin/registry/"],
)
def test_editors_cannot_reach_the_registry_admin(editor_client, address):
    assert editor_client.get(address).status_code in (403, 404)


def test_the_registry_is_not_on_the_editors_admin_index(editor_client):
    page = editor_client.get("/en/admin/").content.decode()
    assert "/en/admin/registry/" not in page


def test_a_staff_committee_member_still_needs_the_code_for_the_admin(db):
    account = make_role_account(COMMITTEE_GROUP, "staff.member@example.org", is_staff=True)
    from django.test import Client

    client = Client()
    client.force_login(account)
    assert client.get("/en/admin/registry/").status_code == 302


@pytest.fixture
def published():
    from tests.registry.factories import make_version

    return make_version()


def test_a_superuser_in_the_committee_is_out_of_the_administrators_reach(
    registry_administrator_client, admin_user
):
    admin_user.groups.add(Group.objects.get(name=COMMITTEE_GROUP))
    page = registry_administrator_client.get(COMMITTEE_ACCOUNTS).content.decode()
    assert admin_user.email not in page
    response = registry_administrator_client.get(f"{COMMITTEE_ACCOUNTS}{admin_user.pk}/change/")
    assert response.status_code == 302  # the admin's "does not exist" redirect to the list
    assert admin_user.email not in response.content.decode()
