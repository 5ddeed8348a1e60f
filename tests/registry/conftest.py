"""The registry's cast, made fresh for each test through the registry's own services:
- `patient`: registered themselves, consented to everything but industry, entry begun;
- `other_patient`: another account, the same;
- `guardian`: a parent's account with two children registered, both consented;
- `committee_member`, `registry_administrator`: the two staff roles (registry/roles.py), each
  with an authenticator app; their clients logged in with password and code.
Their clients are logged in as their accounts."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from registry.roles import ADMINISTRATORS_GROUP, COMMITTEE_GROUP
from registry.services import entry_save_section
from registry.vocabularies import Capacity
from tests.registry.factories import (
    PASSWORD,
    consent,
    logged_in_with_second_factor,
    make_account,
    make_participant,
    make_role_account,
)

ABOUT = {
    "country": "BE",
    "year_of_birth": 1984,
    "sex": "female",
    "patient_organisation_member": "yes",
    "patient_organisation_name": "Mitokids",
}


def registry_url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(f"registry:{name}", kwargs=kwargs or None)


def logged_in(account):
    client = Client()
    client.force_login(account)
    return client


def logged_in_through_the_form(account, language="en"):
    """Logged in with the password, as a person does, and the password confirmed again just
    now, as erasure asks (allauth's reauthentication)."""
    client = Client()
    with translation.override(language):
        login_url, again_url = reverse("account_login"), reverse("account_reauthenticate")
    response = client.post(login_url, {"login": account.email, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[:2000]
    response = client.post(again_url, {"password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[:2000]
    return client


def _consented_with_entry(participant):
    consent(participant, research_use=True, recontact=True)
    entry_save_section(
        participant=participant, changed_by=participant.account, section="about", values=ABOUT
    )
    return participant


@pytest.fixture
def patient(db):
    return _consented_with_entry(make_participant(make_account("patient@example.org")))


@pytest.fixture
def patient_client(patient):
    return logged_in(patient.account)


@pytest.fixture
def other_patient(db):
    account = make_account("other.patient@example.org")
    return _consented_with_entry(make_participant(account, name="Other Person"))


@pytest.fixture
def other_client(other_patient):
    return logged_in(other_patient.account)


@pytest.fixture
def guardian(db):
    return make_account("parent@example.org")


@pytest.fixture
def children(guardian):
    return [
        _consented_with_entry(make_participant(guardian, capacity=Capacity.PARENT, name=name))
        for name in ("First Child", "Second Child")
    ]


@pytest.fixture
def guardian_client(guardian, children):
    return logged_in(guardian)


@pytest.fixture
def committee_member(db):
    return make_role_account(COMMITTEE_GROUP, "committee.member@example.org")


@pytest.fixture
def committee_client(committee_member):
    return logged_in_with_second_factor(committee_member)


@pytest.fixture
def registry_administrator(db):
    return make_role_account(ADMINISTRATORS_GROUP, "registry.admin@example.org", is_staff=True)


@pytest.fixture
def registry_administrator_client(registry_administrator):
    return logged_in_with_second_factor(registry_administrator)
