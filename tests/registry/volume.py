"""Many consented registry entries written in a few queries (bulk_create), for query counts,
statistics and the export's memory (.ci/export_memory.py). The services' rules are tested
elsewhere; this is volume."""

import itertools

from django.utils import timezone

from registry.models import (
    ConsentRecord,
    ConsentVersion,
    EntryReview,
    EntrySyndrome,
    Identity,
    Participant,
    RegistryEntry,
)
from registry.vocabularies import Capacity
from tests.registry.factories import make_account

_numbers = itertools.count(1)


def make_entries(
    count, *, country="BE", industry_sharing=False, research_use=True, approved=False, **fields
):
    """`count` participants with a consent record under the current consent version and an
    entry with `fields`. Returns their pseudonyms."""
    version = ConsentVersion.objects.current()
    account = make_account(f"volume{next(_numbers)}@example.org")
    participants = Participant.objects.bulk_create(
        Participant(account=account, capacity=Capacity.PARENT) for _ in range(count)
    )
    if not participants or participants[0].pk is None:  # SQLite before 3.35 returns no ids
        participants = list(Participant.objects.filter(account=account))
    Identity.objects.bulk_create(
        Identity(
            participant=p,
            full_name=f"Hidden Name {p.pk}",
            contact_email=f"hidden{p.pk}@example.org",
        )
        for p in participants
    )
    now = timezone.now()
    ConsentRecord.objects.bulk_create(
        ConsentRecord(
            participant=p,
            kind=ConsentRecord.Kind.CONSENT,
            signed_by=account,
            signed_as=Capacity.PARENT,
            version=version,
            language="en",
            given_at=now,
            text_sha256="0" * 64,
            registry_participation=True,
            research_use=research_use,
            recontact=False,
            industry_sharing=industry_sharing,
        )
        for p in participants
    )
    entries = RegistryEntry.objects.bulk_create(
        RegistryEntry(
            participant=p,
            country=country,
            sections_saved=["about", "diagnosis"],
            **{"diagnosis_status": "confirmed", "year_of_birth": 1990, **fields},
        )
        for p in participants
    )
    if entries and entries[0].pk is not None:
        EntrySyndrome.objects.bulk_create(EntrySyndrome(entry=e, syndrome="MELAS") for e in entries)
    if approved:
        EntryReview.objects.bulk_create(
            EntryReview(participant=p, decision="approved", reason="Complete.")
            for p in participants
        )
    return [p.pseudonym for p in participants]
