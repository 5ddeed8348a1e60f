"""Consenting, changing one's answers and withdrawing, through the pages: each adds a record to
the ledger with what was shown; bad answers change nothing; no data before consent, nor after a
version requiring consent again, until the participant answers."""

import pytest

from registry.consent import current_consent
from registry.consent_text import text_sha256
from registry.models import ConsentRecord, ConsentVersion, RegistryEntry
from tests.registry.conftest import ABOUT, logged_in, registry_url
from tests.registry.factories import make_account, make_participant, make_version

pytestmark = pytest.mark.django_db


@pytest.fixture
def newcomer():
    return make_participant(make_account("new@example.org"), name="New Person")


@pytest.fixture
def newcomer_client(newcomer):
    return logged_in(newcomer.account)


def shown_hash(client, participant, language="en"):
    page = client.get(registry_url("consent", language, participant_id=participant.pk))
    return page.context["form"].initial["text_sha256"]


def answers(client, participant, language="en", **purposes):
    data = {
        "registry_participation": "on",
        "text_sha256": shown_hash(client, participant, language),
    }
    data.update({name: "on" for name, given in purposes.items() if given})
    return data


def test_consenting_records_who_what_and_the_text_shown(newcomer_client, newcomer):
    url = registry_url("consent", "fr", participant_id=newcomer.pk)

    response = newcomer_client.post(
        url, answers(newcomer_client, newcomer, "fr", research_use=True)
    )

    record = ConsentRecord.objects.get(participant=newcomer)
    version = ConsentVersion.objects.current()
    assert response.status_code == 303
    assert record.kind == "consent"
    assert record.signed_by == newcomer.account
    assert record.signed_as == "self"
    assert record.version == version
    assert record.language == "fr"
    assert record.text_sha256 == text_sha256(version.text_in("fr"))
    assert (record.research_use, record.recontact, record.industry_sharing) == (True, False, False)


def test_a_proxy_consents_as_a_parent(guardian, children):
    child = make_participant(guardian, capacity="parent", name="Third Child")
    client = logged_in(guardian)

    client.post(registry_url("consent", participant_id=child.pk), answers(client, child))

    assert ConsentRecord.objects.get(participant=child).signed_as == "parent"


def test_without_the_required_box_nothing_is_recorded(newcomer_client, newcomer):
    data = answers(newcomer_client, newcomer, research_use=True)
    del data["registry_participation"]

    response = newcomer_client.post(registry_url("consent", participant_id=newcomer.pk), data)

    assert response.status_code == 200
    assert "To take part, tick this box" in response.content.decode()
    assert not ConsentRecord.objects.filter(participant=newcomer).exists()


def test_industry_sharing_without_research_use_is_explained_and_not_recorded(
    newcomer_client, newcomer
):
    data = answers(newcomer_client, newcomer, industry_sharing=True)

    response = newcomer_client.post(registry_url("consent", participant_id=newcomer.pk), data)

    assert "Sharing with companies is a kind of research use" in response.content.decode()
    assert not ConsentRecord.objects.filter(participant=newcomer).exists()


def test_a_text_changed_while_reading_is_shown_again_and_nothing_recorded(
    newcomer_client, newcomer
):
    data = answers(newcomer_client, newcomer, research_use=True)
    make_version()  # takes effect while the participant reads the old one

    response = newcomer_client.post(registry_url("consent", participant_id=newcomer.pk), data)

    assert response.status_code == 303
    assert response["Location"] == registry_url("consent", participant_id=newcomer.pk)
    assert not ConsentRecord.objects.filter(participant=newcomer).exists()


def test_boxes_are_not_ticked_in_advance_for_a_first_consent(newcomer_client, newcomer):
    page = newcomer_client.get(registry_url("consent", participant_id=newcomer.pk))

    assert "checked" not in page.content.decode()


def test_changing_ones_answers_adds_a_record_and_the_latest_counts(patient_client, patient):
    data = answers(patient_client, patient, research_use=False)

    patient_client.post(registry_url("consent", participant_id=patient.pk), data)

    assert patient.consent_records.count() == 2
    assert current_consent(patient).is_active
    assert not current_consent(patient).research_use


def test_withdrawing_takes_one_post_and_works_at_once(patient_client, patient):
    response = patient_client.post(registry_url("withdraw", participant_id=patient.pk))

    latest = patient.consent_records.latest_first().first()
    assert response.status_code == 303
    assert latest.kind == "withdrawal"
    assert (latest.research_use, latest.recontact, latest.industry_sharing) == (False,) * 3
    assert patient.entry not in set(RegistryEntry.objects.research_use_active())


def test_the_withdrawal_page_is_one_form_with_one_button(patient_client, patient):
    page = patient_client.get(registry_url("withdraw", participant_id=patient.pk)).content.decode()
    main = page[page.index("<main") : page.index("</main>")]

    assert main.count("<form") == 1
    assert main.count("<button") == 1
    assert main.count("<input") == 1  # the CSRF token: nothing to tick or fill in


def test_no_data_can_be_entered_before_consent(newcomer_client, newcomer):
    url = registry_url("section", participant_id=newcomer.pk, section="about")

    shown = newcomer_client.get(url)
    sent = newcomer_client.post(url, ABOUT)

    assert shown.status_code == sent.status_code == 303
    assert shown["Location"] == registry_url("consent", participant_id=newcomer.pk)
    assert not RegistryEntry.objects.filter(participant=newcomer).exists()


def test_no_data_can_be_changed_after_a_withdrawal(patient_client, patient):
    patient_client.post(registry_url("withdraw", participant_id=patient.pk))

    patient_client.post(
        registry_url("section", participant_id=patient.pk, section="about"),
        {**ABOUT, "year_of_birth": 1960},
    )

    assert RegistryEntry.objects.get(participant=patient).year_of_birth == ABOUT["year_of_birth"]


def test_a_version_requiring_consent_again_stops_changes_until_answered(patient_client, patient):
    make_version(requires_reconsent=True)
    url = registry_url("section", participant_id=patient.pk, section="about")

    refused = patient_client.post(url, {**ABOUT, "year_of_birth": 1960})
    patient_client.post(
        registry_url("consent", participant_id=patient.pk), answers(patient_client, patient)
    )
    accepted = patient_client.post(url, {**ABOUT, "year_of_birth": 1960})

    assert refused["Location"] == registry_url("consent", participant_id=patient.pk)
    assert accepted["Location"] != refused["Location"]
    assert RegistryEntry.objects.get(participant=patient).year_of_birth == 1960


def test_the_participant_page_asks_for_the_new_text(patient_client, patient):
    make_version(requires_reconsent=True)

    page = patient_client.get(registry_url("participant", participant_id=patient.pk))

    assert "A new consent text needs your answer." in page.content.decode()
    assert "Read the new text and answer" in page.content.decode()
