"""The entry, step by step: each step saves on its own; bad input is explained next to its
field and saves nothing; a correction keeps the previous values, which the participant sees."""

import pytest

from registry.models import EntryChange, RegistryEntry
from tests.registry.conftest import ABOUT, registry_url

pytestmark = pytest.mark.django_db

DIAGNOSIS = {
    "diagnosis_status": "confirmed",
    "syndromes": ["MELAS"],
    "age_at_onset": "12",
    "age_at_diagnosis": "15",
}


def post_step(client, participant, section, data, language="en"):
    url = registry_url("section", language, participant_id=participant.pk, section=section)
    return client.post(url, data)


def entry_of(participant):
    return RegistryEntry.objects.get(participant=participant)


def test_a_step_is_saved_and_leads_to_the_next(patient_client, patient):
    response = post_step(patient_client, patient, "diagnosis", DIAGNOSIS)

    entry = entry_of(patient)
    assert response["Location"] == registry_url(
        "section", participant_id=patient.pk, section="genetics"
    )
    assert entry.diagnosis_status == "confirmed"
    assert entry.values_of("diagnosis")["syndromes"] == ["MELAS"]
    assert (entry.age_at_onset, entry.age_at_diagnosis) == (12, 15)


def test_the_last_step_leads_back_to_the_participant_page(patient_client, patient):
    response = post_step(patient_client, patient, "symptoms", {"symptoms": ["fatigue"]})

    assert response["Location"] == registry_url("participant", participant_id=patient.pk)


def test_a_participant_can_stop_and_find_the_saved_steps_again(patient_client, patient):
    post_step(patient_client, patient, "diagnosis", DIAGNOSIS)

    page = patient_client.get(registry_url("participant", participant_id=patient.pk))

    text = page.content.decode()
    assert "MELAS" in text
    assert "Not filled in yet." in text  # genetics and symptoms


def test_bad_input_is_explained_next_to_its_field_and_saves_nothing(patient_client, patient):
    response = post_step(
        patient_client,
        patient,
        "diagnosis",
        {**DIAGNOSIS, "age_at_onset": "200", "syndromes": ["MELAS", "OTHER"]},
    )

    entry = entry_of(patient)
    text = response.content.decode()
    assert response.status_code == 200
    assert "Please check the age: it is 120 at most." in text
    assert "Please write the name of the other syndrome." in text
    assert 'id="registry-age_at_onset_error"' in text
    assert entry.diagnosis_status == ""
    assert not entry.syndrome_rows.exists()


def test_an_age_older_than_the_person_is_refused(patient_client, patient):
    response = post_step(patient_client, patient, "diagnosis", {**DIAGNOSIS, "age_at_onset": "80"})

    assert "Born in 1984, the person is not that old yet" in response.content.decode()
    assert entry_of(patient).age_at_onset is None


def test_an_age_at_diagnosis_needs_a_confirmed_diagnosis(patient_client, patient):
    response = post_step(
        patient_client, patient, "diagnosis", {**DIAGNOSIS, "diagnosis_status": "suspected"}
    )

    assert "unless a doctor has confirmed the diagnosis" in response.content.decode()


def test_a_valid_variant_is_stored_in_its_normal_form(patient_client, patient):
    post_step(patient_client, patient, "genetics", {"gene": "mt-tl1", "variant": "m.3243A>G"})

    entry = entry_of(patient)
    assert (entry.gene, entry.variant, entry.genetics_unsure) == ("MT-TL1", "m.3243A>G", False)


def test_an_invalid_variant_is_explained_and_offers_the_unsure_box(patient_client, patient):
    response = post_step(patient_client, patient, "genetics", {"gene": "", "variant": "m.17000A>G"})

    text = response.content.decode()
    assert "Mitochondrial DNA has positions 1 to 16,569" in text
    assert "I am not sure" in text
    assert entry_of(patient).variant == ""


def test_a_participant_who_is_unsure_keeps_their_text_flagged(patient_client, patient):
    post_step(
        patient_client,
        patient,
        "genetics",
        {"gene": "polg?", "variant": "something on 2243", "genetics_unsure": "on"},
    )

    entry = entry_of(patient)
    assert (entry.gene, entry.variant, entry.genetics_unsure) == (
        "polg?",
        "something on 2243",
        True,
    )


def test_a_correction_keeps_the_previous_values(patient_client, patient):
    post_step(patient_client, patient, "about", {**ABOUT, "year_of_birth": "1985"})

    change = EntryChange.objects.get(entry__participant=patient)
    assert change.section == "about"
    assert change.previous_values == {"year_of_birth": 1984}
    assert change.new_values == {"year_of_birth": 1985}


def test_the_participant_sees_the_previous_values_in_the_history(patient_client, patient):
    post_step(patient_client, patient, "about", {**ABOUT, "country": "NL"})

    page = patient_client.get(registry_url("history", "fr", participant_id=patient.pk))

    text = page.content.decode()
    assert "Belgique" in text
    assert "Pays-Bas" in text


def test_saving_the_same_values_again_adds_no_history(patient_client, patient):
    post_step(patient_client, patient, "about", ABOUT)

    assert not EntryChange.objects.filter(entry__participant=patient).exists()


def test_a_step_that_does_not_exist_is_not_found(patient_client, patient):
    url = registry_url("section", participant_id=patient.pk, section="secrets")

    assert patient_client.get(url).status_code == 404
