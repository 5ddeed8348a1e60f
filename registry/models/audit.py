"""The append-only audit log: who (account and role) did what to which pseudonym, and when.
Never a data value. Rows are never changed or deleted, not even by an erasure: after one, a
pseudonym no longer leads to anybody. The steering committee's looks, reviews, statistics and
exports are recorded under its own role (registry/committee/)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..append_only import AppendOnlyModel, AppendOnlyQuerySet


class AuditRole(models.TextChoices):
    PARTICIPANT = "participant", _("The participant")
    PROXY = "proxy", _("Parent, guardian or representative")
    COMMITTEE = "committee", _("A member of the steering committee")


class AuditAction(models.TextChoices):
    REGISTERED = "registered", _("Registered")
    CONSENT_GIVEN = "consent_given", _("Gave consent")
    CONSENT_WITHDRAWN = "consent_withdrawn", _("Withdrew consent")
    ENTRY_VIEWED = "entry_viewed", _("Looked at the entry")
    ENTRY_CHANGED = "entry_changed", _("Changed the entry")
    IDENTITY_CHANGED = "identity_changed", _("Changed name or contact details")
    DATA_DOWNLOADED = "data_downloaded", _("Downloaded all data")
    ERASED = "erased", _("Erased the participant's data")
    ENTRY_APPROVED = "entry_approved", _("Approved the entry for research")
    ENTRY_REJECTED = "entry_rejected", _("Rejected the entry")
    INFORMATION_REQUESTED = "information_requested", _("Asked for more information")
    STATISTICS_VIEWED = "statistics_viewed", _("Looked at the statistics")
    ENTRY_EXPORTED = "entry_exported", _("Exported the entry for researchers")


class AuditEventQuerySet(AppendOnlyQuerySet):
    def about(self, pseudonym: str) -> "AuditEventQuerySet":
        return self.filter(pseudonym=pseudonym)


class AuditEvent(AppendOnlyModel):
    at = models.DateTimeField(_("time"), default=timezone.now, editable=False, db_index=True)
    # A number, not a foreign key: deleting an account must neither change nor delete its rows.
    actor_id = models.PositiveBigIntegerField(_("account number"), null=True)
    actor_role = models.CharField(_("role"), max_length=40, choices=AuditRole.choices)
    pseudonym = models.CharField(_("pseudonym"), max_length=20, blank=True, db_index=True)
    action = models.CharField(_("action"), max_length=40, choices=AuditAction.choices)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_role} {self.action} {self.pseudonym}"
