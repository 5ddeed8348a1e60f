"""A participant's consent now is derived from the ledger in one place (registry/consent.py):
the latest record counts, not any record, and a version that requires consent again suspends
it once that version takes effect. Every shape of ledger, through the querysets part 2 uses."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from registry.consent import annotate_current_consent, current_consent
from registry.models import ConsentRecord, Participant, RegistryEntry
from registry.services import consent_withdraw, entry_save_section
from tests.registry.factories import consent, make_participant, make_version

pytestmark = pytest.mark.django_db


def research_users():
    return set(Participant.objects.research_use_active())


def active():
    return set(Participant.objects.consent_active())


@pytest.fixture
def participant():
    return make_participant()


def withdraw(participant):
    return consent_withdraw(participant=participant, signed_by=participant.account, language="en")


def test_a_participant_who_never_consented_has_no_consent(participant):
    assert participant not in active()
    assert current_consent(participant).never_given


def test_consent_with_research_use_makes_the_participant_usable_for_research(participant):
    consent(participant, research_use=True)

    assert participant in active()
    assert participant in research_users()


def test_consent_to_the_registry_only_is_not_research_use(participant):
    consent(participant, research_use=False)

    assert participant in active()
    assert participant not in research_users()


def test_a_withdrawal_ends_the_consent_at_once(participant):
    consent(participant, research_use=True)

    withdraw(participant)

    assert participant not in active()
    assert participant not in research_users()
    assert current_consent(participant).is_withdrawn


def test_consent_given_again_after_a_withdrawal_counts(participant):
    consent(participant, research_use=True)
    withdraw(participant)

    consent(participant, research_use=True)

    assert participant in research_users()


def test_the_latest_record_counts_not_any_record(participant):
    consent(participant, research_use=True)

    consent(participant, research_use=False)

    assert participant in active()
    assert participant not in research_users()


def test_records_made_at_the_same_instant_count_in_the_order_they_were_made(participant):
    first = consent(participant, research_use=True)
    second = consent(participant, research_use=False)
    instant = timezone.now()
    # Made again at one instant; the ledger's one sanctioned delete (on PostgreSQL its
    # triggers refuse any other) clears the way.
    ConsentRecord.objects.filter(pk__in=[first.pk, second.pk]).remove_for_erasure()
    ConsentRecord.objects.bulk_create(
        [
            ConsentRecord(**_fields(first), given_at=instant),
            ConsentRecord(**_fields(second), given_at=instant),
        ]
    )

    assert participant not in research_users()


def test_a_version_requiring_consent_again_suspends_consent_once_in_effect(participant):
    consent(participant, research_use=True)

    make_version(requires_reconsent=True)

    assert participant not in active()
    assert participant not in research_users()
    assert current_consent(participant).reconsent_required


def test_a_version_requiring_consent_again_changes_nothing_before_its_date(participant):
    consent(participant, research_use=True)

    make_version(requires_reconsent=True, days_from_today=7)

    assert participant in research_users()


def test_a_draft_requiring_consent_again_changes_nothing(participant):
    consent(participant, research_use=True)

    make_version(requires_reconsent=True, days_from_today=-1, published=False)

    assert participant in research_users()


def test_a_new_version_without_reconsent_keeps_consent_in_force(participant):
    consent(participant, research_use=True)

    make_version(requires_reconsent=False)

    assert participant in research_users()


def test_consenting_to_the_new_version_restores_consent(participant):
    consent(participant, research_use=True)
    make_version(requires_reconsent=True)

    consent(participant, research_use=True)

    assert participant in research_users()


def test_a_withdrawal_is_not_undone_by_a_new_version(participant):
    consent(participant, research_use=True)
    withdraw(participant)

    make_version(requires_reconsent=False)

    assert participant not in active()


def test_entries_follow_the_consent_of_their_participant(participant):
    other = make_participant()
    for person in (participant, other):
        consent(person, research_use=True)
        entry_save_section(
            participant=person,
            changed_by=person.account,
            section="about",
            values={"country": "FR", "year_of_birth": 1990, "sex": "female"},
        )

    withdraw(other)

    consented = set(RegistryEntry.objects.research_use_active())
    assert participant.entry in consented
    assert other.entry not in consented


def test_the_research_queryset_costs_one_query_whatever_the_number_of_entries():
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            list(
                RegistryEntry.objects.research_use_active().values_list(
                    "pk", "consent_industry_sharing"
                )
            )
        return len(queries)

    _entries(2)
    few = count_queries()
    _entries(20)

    assert count_queries() == few == 1


def _entries(count):
    for _ in range(count):
        person = make_participant()
        consent(person, research_use=True)
        RegistryEntry.objects.create(participant=person)


def _fields(record):
    names = [
        "participant_id",
        "kind",
        "signed_by_id",
        "signed_as",
        "version_id",
        "language",
        "text_sha256",
        "registry_participation",
        "research_use",
        "recontact",
        "industry_sharing",
    ]
    return {name: getattr(record, name) for name in names}


def test_a_version_requiring_consent_again_counts_from_its_date(participant):
    consent(participant, research_use=True)
    version = make_version(requires_reconsent=True, days_from_today=1)
    tomorrow = timezone.localdate() + timedelta(days=1)

    annotated = annotate_current_consent(
        Participant.objects.filter(pk=participant.pk), participant_path="", today=tomorrow
    ).get()

    assert annotated.reconsent_required
    assert version.number > annotated.consent_version_number
