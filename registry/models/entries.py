"""The research data a participant reports (RegistryEntry), in four sections, and the history of
its previous values (EntryChange)."""

from typing import Any

from django.db import models
from django.db.models import F, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from ..append_only import AppendOnlyModel, AppendOnlyQuerySet
from ..vocabularies import DiagnosisStatus, MembershipAnswer, Sex, Symptom, Syndrome
from .participants import Participant


class EntrySection(models.TextChoices):
    """The steps of the entry: each is filled in and saved on its own, so a participant can stop
    after any of them and come back."""

    ABOUT = "about", _("About the person")
    DIAGNOSIS = "diagnosis", _("Diagnosis")
    GENETICS = "genetics", _("Gene and variant")
    SYMPTOMS = "symptoms", _("Symptoms")


# The fields of each section, in the order the forms ask them. "syndromes" and "symptoms" are
# lists, kept in their own rows (EntrySyndrome, EntrySymptom) so they can be counted.
SECTION_FIELDS: dict[str, list[str]] = {
    EntrySection.ABOUT: [
        "country",
        "year_of_birth",
        "sex",
        "patient_organisation_member",
        "patient_organisation_name",
    ],
    EntrySection.DIAGNOSIS: [
        "diagnosis_status",
        "syndromes",
        "syndrome_other",
        "age_at_onset",
        "age_at_diagnosis",
    ],
    EntrySection.GENETICS: ["gene", "variant", "genetics_unsure"],
    EntrySection.SYMPTOMS: ["symptoms", "symptoms_other"],
}
LIST_FIELDS = ("syndromes", "symptoms")

# What the steering committee may read of an entry: the research answers, never who the
# person is (Participant.account, Identity) nor free text that could name them (the patient
# organisation's name). The pseudonym comes as an annotation.
COMMITTEE_ANSWER_FIELDS = [
    "country",
    "year_of_birth",
    "sex",
    "patient_organisation_member",
    "diagnosis_status",
    "syndrome_other",
    "age_at_onset",
    "age_at_diagnosis",
    "gene",
    "variant",
    "genetics_unsure",
    "symptoms_other",
]
# ...and what the committee's pages need besides (the export's columns start from the answers).
COMMITTEE_FIELDS = ["participant", *COMMITTEE_ANSWER_FIELDS, "sections_saved", "updated_at"]


class RegistryEntryQuerySet(models.QuerySet["RegistryEntry"]):
    def managed_by(self, user: Any) -> "RegistryEntryQuerySet":
        if not user.is_authenticated:
            return self.none()
        return self.filter(participant__account_id=user.pk)

    def with_current_consent(self) -> "RegistryEntryQuerySet":
        """Each entry annotated with its participant's consent state (registry/consent.py)."""
        from ..consent import annotate_current_consent

        return annotate_current_consent(self, participant_path="participant__")

    def consent_active(self) -> "RegistryEntryQuerySet":
        from ..consent import active_consent_filter

        return self.with_current_consent().filter(active_consent_filter())

    def research_use_active(self) -> "RegistryEntryQuerySet":
        """The entries researchers may use now: the participant's latest consent record gives
        research use (HMB), it was not withdrawn since, and no version requiring re-consent has
        taken effect after it. The committee's queue, statistics and export start here."""
        return self.consent_active().filter(Q(consent_research_use=True))

    def visible_to_committee(self) -> "RegistryEntryQuerySet":
        """What the steering committee may see, the one rule its queue, entry page, statistics
        and export all read through: entries whose research-use consent is in force now
        (research_use_active), with their pseudonym (annotation `pseudonym`), their latest
        review (with_review) and only the fields in COMMITTEE_FIELDS loaded."""
        return (
            self.research_use_active()
            .annotate(pseudonym=F("participant__pseudonym"))
            .with_review()
            .only(*COMMITTEE_FIELDS)
        )

    def with_review(self) -> "RegistryEntryQuerySet":
        """Each entry annotated with its latest review (models/reviews.py): `review_decision`
        (None while never reviewed) and `reviewed_at`."""
        from .reviews import EntryReview

        latest = EntryReview.objects.filter(participant=OuterRef("participant")).latest_first()
        return self.annotate(
            review_decision=Subquery(latest.values("decision")[:1]),
            reviewed_at=Subquery(latest.values("reviewed_at")[:1]),
        )

    def approved(self) -> "RegistryEntryQuerySet":
        """Of entries annotated by with_review(): those whose latest review approves them."""
        from .reviews import ReviewDecision

        return self.filter(Q(review_decision=ReviewDecision.APPROVED))


class RegistryEntry(models.Model):
    """Non-clinical, patient-reported data about one participant. Never holds their name or
    contact details (Identity), and reaches researchers only under their consent."""

    participant = models.OneToOneField(Participant, on_delete=models.CASCADE, related_name="entry")
    # About the person
    country = CountryField(_("country of residence"), blank=True)
    year_of_birth = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    sex = models.CharField(_("sex"), max_length=20, choices=Sex.choices, blank=True)
    patient_organisation_member = models.CharField(
        _("member of a national patient organisation"),
        max_length=20,
        choices=MembershipAnswer.choices,
        blank=True,
    )
    patient_organisation_name = models.CharField(
        _("name of the patient organisation"), max_length=200, blank=True
    )
    # Diagnosis
    diagnosis_status = models.CharField(
        _("diagnosis"), max_length=20, choices=DiagnosisStatus.choices, blank=True
    )
    syndrome_other = models.CharField(_("other syndrome"), max_length=200, blank=True)
    age_at_onset = models.PositiveSmallIntegerField(
        _("age when the first symptoms began"), null=True, blank=True
    )
    age_at_diagnosis = models.PositiveSmallIntegerField(
        _("age at diagnosis"), null=True, blank=True
    )
    # Gene and variant
    gene = models.CharField(_("gene"), max_length=100, blank=True)
    variant = models.CharField(_("variant"), max_length=200, blank=True)
    genetics_unsure = models.BooleanField(
        _("gene and variant as the participant wrote them, to be checked"),
        default=False,
        help_text=_(
            "Ticked by a participant who is not sure of the notation: their text is kept as "
            "typed, without validation."
        ),
    )
    # Symptoms
    symptoms_other = models.CharField(_("other symptoms"), max_length=300, blank=True)

    sections_saved = models.JSONField(_("sections filled in"), default=list, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = RegistryEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("registry entry")
        verbose_name_plural = _("registry entries")
        # The registry's two roles besides participants (registry/roles.py).
        permissions = [
            ("review_entries", _("Can review consented entries as the steering committee")),
            ("administer_registry", _("Can manage consent versions and committee accounts")),
        ]

    def __str__(self) -> str:
        return str(self.participant_id)

    def values_of(self, section: str) -> dict[str, Any]:
        """The stored values of one section, as plain data (codes, numbers, sorted lists)."""
        return {name: self._value(name) for name in SECTION_FIELDS[section]}

    def all_values(self) -> dict[str, Any]:
        return {name: self._value(name) for fields in SECTION_FIELDS.values() for name in fields}

    def has_section(self, section: str) -> bool:
        return section in self.sections_saved

    def review_decision_label(self) -> str:
        """For an entry from with_review(): its latest decision in words, "" while never
        reviewed."""
        from .reviews import ReviewDecision

        decision = getattr(self, "review_decision", None)
        return str(ReviewDecision(decision).label) if decision else ""

    def _value(self, name: str) -> Any:
        if name == "syndromes":
            return sorted(row.syndrome for row in self.syndrome_rows.all())
        if name == "symptoms":
            return sorted(row.symptom for row in self.symptom_rows.all())
        if name == "country":
            return self.country.code or ""
        return getattr(self, name)


class EntrySyndrome(models.Model):
    entry = models.ForeignKey(RegistryEntry, on_delete=models.CASCADE, related_name="syndrome_rows")
    syndrome = models.CharField(_("syndrome"), max_length=20, choices=Syndrome.choices)

    class Meta:
        verbose_name = _("syndrome of an entry")
        constraints = [
            models.UniqueConstraint(fields=["entry", "syndrome"], name="registry_syndrome_once")
        ]

    def __str__(self) -> str:
        return self.syndrome


class EntrySymptom(models.Model):
    entry = models.ForeignKey(RegistryEntry, on_delete=models.CASCADE, related_name="symptom_rows")
    symptom = models.CharField(_("symptom"), max_length=30, choices=Symptom.choices)

    class Meta:
        verbose_name = _("symptom of an entry")
        constraints = [
            models.UniqueConstraint(fields=["entry", "symptom"], name="registry_symptom_once")
        ]

    def __str__(self) -> str:
        return self.symptom


class EntryChange(AppendOnlyModel):
    """One correction of one section: the values before and after, for the fields that changed.
    Written by services.entry_save_section in the same transaction as the change; the
    participant sees these rows, and they go only with an erasure."""

    entry = models.ForeignKey(RegistryEntry, on_delete=models.PROTECT, related_name="changes")
    section = models.CharField(_("section"), max_length=20, choices=EntrySection.choices)
    changed_at = models.DateTimeField(_("changed"), default=timezone.now, editable=False)
    changed_by_role = models.CharField(_("changed by"), max_length=30)
    previous_values = models.JSONField(_("previous values"))
    new_values = models.JSONField(_("new values"))

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = _("change of an entry")
        verbose_name_plural = _("changes of entries")
        ordering = ["-changed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.section} {self.changed_at:%Y-%m-%d}"
