"""A published revision and everything in it cannot change, whoever tries and however."""

from contextlib import contextmanager

import pytest
from django.db import transaction

from drugs.models import (
    Entry,
    EntryCondition,
    EntryTranslation,
    PublishedRevisionError,
    Revision,
    RevisionTranslation,
)
from drugs.services import revision_publish
from tests.drugs.factories import make_condition, make_entry, make_revision

pytestmark = pytest.mark.django_db


@contextmanager
def refused():
    """Expect the refusal; the savepoint lets the test go on in its transaction, as the caller's
    own transaction would be rolled back."""
    with pytest.raises(PublishedRevisionError), transaction.atomic():
        yield


@pytest.fixture
def published():
    revision = make_revision()
    make_entry(revision).conditions.add(make_condition())
    return revision_publish(revision=revision)


def test_saving_a_published_revision_is_refused(published):
    published.reviewed_by = "Someone else"

    with refused():
        published.save()

    assert Revision.objects.get(pk=published.pk).reviewed_by == "Test centre"


def test_changing_a_published_revision_through_a_queryset_is_refused(published):
    with refused():
        Revision.objects.filter(pk=published.pk).update(reviewed_by="Someone else")
    with refused():
        Revision.objects.all().delete()

    assert Revision.objects.get(pk=published.pk).reviewed_by == "Test centre"


def test_deleting_a_published_revision_is_refused(published):
    with refused():
        published.delete()

    assert Revision.objects.filter(pk=published.pk).exists()
    assert published.entries.count() == 1


def test_an_entry_of_a_published_revision_cannot_be_saved_or_deleted(published):
    entry = published.entries.get()
    entry.tier = "red"

    with refused():
        entry.save()
    with refused():
        entry.delete()

    assert Entry.objects.get(pk=entry.pk).tier == "yellow"


def test_entries_of_a_published_revision_cannot_change_through_querysets(published):
    with refused():
        Entry.objects.filter(revision=published).update(tier="red")
    with refused():
        Entry.objects.all().delete()
    with refused():
        Entry.objects.bulk_update(list(published.entries.all()), ["tier"])

    assert list(published.entries.values_list("tier", flat=True)) == ["yellow"]


def test_no_entry_can_be_added_to_a_published_revision(published):
    with refused():
        make_entry(published)
    with refused():
        Entry.objects.bulk_create([Entry(revision=published, **_fields_of(published))])

    assert published.entries.count() == 1


def test_an_entry_cannot_be_moved_out_of_a_published_revision(published):
    entry = published.entries.get()
    entry.revision = make_revision()

    with refused():
        entry.save()


def test_the_texts_of_a_published_entry_cannot_change(published):
    entry = published.entries.get()
    text = entry.translations.get(language_code="fr")
    text.advice = "Autre conseil"

    with refused():
        text.save()
    with refused():
        EntryTranslation.objects.filter(master=entry).update(advice="x")
    with refused():
        entry.delete_translation("nl")

    assert entry.translations.count() == 3


def test_the_summary_of_a_published_revision_cannot_change(published):
    with refused():
        RevisionTranslation.objects.filter(master=published).update(summary_of_changes="x")
    with refused():
        RevisionTranslation.objects.filter(master=published).delete()


def test_the_conditions_of_a_published_entry_cannot_change(published):
    entry = published.entries.get()

    with refused():
        entry.conditions.clear()
    with refused():
        entry.conditions.add(make_condition("MT-RNR1"))
    with refused():
        EntryCondition.objects.filter(entry=entry).delete()

    assert list(entry.conditions.values_list("code", flat=True)) == ["POLG"]


def test_a_draft_and_its_entries_can_change_freely():
    draft = make_revision()
    entry = make_entry(draft)

    entry.tier = "orange"
    entry.save()
    Entry.objects.filter(pk=entry.pk).update(tier="red")
    entry.conditions.add(make_condition())
    draft.delete()

    assert not Entry.objects.filter(pk=entry.pk).exists()


def _fields_of(revision):
    entry = revision.entries.get()
    return {"drug_id": entry.drug_id, "tier": "red", "group_id": entry.group_id}
