"""The export for researchers: approved entries the committee may see, by pseudonym only, as a
streamed CSV file; the industry filter; every export recorded with its filter and row count,
and every exported entry in its participant's audit log."""

import pytest

from registry.committee.export import COLUMNS, csv_stream, export_entries
from registry.models import AuditAction, AuditEvent, AuditRole, CommitteeExport, RegistryEntry
from tests.registry.committee.helpers import approve, committee_url, export_rows
from tests.registry.conftest import registry_url
from tests.registry.factories import consent, make_participant
from tests.registry.volume import make_entries

pytestmark = pytest.mark.django_db


def test_the_export_page_explains_the_file(committee_client):
    response = committee_client.get(committee_url("export"))

    page = response.content.decode()
    assert "<h1>Export for researchers</h1>" in page
    assert "Only participants who agreed to sharing with industry" in page


def test_only_approved_entries_leave(committee_client, patient, other_patient):
    approve(patient)

    rows = export_rows(committee_client)

    pseudonyms = {row["pseudonym"] for row in rows}
    assert patient.pseudonym in pseudonyms
    assert other_patient.pseudonym not in pseudonyms  # not reviewed yet


def test_a_row_holds_the_answers_and_no_identity(committee_client, patient):
    approve(patient)

    response = committee_client.post(committee_url("export"))
    text = b"".join(response.streaming_content).decode()

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment;" in response["Content-Disposition"]
    assert text.splitlines()[0] == ",".join(COLUMNS)
    row = next(r for r in export_rows(committee_client) if r["pseudonym"] == patient.pseudonym)
    assert (row["country"], row["year_of_birth"], row["sex"]) == ("BE", "1984", "female")
    assert row["data_use"] == "HMB;NCU"
    for identity in ("Alex Example", "patient@example.org", "Mitokids"):
        assert identity not in text
    # The account's number is a short number that a random pseudonym may hold: it must be no
    # cell of the row but the numbers that are answers.
    numbers = ("year_of_birth", "age_at_onset", "age_at_diagnosis", "consent_version")
    assert str(patient.account.pk) not in {v for k, v in row.items() if k not in numbers}


def test_the_industry_filter_keeps_only_those_who_agreed(committee_client, patient):
    approve(patient)  # research, not industry
    sharing = make_participant(name="Shares With Industry")
    consent(sharing, research_use=True, industry_sharing=True)
    RegistryEntry.objects.create(participant=sharing, country="NL")
    approve(sharing)

    rows = export_rows(committee_client, industry_sharing_only=True)

    pseudonyms = {row["pseudonym"] for row in rows}
    assert sharing.pseudonym in pseudonyms
    assert patient.pseudonym not in pseudonyms
    assert {row["data_use"] for row in rows} == {"HMB"}


def test_every_export_is_recorded_with_its_filter_and_rows(
    committee_client, committee_member, patient
):
    approve(patient)

    all_rows = export_rows(committee_client)
    industry_rows = export_rows(committee_client, industry_sharing_only=True)

    recorded = list(
        CommitteeExport.objects.order_by("pk").values_list(
            "actor_id", "industry_sharing_only", "rows", "completed"
        )
    )
    assert recorded == [
        (committee_member.pk, False, len(all_rows), True),
        (committee_member.pk, True, len(industry_rows), True),
    ]


def test_each_exported_entry_is_in_its_participants_audit_log(
    committee_client, patient, patient_client
):
    approve(patient)

    export_rows(committee_client)

    event = AuditEvent.objects.about(patient.pseudonym).first()
    assert (event.actor_role, event.action) == (AuditRole.COMMITTEE, AuditAction.ENTRY_EXPORTED)
    page = patient_client.get(
        registry_url("participant", participant_id=patient.pk)
    ).content.decode()
    assert "Exported the entry for researchers" in page


def test_a_download_stopped_half_way_is_recorded_as_such(committee_member, patient):
    approve(patient)
    entries = export_entries(
        RegistryEntry.objects.visible_to_committee(), industry_sharing_only=False
    )
    stream = csv_stream(entries, actor=committee_member, industry_sharing_only=False)

    next(stream)  # the header
    next(stream)  # the first chunk
    stream.close()  # the browser went away

    record = CommitteeExport.objects.get()
    assert record.completed is False
    assert record.rows >= 1


def test_an_entry_withdrawn_after_approval_is_not_exported(
    committee_client, patient, patient_client
):
    approve(patient)

    patient_client.post(registry_url("withdraw", participant_id=patient.pk))

    assert patient.pseudonym not in {row["pseudonym"] for row in export_rows(committee_client)}


def test_free_text_cannot_become_a_spreadsheet_formula(committee_client, patient):
    RegistryEntry.objects.filter(participant=patient).update(variant='=HYPERLINK("http://x")')
    approve(patient)

    row = next(r for r in export_rows(committee_client) if r["pseudonym"] == patient.pseudonym)

    assert row["variant"].startswith("'=")


def test_many_entries_stream_in_chunks_without_identity(committee_client, settings):
    from registry.committee import export

    pseudonyms = make_entries(25)
    for entry in RegistryEntry.objects.visible_to_committee().filter(
        participant__pseudonym__in=pseudonyms
    ):
        from registry.committee.services import entry_review

        entry_review(entry=entry, reviewer=None, decision="approved", reason="ok", notify=False)
    original = export.CHUNK_SIZE
    export.CHUNK_SIZE = 10
    try:
        response = committee_client.post(committee_url("export"))
        chunks = list(response.streaming_content)
    finally:
        export.CHUNK_SIZE = original

    text = b"".join(chunks).decode()
    assert len(chunks) >= 1 + 3  # the header, then the rows ten at a time
    assert all(p in text for p in pseudonyms)
    assert "Hidden Name" not in text and "hidden" not in text
