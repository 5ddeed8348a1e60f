"""Consent as a ledger: versioned consent texts (ConsentVersion), every consent given or withdrawn
(ConsentRecord, never changed), and the marker an erasure leaves in their place (ErasureMarker).
What a participant's consent is now is derived from the ledger in one place: registry/consent.py.
"""

from datetime import date
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from parler.fields import TranslationsForeignKey
from parler.managers import TranslatableQuerySet
from parler.models import TranslatableModel, TranslatedFieldsModel

from ..append_only import AppendOnlyModel, AppendOnlyQuerySet
from ..vocabularies import Capacity


class PublishedVersionError(Exception):
    """A published consent version, or its text, was about to be changed or deleted."""

    def __init__(self) -> None:
        super().__init__("A published consent version and its texts cannot change.")


class ConsentVersionQuerySet(TranslatableQuerySet):
    def published(self) -> "ConsentVersionQuerySet":
        return self.filter(status=ConsentVersion.Status.PUBLISHED)

    def in_effect(self, *, today: date | None = None) -> "ConsentVersionQuerySet":
        """Published versions whose effective date has come."""
        return self.published().filter(effective_date__lte=today or timezone.localdate())

    def current(self, *, today: date | None = None) -> "ConsentVersion | None":
        """The version a participant consents to today: the latest in effect."""
        return self.in_effect(today=today).order_by("-number").first()

    def update(self, **kwargs: Any) -> int:
        if self.published().exists():
            raise PublishedVersionError
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        if self.published().exists():
            raise PublishedVersionError
        return super().delete()


class ConsentVersion(TranslatableModel):
    """A consent text, in each language of the site. Editors write a draft; once published it
    never changes (it is what participants agree to, and each record keeps the hash of the text
    shown), and it takes effect on its date. A version that changes something material is
    marked as requiring re-consent: from its date, participants must consent again before they
    add or change data, and researchers stop using their data until they do."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    number = models.PositiveIntegerField(_("version"), unique=True, editable=False)
    effective_date = models.DateField(
        _("takes effect on"),
        help_text=_("Participants are asked to agree to this version from this date."),
    )
    requires_reconsent = models.BooleanField(
        _("requires consent again"),
        default=False,
        help_text=_(
            "Tick when this version changes what participants agreed to: from its date they "
            "must consent again before adding or changing data, and researchers stop using "
            "their data until they do."
        ),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, editable=False
    )
    published_at = models.DateTimeField(_("published"), null=True, editable=False)

    objects = ConsentVersionQuerySet.as_manager()

    class Meta:
        verbose_name = _("consent version")
        verbose_name_plural = _("consent versions")
        ordering = ["-number"]

    def __str__(self) -> str:
        return str(_("Consent version %(number)s") % {"number": self.number})

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.refuse_change()
        if self.number is None:
            self.number = (ConsentVersion.objects.aggregate(Max("number"))["number__max"] or 0) + 1
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        self.refuse_change()
        return super().delete(*args, **kwargs)

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def refuse_change(self) -> None:
        """Raise if this version is published in the database (whatever this object says)."""
        if self.pk and ConsentVersion.objects.filter(pk=self.pk).published().exists():
            raise PublishedVersionError

    def text_in(self, language: str) -> "ConsentVersionTranslation":
        """The text shown to a reader of `language`: theirs, or English when it is missing."""
        translations = {t.language_code: t for t in self.translations.all()}
        return translations.get(language) or translations[settings.LANGUAGE_CODE]


class ConsentVersionTranslationQuerySet(TranslatableQuerySet):
    def update(self, **kwargs: Any) -> int:
        if self.filter(master__status=ConsentVersion.Status.PUBLISHED).exists():
            raise PublishedVersionError
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        if self.filter(master__status=ConsentVersion.Status.PUBLISHED).exists():
            raise PublishedVersionError
        return super().delete()


class ConsentVersionTranslation(TranslatedFieldsModel):
    master = TranslationsForeignKey(
        ConsentVersion, related_name="translations", null=True, on_delete=models.CASCADE
    )
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(
        _("text"),
        help_text=_(
            'Plain text. Leave an empty line between paragraphs; a line starting with "## " '
            'is a heading, lines starting with "- " make a list.'
        ),
    )

    objects = ConsentVersionTranslationQuerySet.as_manager()

    class Meta:
        verbose_name = _("consent text")
        unique_together = [("language_code", "master")]

    def save(self, *args: Any, **kwargs: Any) -> None:
        self._refuse_change()
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        self._refuse_change()
        return super().delete(*args, **kwargs)

    def _refuse_change(self) -> None:
        if self.master_id and ConsentVersion.objects.filter(pk=self.master_id).published().exists():
            raise PublishedVersionError


class ConsentRecordQuerySet(AppendOnlyQuerySet):
    def latest_first(self) -> "ConsentRecordQuerySet":
        return self.order_by("-given_at", "-pk")


class ConsentRecord(AppendOnlyModel):
    """One line of the ledger: a consent given, or withdrawn, for one participant. A change of
    mind adds a record; none is ever changed. The answers map to GA4GH Data Use Ontology terms:
    research use is HMB (health or medical research); without industry sharing the data are
    for non-commercial use only (NCU)."""

    class Kind(models.TextChoices):
        CONSENT = "consent", _("Consent given")
        WITHDRAWAL = "withdrawal", _("Consent withdrawn")

    participant = models.ForeignKey(
        "registry.Participant", on_delete=models.PROTECT, related_name="consent_records"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("signed by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    signed_as = models.CharField(_("signed as"), max_length=30, choices=Capacity.choices)
    version = models.ForeignKey(
        ConsentVersion, verbose_name=_("version"), on_delete=models.PROTECT, related_name="records"
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    given_at = models.DateTimeField(_("time"), default=timezone.now, editable=False)
    text_sha256 = models.CharField(
        _("SHA-256 of the text shown"),
        max_length=64,
        blank=True,
        help_text=_("Empty for a withdrawal, which shows no consent text."),
    )
    registry_participation = models.BooleanField(_("takes part in the registry"))
    research_use = models.BooleanField(_("use by approved researchers for health research"))
    recontact = models.BooleanField(_("may be contacted about studies"))
    industry_sharing = models.BooleanField(_("may be shared with industry"))

    objects = ConsentRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        ordering = ["-given_at", "-pk"]
        indexes = [models.Index(fields=["participant", "-given_at", "-id"])]
        constraints = [
            models.CheckConstraint(
                name="registry_consent_record_is_consent_or_withdrawal",
                condition=(Q(kind="consent", registry_participation=True) & ~Q(text_sha256=""))
                | Q(
                    kind="withdrawal",
                    registry_participation=False,
                    research_use=False,
                    recontact=False,
                    industry_sharing=False,
                    text_sha256="",
                ),
            ),
            models.CheckConstraint(
                name="registry_industry_sharing_needs_research_use",
                condition=Q(industry_sharing=False) | Q(research_use=True),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.given_at:%Y-%m-%d %H:%M}"

    @property
    def is_withdrawal(self) -> bool:
        return self.kind == self.Kind.WITHDRAWAL

    def data_use_terms(self) -> list[str]:
        """The GA4GH Data Use Ontology terms this record allows: HMB, with NCU unless industry
        may use the data; none without research use."""
        if not self.research_use:
            return []
        return ["HMB"] if self.industry_sharing else ["HMB", "NCU"]


class ErasureMarker(AppendOnlyModel):
    """What is left of a participant after an erasure: their pseudonym (so that a copy held by
    researchers can be found and deleted), when it happened, and how many consent records the
    ledger held. Nothing else about them remains."""

    pseudonym = models.CharField(_("pseudonym"), max_length=20, unique=True)
    erased_at = models.DateTimeField(_("erased"), default=timezone.now, editable=False)
    consent_records_removed = models.PositiveIntegerField(_("consent records removed"))

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = _("erasure marker")
        verbose_name_plural = _("erasure markers")
        ordering = ["-erased_at"]

    def __str__(self) -> str:
        return self.pseudonym
