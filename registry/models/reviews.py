"""The steering committee's work on the entries: its reviews (EntryReview) and its exports for
researchers (CommitteeExport). Both are append-only, like the consent ledger: a new decision
adds a row, so the participant and the committee keep the whole story of an entry (approved,
then information asked after a correction, ...), and what an entry's status is now is derived
from its latest review in one place (RegistryEntry.objects.with_review())."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..append_only import AppendOnlyModel, AppendOnlyQuerySet


class ReviewDecision(models.TextChoices):
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    NEEDS_INFORMATION = "needs_information", _("More information needed")


class EntryReviewQuerySet(AppendOnlyQuerySet):
    def latest_first(self) -> "EntryReviewQuerySet":
        return self.order_by("-reviewed_at", "-pk")


class EntryReview(AppendOnlyModel):
    """One decision of the committee on one participant's entry, with its reason. The latest
    one is the entry's status; only approved entries leave in an export. Erased with the
    participant."""

    participant = models.ForeignKey(
        "registry.Participant", on_delete=models.PROTECT, related_name="reviews"
    )
    decision = models.CharField(_("decision"), max_length=30, choices=ReviewDecision.choices)
    reason = models.TextField(_("reason"))
    reviewed_at = models.DateTimeField(_("time"), default=timezone.now, editable=False)
    # A number, not a foreign key, as in the audit log: a committee member's account may go,
    # their decisions stay.
    reviewer_id = models.PositiveBigIntegerField(_("account number of the reviewer"), null=True)

    objects = EntryReviewQuerySet.as_manager()

    class Meta:
        verbose_name = _("review of an entry")
        verbose_name_plural = _("reviews of entries")
        ordering = ["-reviewed_at", "-pk"]
        indexes = [models.Index(fields=["participant", "-reviewed_at", "-id"])]

    def __str__(self) -> str:
        return f"{self.get_decision_display()} {self.reviewed_at:%Y-%m-%d %H:%M}"


class CommitteeExport(AppendOnlyModel):
    """One export of entries for researchers: who, when, with which filter, and how many rows
    left. Written when the file has been streamed to its end, or when the download stopped
    half-way (then `completed` is false and `rows` says how many rows may have left)."""

    exported_at = models.DateTimeField(_("time"), default=timezone.now, editable=False)
    actor_id = models.PositiveBigIntegerField(_("account number"), null=True)
    industry_sharing_only = models.BooleanField(
        _("only entries whose participants agreed to sharing with industry")
    )
    rows = models.PositiveIntegerField(_("rows exported"))
    completed = models.BooleanField(_("streamed to the end"))

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = _("export for researchers")
        verbose_name_plural = _("exports for researchers")
        ordering = ["-exported_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.exported_at:%Y-%m-%d %H:%M} {self.rows}"
