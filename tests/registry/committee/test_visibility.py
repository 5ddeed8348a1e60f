"""The one rule of what the committee sees (RegistryEntry.objects.visible_to_committee()):
entries whose research-use consent is in force now. An entry whose participant withdraws,
never consented to research, or must consent again to a new version leaves the queue, the
entry page, the statistics and the export at once."""

import pytest

from registry.models import RegistryEntry
from registry.services import entry_save_section
from tests.registry.committee.helpers import (
    approve,
    committee_url,
    exported_pseudonyms,
    queue_text,
    statistics_total,
)
from tests.registry.conftest import ABOUT, registry_url
from tests.registry.factories import consent, make_participant, make_version

pytestmark = pytest.mark.django_db


def visible_everywhere(client, pseudonym):
    """Where the committee finds this pseudonym: each of its four ways to registry data."""
    return {
        "queue": any(pseudonym in queue_text(client, s) for s in ("pending", "approved")),
        "entry": client.get(committee_url("entry", pseudonym=pseudonym)).status_code == 200,
        "export": pseudonym in exported_pseudonyms(client),
    }


def test_an_approved_consented_entry_is_in_every_view(committee_client, patient):
    approve(patient)

    assert visible_everywhere(committee_client, patient.pseudonym) == {
        "queue": True,
        "entry": True,
        "export": True,
    }


def test_a_withdrawn_entry_leaves_every_view_at_once(committee_client, patient, patient_client):
    approve(patient)
    total_before = statistics_total(committee_client)

    response = patient_client.post(registry_url("withdraw", participant_id=patient.pk))

    assert response.status_code == 303
    assert visible_everywhere(committee_client, patient.pseudonym) == {
        "queue": False,
        "entry": False,
        "export": False,
    }
    assert statistics_total(committee_client) == total_before - 1


def test_an_entry_without_research_consent_is_never_seen(committee_client):
    participant = make_participant()
    consent(participant, research_use=False)
    entry_save_section(
        participant=participant, changed_by=participant.account, section="about", values=ABOUT
    )
    total = statistics_total(committee_client)

    assert visible_everywhere(committee_client, participant.pseudonym) == {
        "queue": False,
        "entry": False,
        "export": False,
    }
    assert RegistryEntry.objects.filter(participant=participant).exists()
    consent(participant, research_use=True)  # the same entry, once research is allowed
    assert statistics_total(committee_client) == total + 1


def test_an_entry_never_consented_is_never_seen(committee_client):
    participant = make_participant()

    assert not RegistryEntry.objects.visible_to_committee().filter(participant=participant)
    assert (
        committee_client.get(committee_url("entry", pseudonym=participant.pseudonym)).status_code
        == 404
    )


def test_a_version_requiring_consent_again_hides_the_entry_until_renewed(
    committee_client, patient, patient_client
):
    approve(patient)

    make_version(requires_reconsent=True)

    assert visible_everywhere(committee_client, patient.pseudonym) == {
        "queue": False,
        "entry": False,
        "export": False,
    }
    assert statistics_total(committee_client) == 0  # nobody has renewed yet
    consent(patient, research_use=True)
    assert visible_everywhere(committee_client, patient.pseudonym)["entry"]
    assert statistics_total(committee_client) == 1


def test_a_later_version_not_requiring_consent_again_changes_nothing(committee_client, patient):
    make_version(requires_reconsent=False)

    assert visible_everywhere(committee_client, patient.pseudonym)["entry"]


def test_consenting_again_after_withdrawing_brings_the_entry_back(committee_client, patient):
    from registry.services import consent_withdraw

    consent_withdraw(participant=patient, signed_by=patient.account, language="en")
    assert not visible_everywhere(committee_client, patient.pseudonym)["entry"]

    consent(patient, research_use=True)

    assert visible_everywhere(committee_client, patient.pseudonym)["entry"]


def test_the_rule_loads_no_identity_and_names_the_pseudonym(patient):
    entry = RegistryEntry.objects.visible_to_committee().get(participant=patient)

    assert entry.pseudonym == patient.pseudonym
    assert "patient_organisation_name" in entry.get_deferred_fields()


def test_a_decision_sent_after_the_participant_withdrew_is_refused(
    committee_client, patient, patient_client
):
    from registry.models import EntryReview

    committee_client.get(committee_url("entry", pseudonym=patient.pseudonym))  # form open
    patient_client.post(registry_url("withdraw", participant_id=patient.pk))

    response = committee_client.post(
        committee_url("entry", pseudonym=patient.pseudonym),
        {"decision": "approved", "reason": "Looked fine a minute ago."},
    )

    assert response.status_code == 404
    assert not EntryReview.objects.filter(participant=patient).exists()
