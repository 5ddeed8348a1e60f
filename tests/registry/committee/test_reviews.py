"""A committee member reviews an entry: a decision with its reason, kept with every earlier
one; the participant reads it on their page, with who (by role) looked at the entry and when,
and gets a mail in their language without health data. A missing reason changes nothing."""

import pytest
from django.core import mail

from registry.committee.notifications import tell_participant
from registry.models import AuditAction, AuditEvent, AuditRole, EntryReview
from registry.services import participant_erase
from tests.registry.committee.helpers import committee_url, queue_text
from tests.registry.conftest import logged_in, registry_url
from tests.registry.factories import consent, make_participant

pytestmark = pytest.mark.django_db

REASON = "Please add the age at diagnosis."


def review(client, participant, decision="needs_information", reason=REASON):
    return client.post(
        committee_url("entry", pseudonym=participant.pseudonym),
        {"decision": decision, "reason": reason},
    )


def test_the_entry_page_shows_the_answers_by_pseudonym(committee_client, patient):
    response = committee_client.get(committee_url("entry", pseudonym=patient.pseudonym))

    page = response.content.decode()
    assert f"Entry {patient.pseudonym}</h1>" in page
    assert "Belgium" in page and "1984" in page
    assert "Not reviewed yet." in page


def test_a_decision_is_stored_audited_and_mailed(
    committee_client, committee_member, patient, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = review(committee_client, patient)

    assert response.status_code == 303
    stored = EntryReview.objects.get(participant=patient)
    assert (stored.decision, stored.reason, stored.reviewer_id) == (
        "needs_information",
        REASON,
        committee_member.pk,
    )
    event = AuditEvent.objects.about(patient.pseudonym).first()
    assert (event.actor_role, event.action) == (
        AuditRole.COMMITTEE,
        AuditAction.INFORMATION_REQUESTED,
    )
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["patient@example.org"]


@pytest.mark.parametrize("reason", ["", "   \n  "])
def test_a_decision_without_reason_is_sent_back_with_a_translated_error(
    committee_client, patient, reason
):
    for language, error in [
        ("en", "Please give the reason for this decision."),
        ("fr", "Veuillez indiquer la raison de cette décision."),
        ("nl", "Geef de reden van deze beslissing."),
    ]:
        response = committee_client.post(
            committee_url("entry", language=language, pseudonym=patient.pseudonym),
            {"decision": "rejected", "reason": reason},
        )

        assert response.status_code == 200
        assert error in response.content.decode()
    assert not EntryReview.objects.filter(participant=patient).exists()


def test_a_decision_must_be_one_of_the_three(committee_client, patient):
    response = review(committee_client, patient, decision="deleted")

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not EntryReview.objects.filter(participant=patient).exists()


def test_a_new_decision_adds_to_the_earlier_ones(committee_client, patient):
    review(committee_client, patient)
    review(committee_client, patient, decision="approved", reason="Complete now.")

    assert list(
        EntryReview.objects.filter(participant=patient).values_list("decision", flat=True)
    ) == [
        "approved",
        "needs_information",
    ]
    assert patient.pseudonym in queue_text(committee_client, "approved")
    assert patient.pseudonym not in queue_text(committee_client, "needs_information")


def test_the_queue_lists_unreviewed_entries_by_pseudonym(committee_client, patient):
    page = queue_text(committee_client, "pending")

    assert patient.pseudonym in page
    review(committee_client, patient)
    assert patient.pseudonym not in queue_text(committee_client, "pending")
    assert patient.pseudonym in queue_text(committee_client, "needs_information")


def test_the_participant_reads_the_decision_and_who_looked(
    committee_client, patient, patient_client
):
    committee_client.get(committee_url("entry", pseudonym=patient.pseudonym))
    review(committee_client, patient, decision="rejected", reason="Duplicate of another entry.")

    page = patient_client.get(
        registry_url("participant", participant_id=patient.pk)
    ).content.decode()

    assert "Rejected, on" in page
    assert "Duplicate of another entry." in page
    assert "A member of the steering committee" in page
    assert "Looked at the entry" in page and "Rejected the entry" in page
    assert "committee.member@example.org" not in page


def test_a_proxy_reads_the_decision_on_the_childs_page(committee_client, children, guardian_client):
    review(committee_client, children[0], decision="approved", reason="Thank you.")

    first = guardian_client.get(registry_url("participant", participant_id=children[0].pk))
    second = guardian_client.get(registry_url("participant", participant_id=children[1].pk))

    assert "Approved, on" in first.content.decode()
    assert "Not reviewed yet." in second.content.decode()


def test_the_mail_is_in_the_participants_language_and_holds_no_health_data(committee_member):
    participant = make_participant(name="Zoé Martin")
    consent(participant, research_use=True, language="fr")
    review_row = EntryReview.objects.create(
        participant=participant, decision="needs_information", reason="Âge au diagnostic ?"
    )

    assert tell_participant(review_row.pk)

    message = mail.outbox[0]
    assert "comité de pilotage" in message.subject
    assert "Plus d’informations nécessaires" in message.body
    assert "Âge au diagnostic" not in message.body  # the reason stays on the page
    assert "Zoé" not in message.body
    assert registry_url("participant", participant_id=participant.pk, language="fr") in message.body


def test_a_mail_server_down_loses_no_review(
    committee_client, patient, settings, caplog, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.registry.committee.failing_mail.Backend"

    with django_capture_on_commit_callbacks(execute=True):
        response = review(committee_client, patient)

    assert response.status_code == 303
    assert EntryReview.objects.filter(participant=patient).count() == 1
    assert "could not be sent" in caplog.text
    assert "patient@example.org" not in caplog.text and REASON not in caplog.text


def test_the_mail_goes_to_the_contact_address_when_given(patient):
    patient.identity.contact_email = "elsewhere@example.org"
    patient.identity.save()
    row = EntryReview.objects.create(participant=patient, decision="approved", reason="Fine.")

    tell_participant(row.pk)

    assert mail.outbox[0].to == ["elsewhere@example.org"]


def test_an_erasure_takes_the_reviews_with_it(committee_client, patient):
    review(committee_client, patient)

    participant_erase(participant=patient, requested_by=patient.account)

    assert not EntryReview.objects.filter(participant=patient).exists()


def test_reviews_are_append_only(committee_client, patient):
    from registry.append_only import ImmutableRecordError

    review(committee_client, patient)
    stored = EntryReview.objects.get(participant=patient)

    with pytest.raises(ImmutableRecordError):
        stored.save()
    with pytest.raises(ImmutableRecordError):
        EntryReview.objects.update(reason="changed")
    with pytest.raises(ImmutableRecordError):
        stored.delete()


def test_a_page_of_another_participant_does_not_show_this_review(
    committee_client, patient, other_client, other_patient
):
    review(committee_client, patient, reason="Only for the first.")

    page = other_client.get(registry_url("participant", participant_id=other_patient.pk))

    assert "Only for the first." not in page.content.decode()
    assert logged_in  # the cast's clients are logged in as their own accounts


def test_the_participants_download_holds_the_reviews(committee_client, patient, patient_client):
    import json

    review(committee_client, patient)

    response = patient_client.post(registry_url("download", participant_id=patient.pk))

    data = json.loads(response.content)
    assert [(r["decision"], r["reason"]) for r in data["committee_reviews"]] == [
        ("needs_information", REASON)
    ]
    assert "reviewer" not in json.dumps(data["committee_reviews"])
