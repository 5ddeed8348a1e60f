"""Writing to the audit log (models/audit.py). Part 2 records the committee's actions with the
same function and its own roles and actions.

    audit_record(actor=request.user, role=AuditRole.PARTICIPANT, action=AuditAction.ENTRY_VIEWED,
                 pseudonym=participant.pseudonym)
"""

from typing import Any

from .models import AuditAction, AuditEvent, AuditRole, Participant


def audit_record(*, actor: Any, role: str, action: str, pseudonym: str = "") -> AuditEvent:
    """Append one event: who (account number and role) did what to which pseudonym. Never pass
    a data value: the log keeps no values, so that it can outlive an erasure."""
    return AuditEvent.objects.create(
        actor_id=getattr(actor, "pk", None), actor_role=role, action=action, pseudonym=pseudonym
    )


def audit_participant_action(*, actor: Any, participant: Participant, action: str) -> AuditEvent:
    """An action of the account that manages `participant`, in its capacity for them."""
    return audit_record(
        actor=actor, role=participant.audit_role, action=action, pseudonym=participant.pseudonym
    )


__all__ = ["AuditAction", "AuditRole", "audit_participant_action", "audit_record"]
