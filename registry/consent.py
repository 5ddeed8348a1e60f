"""A participant's consent now, derived from the ledger: the one place that decides it.

The ledger (ConsentRecord) only grows. What counts is the participant's latest record (by time,
then by insertion), not any record: consent given, changed and withdrawn leaves three records,
and only the withdrawal counts. A consent is in force when that latest record gives consent and
no published version marked "requires consent again" has taken effect with a higher number than
the version consented to.

Everything that needs the answer reads it from these annotations, computed in the database so
that a list of any length costs one query:

    consent_kind               "consent", "withdrawal", or None (never consented)
    consent_research_use       research use by approved researchers (HMB)
    consent_recontact          may be contacted about studies
    consent_industry_sharing   may be shared with industry (without it: NCU)
    consent_version_number     the version the latest record refers to
    consent_given_at           when the latest record was made
    reconsent_required         a version requiring re-consent has taken effect since

Participant.objects and RegistryEntry.objects have with_current_consent(), consent_active()
and research_use_active() built on them; CurrentConsent describes one participant for a page.
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from .models.consent import ConsentRecord, ConsentVersion

Q_ = TypeVar("Q_", bound=QuerySet[Any])

ANSWER_FIELDS = {
    "consent_kind": "kind",
    "consent_research_use": "research_use",
    "consent_recontact": "recontact",
    "consent_industry_sharing": "industry_sharing",
    "consent_version_number": "version__number",
    "consent_given_at": "given_at",
}


def annotate_current_consent(
    queryset: Q_, *, participant_path: str, today: date | None = None
) -> Q_:
    """Annotate each row of `queryset` (participants, or rows linked to one through
    `participant_path`, such as "participant__") with its participant's current consent."""
    participant = OuterRef(f"{participant_path}pk" if participant_path else "pk")
    latest = ConsentRecord.objects.filter(participant=participant).order_by("-given_at", "-pk")
    annotated = queryset.annotate(
        **{name: Subquery(latest.values(field)[:1]) for name, field in ANSWER_FIELDS.items()}
    )
    later_version_requiring_reconsent = ConsentVersion.objects.in_effect(
        today=today or timezone.localdate()
    ).filter(requires_reconsent=True, number__gt=OuterRef("consent_version_number"))
    return annotated.annotate(reconsent_required=Exists(later_version_requiring_reconsent))


def active_consent_filter() -> Q:
    """For a queryset annotated by annotate_current_consent: consent given and in force."""
    return Q(consent_kind=ConsentRecord.Kind.CONSENT, reconsent_required=False)


@dataclass(frozen=True)
class CurrentConsent:
    """One participant's consent now, as the annotations say, for their own pages."""

    kind: str | None
    research_use: bool
    recontact: bool
    industry_sharing: bool
    version_number: int | None
    given_at: datetime | None
    reconsent_required: bool

    @classmethod
    def of(cls, annotated: Any) -> "CurrentConsent":
        """From a row annotated by annotate_current_consent."""
        return cls(
            kind=annotated.consent_kind,
            research_use=bool(annotated.consent_research_use),
            recontact=bool(annotated.consent_recontact),
            industry_sharing=bool(annotated.consent_industry_sharing),
            version_number=annotated.consent_version_number,
            given_at=annotated.consent_given_at,
            reconsent_required=bool(annotated.reconsent_required),
        )

    @property
    def never_given(self) -> bool:
        return self.kind is None

    @property
    def is_withdrawn(self) -> bool:
        return self.kind == ConsentRecord.Kind.WITHDRAWAL

    @property
    def is_active(self) -> bool:
        """Data may be entered and changed, and used as the answers say."""
        return self.kind == ConsentRecord.Kind.CONSENT and not self.reconsent_required


def current_consent(participant: Any) -> CurrentConsent:
    """The consent of one participant now (one query)."""
    from .models import Participant

    return CurrentConsent.of(Participant.objects.with_current_consent().get(pk=participant.pk))
