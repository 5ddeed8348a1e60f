"""Everything held about one participant, as plain data for their JSON download: the account
that manages them, their identity, their entry and its history, their consent records with the
texts they agreed to, the steering committee's reviews, and the audit events about them."""

from datetime import datetime
from typing import Any

from .models import AuditEvent, Participant, RegistryEntry

FORMAT = "International Mito Patients registry: data of one participant, version 1"


def participant_data(participant: Participant, *, exported_at: datetime) -> dict[str, Any]:
    entry = RegistryEntry.objects.filter(participant=participant).first()
    identity = getattr(participant, "identity", None)
    return {
        "format": FORMAT,
        "exported_at": exported_at.isoformat(),
        "account": {"email": participant.account.email},
        "participant": {
            "pseudonym": participant.pseudonym,
            "account_acts_as": participant.capacity,
            "registered_at": participant.registered_at.isoformat(),
        },
        "identity": identity.as_data() if identity else None,
        "entry": _entry_data(entry),
        "entry_history": _history_data(entry),
        "consent_records": _consent_data(participant),
        "consent_texts": _consent_texts(participant),
        "committee_reviews": _review_data(participant),
        "audit_events": _audit_data(participant),
    }


def _entry_data(entry: RegistryEntry | None) -> dict[str, Any] | None:
    if entry is None:
        return None
    return {
        **entry.all_values(),
        "sections_filled_in": entry.sections_saved,
        "created_at": entry.created_at.isoformat(),
        "updated_at": entry.updated_at.isoformat(),
    }


def _history_data(entry: RegistryEntry | None) -> list[dict[str, Any]]:
    if entry is None:
        return []
    return [
        {
            "changed_at": change.changed_at.isoformat(),
            "section": change.section,
            "changed_by": change.changed_by_role,
            "previous_values": change.previous_values,
            "new_values": change.new_values,
        }
        for change in entry.changes.order_by("changed_at", "pk")
    ]


def _consent_data(participant: Participant) -> list[dict[str, Any]]:
    records = participant.consent_records.order_by("given_at", "pk").select_related("version")
    return [
        {
            "kind": record.kind,
            "given_at": record.given_at.isoformat(),
            "version": record.version.number,
            "language": record.language,
            "signed_as": record.signed_as,
            "text_sha256": record.text_sha256,
            "registry_participation": record.registry_participation,
            "research_use": record.research_use,
            "recontact": record.recontact,
            "industry_sharing": record.industry_sharing,
            "data_use_terms": record.data_use_terms(),
        }
        for record in records
    ]


def _consent_texts(participant: Participant) -> list[dict[str, Any]]:
    """The texts of the consents given, in the language each was read in."""
    records = participant.consent_records.filter(kind="consent").select_related("version")
    shown = sorted({(record.version, record.language) for record in records}, key=_by_number)
    texts = []
    for version, language in shown:
        text = version.text_in(language)
        texts.append(
            {
                "version": version.number,
                "language": text.language_code,
                "effective_date": version.effective_date.isoformat(),
                "title": text.title,
                "text": text.text,
            }
        )
    return texts


def _review_data(participant: Participant) -> list[dict[str, Any]]:
    # By decision and reason only: who in the committee decided is not the participant's data.
    return [
        {
            "reviewed_at": review.reviewed_at.isoformat(),
            "decision": review.decision,
            "reason": review.reason,
        }
        for review in participant.reviews.order_by("reviewed_at", "pk")
    ]


def _by_number(pair: tuple[Any, str]) -> tuple[int, str]:
    return pair[0].number, pair[1]


def _audit_data(participant: Participant) -> list[dict[str, Any]]:
    # Who acted is told by role only: the account numbers of others are theirs, not the
    # participant's data.
    return [
        {"at": event.at.isoformat(), "role": event.actor_role, "action": event.action}
        for event in AuditEvent.objects.about(participant.pseudonym).order_by("at", "pk")
    ]
