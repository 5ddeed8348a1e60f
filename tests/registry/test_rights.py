"""The participant's rights: download everything held about them as JSON; erase the identity, the
entry and its history, leaving of the ledger only a marker; the account goes with its last
participant."""

import json

import pytest
from allauth.account.models import EmailAddress
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model

from registry.models import (
    AuditEvent,
    ConsentRecord,
    EntryChange,
    ErasureMarker,
    Identity,
    Participant,
    RegistryEntry,
)
from registry.services import entry_save_section
from tests.registry.conftest import ABOUT, logged_in_through_the_form, registry_url

pytestmark = pytest.mark.django_db


def download(client, participant):
    response = client.post(registry_url("download", participant_id=participant.pk))
    return response, json.loads(response.content)


def correct_year(participant, year):
    entry_save_section(
        participant=participant,
        changed_by=participant.account,
        section="about",
        values={**ABOUT, "year_of_birth": year},
    )


def test_the_download_holds_identity_entry_history_consents_and_events(patient_client, patient):
    correct_year(patient, 1990)

    response, data = download(patient_client, patient)

    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith('attachment; filename="imp-registry-')
    assert data["account"] == {"email": "patient@example.org"}
    assert data["participant"]["pseudonym"] == patient.pseudonym
    assert data["identity"]["full_name"] == "Alex Example"
    assert data["entry"]["year_of_birth"] == 1990
    assert data["entry"]["country"] == "BE"
    assert data["entry_history"][0]["previous_values"] == {"year_of_birth": 1984}
    assert [record["kind"] for record in data["consent_records"]] == ["consent"]
    assert data["consent_records"][0]["data_use_terms"] == ["HMB", "NCU"]
    assert "This is a demonstration text." in data["consent_texts"][0]["text"]
    assert {"role": "participant", "action": "data_downloaded"}.items() <= data["audit_events"][
        -1
    ].items()


def test_the_download_names_no_other_account(patient_client, patient):
    _response, data = download(patient_client, patient)

    assert "actor_id" not in json.dumps(data["audit_events"])


def test_erasure_asks_for_the_password_when_the_login_is_not_recent(patient_client, patient):
    response = patient_client.post(
        registry_url("erase", participant_id=patient.pk), {"confirm": "yes"}
    )

    assert response.status_code == 302
    assert "/accounts/reauthenticate/" in response["Location"]
    assert Participant.objects.filter(pk=patient.pk).exists()


def test_erasure_without_the_confirmation_box_erases_nothing(patient):
    client = logged_in_through_the_form(patient.account)

    response = client.post(registry_url("erase", participant_id=patient.pk), {})

    assert "Tick the box to confirm" in response.content.decode()
    assert Participant.objects.filter(pk=patient.pk).exists()


def test_erasure_deletes_identity_entry_history_and_reduces_the_ledger_to_a_marker(patient):
    correct_year(patient, 1990)
    entry = patient.entry
    client = logged_in_through_the_form(patient.account)

    response = client.post(registry_url("erase", participant_id=patient.pk), {"confirm": "yes"})

    assert response["Location"] == registry_url("erased")
    assert not Participant.objects.filter(pk=patient.pk).exists()
    assert not Identity.objects.filter(participant_id=patient.pk).exists()
    assert not RegistryEntry.objects.filter(pk=entry.pk).exists()
    assert not EntryChange.objects.filter(entry_id=entry.pk).exists()
    assert not ConsentRecord.objects.filter(participant_id=patient.pk).exists()
    marker = ErasureMarker.objects.get(pseudonym=patient.pseudonym)
    assert marker.consent_records_removed == 1


def test_erasure_deletes_the_account_left_without_participants_and_its_login_records(patient):
    account = patient.account
    AccessAttempt.objects.create(
        username="patient@example.org", ip_address="127.0.0.9", failures_since_start=2
    )
    client = logged_in_through_the_form(account)

    client.post(registry_url("erase", participant_id=patient.pk), {"confirm": "yes"})

    assert not get_user_model().objects.filter(pk=account.pk).exists()
    assert not EmailAddress.objects.filter(email="patient@example.org").exists()
    assert not AccessAttempt.objects.filter(username="patient@example.org").exists()
    assert not client.get(registry_url("dashboard")).wsgi_request.user.is_authenticated


def test_erasing_one_child_keeps_the_account_and_the_other_child(guardian, children):
    client = logged_in_through_the_form(guardian)

    client.post(registry_url("erase", participant_id=children[0].pk), {"confirm": "yes"})

    assert get_user_model().objects.filter(pk=guardian.pk).exists()
    assert list(Participant.objects.filter(account=guardian)) == [children[1]]
    assert client.get(registry_url("dashboard")).wsgi_request.user == guardian


def test_the_audit_log_outlives_the_erasure_without_any_value(patient):
    client = logged_in_through_the_form(patient.account)

    client.post(registry_url("erase", participant_id=patient.pk), {"confirm": "yes"})

    events = AuditEvent.objects.about(patient.pseudonym)
    assert list(events.values_list("action", flat=True))[0] == "erased"
    for event in events.values():
        # The time and the row and account numbers can hold "1984" by chance (a time's
        # microseconds did once); every other field must hold no value of the participant's.
        recorded = str({k: v for k, v in event.items() if k not in ("id", "at", "actor_id")})
        assert "1984" not in recorded
        assert "Alex Example" not in recorded


def test_an_account_without_participants_can_be_deleted(client):
    from tests.registry.factories import make_account

    account = make_account("lonely@example.org")
    client = logged_in_through_the_form(account)

    response = client.post(registry_url("delete_account"))

    assert response["Location"] == registry_url("erased")
    assert not get_user_model().objects.filter(pk=account.pk).exists()


def test_an_account_with_participants_is_not_deleted_by_the_account_page(patient):
    client = logged_in_through_the_form(patient.account)

    client.post(registry_url("delete_account"))

    assert get_user_model().objects.filter(pk=patient.account.pk).exists()
