"""The audit log records every change a participant makes and every look at an entry: who (by
account and role), which pseudonym, what, when; never a value."""

import logging
import re

import pytest

from registry.models import AuditEvent
from tests.registry.conftest import ABOUT, registry_url

pytestmark = pytest.mark.django_db


def actions_about(participant):
    return list(
        AuditEvent.objects.about(participant.pseudonym)
        .order_by("at", "pk")
        .values_list("action", flat=True)
    )


def test_registering_consenting_and_entering_are_recorded(patient):
    assert actions_about(patient) == ["registered", "consent_given", "entry_changed"]


def test_looking_at_the_entry_is_recorded_with_the_role(guardian_client, children):
    child = children[0]

    guardian_client.get(registry_url("participant", participant_id=child.pk))

    event = AuditEvent.objects.about(child.pseudonym).first()
    assert (event.action, event.actor_role, event.actor_id) == (
        "entry_viewed",
        "proxy",
        child.account.pk,
    )


@pytest.mark.parametrize(
    "name, kwargs, data, action",
    [
        ("section", {"section": "about"}, {**ABOUT, "year_of_birth": 1985}, "entry_changed"),
        ("identity", {}, {"full_name": "Alex Other"}, "identity_changed"),
        ("withdraw", {}, {}, "consent_withdrawn"),
        ("download", {}, {}, "data_downloaded"),
    ],
)
def test_each_change_and_the_download_are_recorded(
    patient_client, patient, name, kwargs, data, action
):
    patient_client.post(registry_url(name, participant_id=patient.pk, **kwargs), data)

    assert actions_about(patient)[-1] == action


def test_no_event_holds_a_value_of_the_entry_or_identity(patient_client, patient):
    patient_client.post(
        registry_url("section", participant_id=patient.pk, section="genetics"),
        {"gene": "POLG", "variant": "c.2243G>C"},
    )
    patient_client.post(
        registry_url("identity", participant_id=patient.pk), {"full_name": "Alex Other"}
    )

    # The texts of every event; the pseudonym column holds pseudonyms and nothing else (a
    # random code may hold "BE" by chance, as a time may hold "2243").
    events = AuditEvent.objects.values_list("actor_role", "action")
    stored = " ".join(str(row) for row in events)
    for value in ("POLG", "2243", "Alex", "1984", "BE", "Mitokids"):
        assert value not in stored
    pseudonyms = set(AuditEvent.objects.values_list("pseudonym", flat=True))
    assert all(re.fullmatch(r"(IMP-[0-9A-Z]{5}-[0-9A-Z]{5})?", p) for p in pseudonyms)


def test_the_participant_sees_who_did_what_on_the_history_page(patient_client, patient):
    page = patient_client.get(registry_url("history", "nl", participant_id=patient.pk))

    assert "Toestemming gegeven" in page.content.decode()


def test_nothing_a_participant_enters_reaches_the_logs(patient_client, patient, caplog):
    caplog.set_level(logging.DEBUG)

    patient_client.post(
        registry_url("section", participant_id=patient.pk, section="genetics"),
        {"gene": "MT-TL1", "variant": "m.3243A>G"},
    )
    patient_client.post(
        registry_url("section", participant_id=patient.pk, section="genetics"),
        {"gene": "POLG", "variant": "m.99999A>G"},
    )
    patient_client.post(registry_url("download", participant_id=patient.pk))

    for value in ("3243", "99999", "MT-TL1", "Mitokids", "Alex Example", "1984"):
        assert value not in caplog.text
