"""Everything a participant (or the account acting for them) does that writes: joining,
consenting and withdrawing, filling in and correcting the entry, changing the identity, the
download of everything held about them, and erasure. Each runs in one transaction, checks the
consent rules itself (whatever view calls it), and records itself in the audit log. Also the
registry administrators' writes: publishing consent versions, enrolling committee members.
"""

from dataclasses import dataclass
from typing import Any

from allauth.account.models import EmailAddress
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext

from .audit import audit_participant_action
from .consent import current_consent
from .consent_text import text_sha256
from .models import (
    LIST_FIELDS,
    SECTION_FIELDS,
    AuditAction,
    ConsentRecord,
    ConsentVersion,
    EntryChange,
    EntryReview,
    EntrySymptom,
    EntrySyndrome,
    ErasureMarker,
    Identity,
    Participant,
    RegistryEntry,
)
from .roles import COMMITTEE_GROUP
from .vocabularies import Capacity


class RegistrationRefused(Exception):
    """This account cannot register this participant (a staff account, or a second "myself")."""


class ConsentRequired(Exception):
    """No consent in force: given, not withdrawn, and renewed after a version requiring it."""


class ConsentTextChanged(Exception):
    """The text the participant read is no longer the one in effect (a new version took effect
    while they were reading): they must read the current one."""


@transaction.atomic
def participant_register(*, account: Any, capacity: str, identity: dict[str, str]) -> Participant:
    """A new participant managed by `account`, with their identity; no consent yet."""
    if account.is_staff:
        raise RegistrationRefused("staff accounts hold no participants")
    if (
        capacity == Capacity.SELF
        and account.registry_participants.filter(capacity=capacity).exists()
    ):
        raise RegistrationRefused("this account has registered its holder already")
    participant = _create_with_unique_pseudonym(account=account, capacity=capacity)
    Identity.objects.create(participant=participant, **identity)
    audit_participant_action(actor=account, participant=participant, action=AuditAction.REGISTERED)
    return participant


def _create_with_unique_pseudonym(**fields: Any) -> Participant:
    """Pseudonyms are random; on the rare clash, draw another."""
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return Participant.objects.create(**fields)
        except IntegrityError:
            continue
    raise RuntimeError("no free pseudonym after five draws")


@transaction.atomic
def consent_give(
    *,
    participant: Participant,
    signed_by: Any,
    version: ConsentVersion,
    language: str,
    shown_sha256: str,
    research_use: bool,
    recontact: bool,
    industry_sharing: bool,
) -> ConsentRecord:
    """Add a consent to the ledger, for the text the participant was shown (its hash), which
    must still be the text in effect."""
    current = ConsentVersion.objects.current()
    if current is None or current.pk != version.pk:
        raise ConsentTextChanged
    text = version.text_in(language)
    if text_sha256(text) != shown_sha256:
        raise ConsentTextChanged
    record = ConsentRecord.objects.create(
        participant=participant,
        kind=ConsentRecord.Kind.CONSENT,
        signed_by=signed_by,
        signed_as=participant.capacity,
        version=version,
        language=text.language_code,
        text_sha256=shown_sha256,
        registry_participation=True,
        research_use=research_use,
        recontact=recontact,
        industry_sharing=industry_sharing and research_use,
    )
    audit_participant_action(
        actor=signed_by, participant=participant, action=AuditAction.CONSENT_GIVEN
    )
    return record


@transaction.atomic
def consent_withdraw(
    *, participant: Participant, signed_by: Any, language: str
) -> ConsentRecord | None:
    """Withdraw every purpose at once, from now on. None when no consent was in the ledger to
    withdraw (never given, or withdrawn already)."""
    latest = participant.consent_records.latest_first().select_related("version").first()
    if latest is None or latest.is_withdrawal:
        return None
    record = ConsentRecord.objects.create(
        participant=participant,
        kind=ConsentRecord.Kind.WITHDRAWAL,
        signed_by=signed_by,
        signed_as=participant.capacity,
        version=latest.version,
        language=language,
        registry_participation=False,
        research_use=False,
        recontact=False,
        industry_sharing=False,
    )
    audit_participant_action(
        actor=signed_by, participant=participant, action=AuditAction.CONSENT_WITHDRAWN
    )
    return record


@transaction.atomic
def entry_save_section(
    *, participant: Participant, changed_by: Any, section: str, values: dict[str, Any]
) -> list[str]:
    """Save one section of the participant's entry; returns the fields that changed. A
    correction keeps the previous values in the entry's history (EntryChange)."""
    if not current_consent(participant).is_active:
        raise ConsentRequired
    entry, created = RegistryEntry.objects.select_for_update().get_or_create(
        participant=participant
    )
    before = entry.values_of(section) if entry.has_section(section) else None
    after = {name: _normalised(name, values.get(name)) for name in SECTION_FIELDS[section]}
    changed = [name for name in after if before is None or before[name] != after[name]]
    _store(entry, section, after)
    if before is not None and changed:
        EntryChange.objects.create(
            entry=entry,
            section=section,
            changed_by_role=participant.audit_role,
            previous_values={name: before[name] for name in changed},
            new_values={name: after[name] for name in changed},
        )
    if created or changed:
        audit_participant_action(
            actor=changed_by, participant=participant, action=AuditAction.ENTRY_CHANGED
        )
    return changed


def _normalised(name: str, value: Any) -> Any:
    if name in LIST_FIELDS:
        return sorted(set(value or []))
    if value is None and name not in ("year_of_birth", "age_at_onset", "age_at_diagnosis"):
        return ""
    return value


def _store(entry: RegistryEntry, section: str, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name == "syndromes":
            entry.syndrome_rows.all().delete()
            EntrySyndrome.objects.bulk_create(EntrySyndrome(entry=entry, syndrome=v) for v in value)
        elif name == "symptoms":
            entry.symptom_rows.all().delete()
            EntrySymptom.objects.bulk_create(EntrySymptom(entry=entry, symptom=v) for v in value)
        else:
            setattr(entry, name, value)
    if section not in entry.sections_saved:
        entry.sections_saved = [*entry.sections_saved, section]
    entry.save()


@transaction.atomic
def identity_update(*, participant: Participant, changed_by: Any, values: dict[str, str]) -> bool:
    """Correct the participant's name or contact details; whether anything changed. Allowed
    whatever the consent: it is the participant's right to correct them."""
    identity = Identity.objects.select_for_update().get(participant=participant)
    changed = {name: value for name, value in values.items() if getattr(identity, name) != value}
    if not changed:
        return False
    for name, value in changed.items():
        setattr(identity, name, value)
    identity.save()
    audit_participant_action(
        actor=changed_by, participant=participant, action=AuditAction.IDENTITY_CHANGED
    )
    return True


@dataclass(frozen=True)
class Erasure:
    marker: ErasureMarker
    account_deleted: bool


@transaction.atomic
def participant_erase(*, participant: Participant, requested_by: Any) -> Erasure:
    """GDPR article 17: the identity, the entry, its history and the committee's reviews of it
    are deleted, the consent ledger is replaced by an ErasureMarker, and the account goes too
    when it manages nobody else. The audit log keeps its rows, which hold no values and now lead
    to nobody."""
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    ledger = ConsentRecord.objects.filter(participant=participant)
    marker = ErasureMarker.objects.create(
        pseudonym=participant.pseudonym, consent_records_removed=ledger.count()
    )
    ledger.remove_for_erasure()
    EntryChange.objects.filter(entry__participant=participant).remove_for_erasure()
    EntryReview.objects.filter(participant=participant).remove_for_erasure()
    RegistryEntry.objects.filter(participant=participant).delete()
    Identity.objects.filter(participant=participant).delete()
    audit_participant_action(actor=requested_by, participant=participant, action=AuditAction.ERASED)
    account = participant.account
    participant.delete()
    account_deleted = False
    if not Participant.objects.filter(account=account).exists():
        account_delete(account=account)
        account_deleted = True
    return Erasure(marker=marker, account_deleted=account_deleted)


@transaction.atomic
def account_delete(*, account: Any) -> None:
    """Delete a registry account that manages no participant: its e-mail addresses and
    two-factor devices (allauth, by cascade) and the login records django-axes keeps under its
    e-mail addresses."""
    if account.is_staff or Participant.objects.filter(account=account).exists():
        raise RegistrationRefused("only a registry account without participants is deleted")
    addresses = {account.email.lower(), *(e.email.lower() for e in account.emailaddress_set.all())}
    addresses.discard("")
    for model in (AccessAttempt, AccessLog, AccessFailureLog):
        model.objects.filter(username__in=addresses).delete()
    account.delete()


def participant_export(*, participant: Participant, requested_by: Any) -> dict[str, Any]:
    """Everything the registry holds about the participant (GDPR articles 15 and 20), as data
    for a JSON file. The download is recorded first, so the file includes its own event."""
    from .export import participant_data

    audit_participant_action(
        actor=requested_by, participant=participant, action=AuditAction.DATA_DOWNLOADED
    )
    return participant_data(participant, exported_at=timezone.now())


class PublicationRefused(Exception):
    """The draft consent version cannot be published yet; `problems` says why, for editors."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def publication_problems(version: ConsentVersion, *, today: Any = None) -> list[str]:
    """What stops a draft from being published: a text missing in a language (participants
    would read another language), or a date in the past or before the last published one."""
    today = today or timezone.localdate()
    problems = []
    present = {t.language_code for t in version.translations.all() if t.title and t.text}
    for code, name in settings.LANGUAGES:
        if code not in present:
            problems.append(
                gettext("The title and text in %(language)s are missing.") % {"language": name}
            )
    if version.effective_date < today:
        problems.append(gettext("The date it takes effect is in the past."))
    latest = ConsentVersion.objects.published().order_by("-number").first()
    if latest is not None and version.effective_date < latest.effective_date:
        problems.append(
            gettext("It cannot take effect before version %(number)s, published already.")
            % {"number": latest.number}
        )
    return problems


@transaction.atomic
def consent_version_publish(*, version: ConsentVersion, today: Any = None) -> ConsentVersion:
    """Publish a draft: from now on neither it nor its texts can change."""
    version = ConsentVersion.objects.select_for_update().get(pk=version.pk)
    if version.is_published:
        raise PublicationRefused([gettext("This version is published already.")])
    problems = publication_problems(version, today=today)
    if problems:
        raise PublicationRefused(problems)
    ConsentVersion.objects.filter(pk=version.pk).update(
        status=ConsentVersion.Status.PUBLISHED, published_at=timezone.now()
    )
    version.refresh_from_db()
    return version


@transaction.atomic
def committee_account_enrol(*, account: Any) -> Any:
    """Make a new account (unsaved, with its e-mail address and name) a member of the steering
    committee: it logs in with that address, which the registry administrator vouches for, and
    sets its own password with "Forgot your password?"; its first visit to the committee's
    pages asks it to set up two-step login (registry/second_factor.py)."""
    account.email = account.email.strip().lower()
    account.username = account.email
    account.set_unusable_password()
    account.save()
    account.groups.add(Group.objects.get(name=COMMITTEE_GROUP))
    EmailAddress.objects.create(user=account, email=account.email, verified=True, primary=True)
    return account


def committee_account_remove(*, account: Any) -> None:
    """The account leaves the committee: it keeps its login, not the committee's pages."""
    account.groups.remove(Group.objects.get(name=COMMITTEE_GROUP))
