"""Every registry address, for each role: a visitor is sent to log in; an account reaches the
participants it manages and nobody else's, whatever id it puts in an address; nothing changes
when it tries."""

import pytest
from django.utils import translation

from registry.models import AuditEvent, ConsentRecord, EntryChange, Identity, RegistryEntry
from tests.registry.conftest import ABOUT, registry_url

pytestmark = pytest.mark.django_db

# Every address that names a participant, with the methods it answers.
PARTICIPANT_PAGES = [
    ("participant", {}),
    ("consent", {}),
    ("withdraw", {}),
    ("section", {"section": "about"}),
    ("identity", {}),
    ("history", {}),
    ("erase", {}),
]
PARTICIPANT_POSTS = [
    ("consent", {}, {"registry_participation": "on", "research_use": "on", "text_sha256": "x"}),
    ("withdraw", {}, {}),
    ("section", {"section": "about"}, {**ABOUT, "year_of_birth": 1950}),
    ("identity", {}, {"full_name": "Changed by someone else"}),
    ("download", {}, {}),
    ("erase", {}, {"confirm": "yes"}),
]


def login_path(language="en"):
    with translation.override(language):
        from django.urls import reverse

        return reverse("account_login")


def snapshot():
    """What a refused request must leave as it was."""
    return (
        ConsentRecord.objects.count(),
        EntryChange.objects.count(),
        sorted(RegistryEntry.objects.values_list("year_of_birth", flat=True), key=str),
        sorted(Identity.objects.values_list("full_name", flat=True)),
    )


@pytest.mark.parametrize("name, kwargs", PARTICIPANT_PAGES)
def test_a_visitor_is_sent_to_log_in(client, patient, name, kwargs):
    url = registry_url(name, participant_id=patient.pk, **kwargs)

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(login_path() + "?next=")


@pytest.mark.parametrize("name, kwargs, data", PARTICIPANT_POSTS)
def test_a_visitor_posting_is_sent_to_log_in_and_nothing_changes(
    client, patient, name, kwargs, data
):
    before = snapshot()

    response = client.post(registry_url(name, participant_id=patient.pk, **kwargs), data)

    assert response.status_code == 302
    assert response["Location"].startswith(login_path())
    assert snapshot() == before


@pytest.mark.parametrize("name", ["join", "delete_account"])
def test_a_visitor_is_sent_to_log_in_from_the_account_pages(client, name):
    response = client.get(registry_url(name))

    assert response.status_code == 302
    assert response["Location"].startswith(login_path())


@pytest.mark.parametrize("name, kwargs", PARTICIPANT_PAGES)
def test_a_participant_reaches_their_own_pages(patient_client, patient, name, kwargs):
    response = patient_client.get(registry_url(name, participant_id=patient.pk, **kwargs))

    assert response.status_code == 200


@pytest.mark.parametrize("name, kwargs", PARTICIPANT_PAGES)
def test_another_participant_finds_nothing_at_the_address(other_client, patient, name, kwargs):
    response = other_client.get(registry_url(name, participant_id=patient.pk, **kwargs))

    assert response.status_code == 404
    assert "Alex Example" not in response.content.decode()


@pytest.mark.parametrize("name, kwargs, data", PARTICIPANT_POSTS)
def test_another_participant_changes_nothing_with_a_post(other_client, patient, name, kwargs, data):
    before = snapshot()
    events = AuditEvent.objects.about(patient.pseudonym).count()

    response = other_client.post(registry_url(name, participant_id=patient.pk, **kwargs), data)

    assert response.status_code == 404
    assert snapshot() == before
    assert AuditEvent.objects.about(patient.pseudonym).count() == events


@pytest.mark.parametrize("name, kwargs", PARTICIPANT_PAGES)
def test_a_parent_reaches_the_pages_of_each_child(guardian_client, children, name, kwargs):
    for child in children:
        response = guardian_client.get(registry_url(name, participant_id=child.pk, **kwargs))

        assert response.status_code == 200


@pytest.mark.parametrize("name, kwargs", PARTICIPANT_PAGES)
def test_a_parent_finds_nothing_at_another_participant_address(
    guardian_client, patient, name, kwargs
):
    response = guardian_client.get(registry_url(name, participant_id=patient.pk, **kwargs))

    assert response.status_code == 404


def test_a_participant_finds_nothing_at_a_child_address(patient_client, children):
    response = patient_client.get(registry_url("participant", participant_id=children[0].pk))

    assert response.status_code == 404


def test_an_id_that_belongs_to_nobody_is_not_found(patient_client):
    response = patient_client.get(registry_url("participant", participant_id=999999))

    assert response.status_code == 404


def test_the_registry_page_lists_only_the_people_of_the_account(guardian_client, patient):
    page = guardian_client.get(registry_url("dashboard")).content.decode()

    assert "First Child" in page
    assert "Second Child" in page
    assert "Alex Example" not in page


def test_a_download_is_only_by_post(patient_client, patient):
    response = patient_client.get(registry_url("download", participant_id=patient.pk))

    assert response.status_code == 405


def test_registry_pages_are_never_stored_by_browsers_or_proxies(patient_client, patient):
    response = patient_client.get(registry_url("participant", participant_id=patient.pk))

    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_the_registry_page_of_a_visitor_is_not_stored_either(client):
    response = client.get(registry_url("dashboard"))

    assert "no-store" in response["Cache-Control"]


def test_a_participant_registers_someone_else_but_not_themselves_twice(patient_client):
    page = patient_client.get(registry_url("join")).content.decode()

    assert 'value="parent"' in page
    assert 'value="self"' not in page


def test_a_parent_may_still_register_themselves(guardian_client):
    page = guardian_client.get(registry_url("join")).content.decode()

    assert 'value="self"' in page


def test_an_account_with_participants_is_sent_back_from_the_deletion_page(patient_client):
    response = patient_client.get(registry_url("delete_account"))

    assert response.status_code == 303
    assert response["Location"] == registry_url("dashboard")


def test_the_erased_page_is_for_anyone(client):
    assert client.get(registry_url("erased")).status_code == 200
