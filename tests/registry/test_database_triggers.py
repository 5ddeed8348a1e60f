"""On PostgreSQL the database itself refuses to change the audit log and the consent ledger
(migration append_only_triggers), whatever bypasses the models: raw SQL here. Erasure alone
deletes a participant's ledger, history and reviews."""

import pytest
from django.db import DatabaseError, connection, transaction

from registry.audit import audit_record
from registry.models import (
    AuditAction,
    AuditEvent,
    AuditRole,
    ConsentRecord,
    EntryChange,
    ErasureMarker,
)
from registry.services import entry_save_section, participant_erase
from tests.registry.conftest import ABOUT
from tests.registry.factories import make_version

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="database triggers exist on PostgreSQL only; SQLite has the models' guard alone "
    "(run with DATABASE_URL=postgres://...)",
)


def _raw(sql, params=()):
    # Its own savepoint, so that the refused statement leaves the test's transaction usable.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


@pytest.fixture
def event(db):
    return audit_record(
        actor=None, role=AuditRole.PARTICIPANT, action=AuditAction.REGISTERED, pseudonym="IMP-X"
    )


def test_raw_update_of_the_audit_log_is_refused(event):
    with pytest.raises(DatabaseError, match="never changed or deleted"):
        _raw("UPDATE registry_auditevent SET action = 'erased' WHERE id = %s", [event.pk])
    assert AuditEvent.objects.get(pk=event.pk).action == AuditAction.REGISTERED


def test_raw_delete_of_the_audit_log_is_refused(event):
    with pytest.raises(DatabaseError, match="never changed or deleted"):
        _raw("DELETE FROM registry_auditevent")
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_raw_update_of_a_consent_record_is_refused(patient):
    record = ConsentRecord.objects.filter(participant=patient).get()
    with pytest.raises(DatabaseError, match="never changed or deleted"):
        _raw(
            "UPDATE registry_consentrecord SET industry_sharing = true, research_use = true "
            "WHERE id = %s",
            [record.pk],
        )
    assert ConsentRecord.objects.get(pk=record.pk).industry_sharing is False


def test_raw_delete_of_a_consent_record_is_refused(patient):
    with pytest.raises(DatabaseError, match="never changed or deleted"):
        _raw("DELETE FROM registry_consentrecord WHERE participant_id = %s", [patient.pk])
    assert ConsentRecord.objects.filter(participant=patient).count() == 1


def test_raw_changes_to_the_entry_history_are_refused(patient):
    corrected = {**ABOUT, "year_of_birth": 1985}
    entry_save_section(
        participant=patient, changed_by=patient.account, section="about", values=corrected
    )
    assert EntryChange.objects.filter(entry__participant=patient).exists()
    with pytest.raises(DatabaseError, match="never changed or deleted"):
        _raw("DELETE FROM registry_entrychange")
    with pytest.raises(DatabaseError, match="never changed or deleted"):
        _raw("UPDATE registry_entrychange SET section = 'about'")


def test_raw_update_of_a_published_consent_text_is_refused(db):
    version = make_version()
    with pytest.raises(DatabaseError, match="published consent version"):
        _raw(
            "UPDATE registry_consentversiontranslation SET text = 'other' WHERE master_id = %s",
            [version.pk],
        )
    with pytest.raises(DatabaseError, match="published consent version"):
        _raw("DELETE FROM registry_consentversion WHERE id = %s", [version.pk])


def test_a_draft_consent_version_can_still_be_edited_and_deleted(db):
    draft = make_version(published=False, days_from_today=1)
    _raw(
        "UPDATE registry_consentversiontranslation SET title = 'New' WHERE master_id = %s",
        [draft.pk],
    )
    draft.delete()


def test_the_erasure_setting_stays_inside_the_erasure(patient):
    participant_erase(participant=patient, requested_by=patient.account)
    assert ErasureMarker.objects.filter(pseudonym=patient.pseudonym).exists()
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('registry.erasure', true)")
        assert cursor.fetchone()[0] in (None, "", "off")
    with pytest.raises(DatabaseError, match="never changed or deleted"):
        _raw("DELETE FROM registry_consentrecord")


def test_a_rolled_back_erasure_leaves_the_setting_off(patient, other_patient):
    with pytest.raises(RuntimeError), transaction.atomic():
        participant_erase(participant=patient, requested_by=patient.account)
        raise RuntimeError
    with pytest.raises(DatabaseError, match="never changed or deleted"):
        _raw("DELETE FROM registry_consentrecord WHERE participant_id = %s", [other_patient.pk])


def test_raw_changes_to_the_committees_reviews_and_exports_are_refused(patient, committee_member):
    from registry.models import CommitteeExport
    from tests.registry.committee.helpers import approve

    approve(patient, reviewer=committee_member)
    CommitteeExport.objects.create(
        actor_id=committee_member.pk, industry_sharing_only=False, rows=1, completed=True
    )
    with pytest.raises(DatabaseError, match="never changed or deleted"):
        _raw("UPDATE registry_entryreview SET decision = 'rejected'")
    with pytest.raises(DatabaseError, match="never changed or deleted"):
        _raw("DELETE FROM registry_committeeexport")


def test_erasure_removes_the_reviews_with_the_ledger(patient, committee_member):
    from registry.models import EntryReview
    from tests.registry.committee.helpers import approve

    approve(patient, reviewer=committee_member)
    participant_erase(participant=patient, requested_by=patient.account)
    assert not EntryReview.objects.filter(participant_id=patient.pk).exists()
    assert not ConsentRecord.objects.filter(participant_id=patient.pk).exists()
