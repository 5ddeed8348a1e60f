"""The consent ledger, the entry's history, the erasure markers and the audit log are written
once: no save of an existing row, no delete, no queryset update or delete, no bulk_update."""

from contextlib import contextmanager

import pytest
from django.db import IntegrityError, transaction

from registry.append_only import ImmutableRecordError
from registry.models import AuditEvent, ConsentRecord, EntryChange, ErasureMarker
from registry.services import entry_save_section
from tests.registry.factories import consent, make_participant

pytestmark = pytest.mark.django_db


@contextmanager
def refused(error=ImmutableRecordError):
    with pytest.raises(error), transaction.atomic():
        yield


@pytest.fixture
def record():
    return consent(make_participant(), research_use=True)


def test_a_consent_record_cannot_be_saved_again(record):
    record.research_use = False

    with refused():
        record.save()

    assert ConsentRecord.objects.get(pk=record.pk).research_use is True


def test_a_consent_record_cannot_be_deleted(record):
    with refused():
        record.delete()

    assert ConsentRecord.objects.filter(pk=record.pk).exists()


def test_consent_records_cannot_change_through_querysets(record):
    with refused():
        ConsentRecord.objects.filter(pk=record.pk).update(research_use=False)
    with refused():
        ConsentRecord.objects.all().delete()
    with refused():
        ConsentRecord.objects.bulk_update([record], ["research_use"])
    with refused():
        ConsentRecord.objects.update_or_create(pk=record.pk, defaults={"research_use": False})

    assert ConsentRecord.objects.get(pk=record.pk).research_use is True


def test_a_new_record_with_the_id_of_another_does_not_overwrite_it(record):
    copy = ConsentRecord.objects.get(pk=record.pk)
    copy._state.adding = True
    copy.research_use = False

    with refused(IntegrityError):
        copy.save()

    assert ConsentRecord.objects.get(pk=record.pk).research_use is True


def test_the_participant_of_a_ledger_cannot_be_deleted_around_it(record):
    with refused(Exception):
        record.participant.delete()

    assert ConsentRecord.objects.filter(pk=record.pk).exists()


def test_audit_events_cannot_be_changed_or_deleted(record):
    event = AuditEvent.objects.about(record.participant.pseudonym).first()

    with refused():
        event.save()
    with refused():
        event.delete()
    with refused():
        AuditEvent.objects.update(action="x")
    with refused():
        AuditEvent.objects.all().delete()
    with refused():
        AuditEvent.objects.bulk_update([event], ["action"])

    assert AuditEvent.objects.get(pk=event.pk).action == event.action


def test_the_history_of_an_entry_cannot_be_changed_or_deleted(record):
    participant = record.participant
    for year in (1980, 1981):
        entry_save_section(
            participant=participant,
            changed_by=participant.account,
            section="about",
            values={"country": "BE", "year_of_birth": year, "sex": "female"},
        )
    change = EntryChange.objects.get(entry__participant=participant)

    with refused():
        change.delete()
    with refused():
        EntryChange.objects.filter(pk=change.pk).update(new_values={})
    with refused():
        EntryChange.objects.all().delete()

    assert EntryChange.objects.get(pk=change.pk).previous_values == {"year_of_birth": 1980}


def test_an_erasure_marker_cannot_be_changed_or_deleted():
    marker = ErasureMarker.objects.create(pseudonym="IMP-00000-00000", consent_records_removed=2)

    with refused():
        marker.save()
    with refused():
        ErasureMarker.objects.all().delete()

    assert ErasureMarker.objects.filter(pk=marker.pk).exists()
