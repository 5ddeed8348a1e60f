"""The committee's one write besides exports: a review of an entry. The review and its audit
event are one transaction; the participant's mail leaves after it is committed, and a mail
server that is down loses nothing (the participant reads the decision on their page)."""

from functools import partial
from typing import Any

from django.db import transaction

from ..audit import audit_record
from ..models import AuditAction, AuditRole, EntryReview, RegistryEntry, ReviewDecision
from .notifications import tell_participant

AUDIT_ACTIONS = {
    ReviewDecision.APPROVED: AuditAction.ENTRY_APPROVED,
    ReviewDecision.REJECTED: AuditAction.ENTRY_REJECTED,
    ReviewDecision.NEEDS_INFORMATION: AuditAction.INFORMATION_REQUESTED,
}


@transaction.atomic
def entry_review(
    *, entry: RegistryEntry, reviewer: Any, decision: str, reason: str, notify: bool = True
) -> EntryReview:
    """Record a decision of the committee on an entry it may see (access.committee_entry)."""
    review = EntryReview.objects.create(
        participant_id=entry.participant_id,
        decision=decision,
        reason=reason,
        reviewer_id=getattr(reviewer, "pk", None),
    )
    audit_record(
        actor=reviewer,
        role=AuditRole.COMMITTEE,
        action=AUDIT_ACTIONS[ReviewDecision(decision)],
        pseudonym=getattr(entry, "pseudonym", ""),
    )
    if notify:
        transaction.on_commit(partial(tell_participant, review.pk))
    return review
