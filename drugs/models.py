"""The list of potentially harmful drugs: its revisions, their entries, and the vocabularies the
entries use (drug groups, and the genes and syndromes advice can depend on).

A revision holds the complete list as it stood. Once published, a revision and everything in it
are immutable: saving, deleting, or updating them through a queryset raises
PublishedRevisionError, whatever the caller (the admin, an import, a shell).
"""

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from parler.fields import TranslationsForeignKey
from parler.managers import TranslatableQuerySet
from parler.models import TranslatableModel, TranslatedFields, TranslatedFieldsModel

from imp_site.permissions import user_may

from .codes import normalise_atc_codes, reference_links, validate_atc_codes, validate_references
from .search_text import search_text_of


class PublishedRevisionError(Exception):
    """A published revision, or something in it, was about to be changed or deleted."""

    def __init__(self) -> None:
        super().__init__("A published revision of the drug list and its entries cannot change.")


class Tier(models.TextChoices):
    """How strong the evidence of harm is; what each tier means is in tiers.py."""

    YELLOW = "yellow", _("Yellow")
    ORANGE = "orange", _("Orange")
    RED = "red", _("Red")


class DrugGroup(TranslatableModel):
    """A group of drugs as pharmacists know them ("Antiepileptics"), for filtering the list."""

    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    translations = TranslatedFields(name=models.CharField(_("name"), max_length=200))

    class Meta:
        verbose_name = _("drug group")
        verbose_name_plural = _("drug groups")

    def __str__(self) -> str:
        return self.safe_translation_getter("name", any_language=True) or self.slug


class Condition(TranslatableModel):
    """A gene or syndrome that some advice depends on (POLG, MT-RNR1, MELAS)."""

    class Kind(models.TextChoices):
        GENE = "gene", _("Gene")
        SYNDROME = "syndrome", _("Syndrome")

    code = models.CharField(
        _("code"), max_length=40, unique=True, help_text=_("As specialists write it: POLG, MELAS.")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    translations = TranslatedFields(name=models.CharField(_("name"), max_length=200))

    class Meta:
        verbose_name = _("condition")
        verbose_name_plural = _("conditions")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.code


# The list's own pages sit where a drug's address would (drugs/urls.py): no drug may take their
# names, or its page could never be reached.
RESERVED_DRUG_SLUGS = frozenset({"revisions", "compare", "print", "pdf", "download"})


def validate_drug_slug(slug: str) -> None:
    if slug in RESERVED_DRUG_SLUGS:
        raise ValidationError(
            _("The list's own pages use this address; choose another slug."), code="reserved"
        )


class Drug(models.Model):
    """What entries are about across revisions (a substance, a group of substances or a non-drug
    item): its slug gives the entry a permanent address, and ties its history together."""

    slug = models.SlugField(
        _("permanent address"), max_length=120, unique=True, validators=[validate_drug_slug]
    )

    class Meta:
        verbose_name = _("drug")
        verbose_name_plural = _("drugs")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.slug

    def get_absolute_url(self) -> str:
        return reverse("drugs:drug", kwargs={"slug": self.slug})


class RevisionQuerySet(TranslatableQuerySet):
    def published(self) -> "RevisionQuerySet":
        return self.filter(status=Revision.Status.PUBLISHED)

    def drafts(self) -> "RevisionQuerySet":
        return self.filter(status=Revision.Status.DRAFT)

    def current(self) -> "Revision | None":
        """The revision visitors read: the one published last."""
        return self.published().order_by("-publication_number").first()

    def visible_to(self, user: Any) -> "RevisionQuerySet":
        """Visitors see published revisions; people who may change the list also see drafts,
        to preview them."""
        if user.is_authenticated and user_may(user, "change", Revision):
            return self.all()
        return self.published()

    def update(self, **kwargs: Any) -> int:
        if self.published().exists():
            raise PublishedRevisionError
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        if self.published().exists():
            raise PublishedRevisionError
        return super().delete()


class Revision(TranslatableModel):
    """The whole list as it stood at one time ("2026-1"); a new one every six months."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    label = models.SlugField(
        _("label"), max_length=20, unique=True, help_text=_("Year and half-year, such as 2026-2.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, editable=False
    )
    # Set when published: the last published revision is the current one.
    publication_number = models.PositiveIntegerField(null=True, unique=True, editable=False)
    published_at = models.DateTimeField(_("published"), null=True, editable=False)
    publication_date = models.DateField(_("publication date"), null=True, blank=True)
    next_review_date = models.DateField(
        _("next review"), null=True, blank=True, help_text=_("Six months after publication.")
    )
    is_example_data = models.BooleanField(
        _("example data"),
        default=False,
        help_text=_("Demonstration data, not IMP's list: visitors are told so on every page."),
    )
    reviewed_by = models.CharField(
        _("reviewed by"),
        max_length=200,
        blank=True,
        help_text=_("For example: the Radboud Center for Mitochondrial Medicine."),
    )
    objects = RevisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        ordering = ["-label"]

    def __str__(self) -> str:
        return self.label

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.refuse_change()
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        self.refuse_change()
        return super().delete(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("drugs:revision", kwargs={"label": self.label})

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def refuse_change(self) -> None:
        """Raise if this revision is published in the database (whatever this object says)."""
        if self.pk and Revision.objects.filter(pk=self.pk).published().exists():
            raise PublishedRevisionError

    def is_overdue(self, *, today: date | None = None) -> bool:
        """Whether its next review date has passed."""
        today = today or timezone.localdate()
        return self.next_review_date is not None and self.next_review_date < today

    @staticmethod
    def default_next_review(publication_date: date) -> date:
        """Six months later (the last day of a shorter month when the day does not exist)."""
        month = publication_date.month + 6
        year, month = publication_date.year + (month - 1) // 12, (month - 1) % 12 + 1
        for day in range(publication_date.day, 27, -1):
            try:
                return date(year, month, day)
            except ValueError:
                continue
        return date(year, month, 28)


class RevisionTranslationQuerySet(TranslatableQuerySet):
    def update(self, **kwargs: Any) -> int:
        if self.filter(master__status=Revision.Status.PUBLISHED).exists():
            raise PublishedRevisionError
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        if self.filter(master__status=Revision.Status.PUBLISHED).exists():
            raise PublishedRevisionError
        return super().delete()


class RevisionTranslation(TranslatedFieldsModel):
    master = TranslationsForeignKey(
        Revision, related_name="translations", null=True, on_delete=models.CASCADE
    )
    summary_of_changes = models.TextField(
        _("summary of changes"), help_text=_("What changed since the previous revision.")
    )
    objects = RevisionTranslationQuerySet.as_manager()

    class Meta:
        verbose_name = _("revision text")
        unique_together = [("language_code", "master")]

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.master_id and Revision.objects.filter(pk=self.master_id).published().exists():
            raise PublishedRevisionError
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        if self.master_id and Revision.objects.filter(pk=self.master_id).published().exists():
            raise PublishedRevisionError
        return super().delete(*args, **kwargs)


class RevisionContentQuerySet(TranslatableQuerySet):
    """Rows that belong to a revision through `revision_lookup`: no update or delete reaches one
    of a published revision."""

    revision_lookup = "revision"

    def in_published_revision(self) -> "RevisionContentQuerySet":
        return self.filter(**{f"{self.revision_lookup}__status": Revision.Status.PUBLISHED})

    def update(self, **kwargs: Any) -> int:
        if self.in_published_revision().exists():
            raise PublishedRevisionError
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        if self.in_published_revision().exists():
            raise PublishedRevisionError
        return super().delete()

    def bulk_create(self, objs: Any, *args: Any, **kwargs: Any) -> Any:
        objs = list(objs)
        revision_ids = {getattr(obj, f"{self.revision_lookup}_id", None) for obj in objs}
        if Revision.objects.filter(pk__in=revision_ids).published().exists():
            raise PublishedRevisionError
        return super().bulk_create(objs, *args, **kwargs)


class EntryQuerySet(RevisionContentQuerySet):
    def for_listing(self) -> "EntryQuerySet":
        """Everything an entry shows, fetched with the rows: a list costs the same queries for
        30 entries or 3,000."""
        return self.select_related("drug", "group").prefetch_related(
            "translations", "group__translations", "conditions", "conditions__translations"
        )


class Entry(TranslatableModel):
    """A drug, a group of drugs or a non-drug item as one revision of the list has it."""

    class Kind(models.TextChoices):
        SUBSTANCE = "substance", _("Substance")
        GROUP = "group", _("Group of substances")
        NON_DRUG = "non_drug", _("Not a drug")

    revision = models.ForeignKey(
        Revision, on_delete=models.CASCADE, related_name="entries", verbose_name=_("revision")
    )
    drug = models.ForeignKey(
        Drug, on_delete=models.PROTECT, related_name="entries", verbose_name=_("drug")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.SUBSTANCE)
    tier = models.CharField(_("tier"), max_length=10, choices=Tier.choices)
    group = models.ForeignKey(
        DrugGroup, on_delete=models.PROTECT, related_name="entries", verbose_name=_("group")
    )
    atc_codes = models.CharField(
        _("ATC codes"),
        max_length=200,
        blank=True,
        validators=[validate_atc_codes],
        help_text=_("Separated by spaces; a code or the start of one, such as N03AG01 or J01G."),
    )
    brand_names = models.TextField(
        _("brand names"), blank=True, help_text=_("Separated by semicolons.")
    )
    references = models.TextField(
        _("references"),
        blank=True,
        validators=[validate_references],
        help_text=_(
            "PubMed IDs and DOIs, separated by spaces: PMID:32030781 doi:10.1002/jimd.12196"
        ),
    )
    conditions = models.ManyToManyField(
        Condition,
        through="EntryCondition",
        blank=True,
        related_name="entries",
        verbose_name=_("conditions"),
        help_text=_("Genes or syndromes the advice depends on."),
    )
    # Every name, synonym, brand name and ATC code in every language, normalised for search.
    search_text = models.TextField(editable=False, blank=True)
    objects = EntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("entry")
        verbose_name_plural = _("entries")
        constraints = [
            models.UniqueConstraint(fields=["revision", "drug"], name="one_entry_per_drug")
        ]

    def __str__(self) -> str:
        return self.safe_translation_getter("name", any_language=True) or str(self.drug_id)

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.refuse_change()
        self.atc_codes = normalise_atc_codes(self.atc_codes)
        self.search_text = search_text_of(self)
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        self.refuse_change()
        return super().delete(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse(
            "drugs:revision_entry", kwargs={"label": self.revision.label, "slug": self.drug.slug}
        )

    def refuse_change(self) -> None:
        """Raise if the revision it is in, or was in, is published."""
        revision_ids = {self.revision_id}
        if self.pk:
            revision_ids |= set(Entry.objects.filter(pk=self.pk).values_list("revision", flat=True))
        if Revision.objects.filter(pk__in=revision_ids).published().exists():
            raise PublishedRevisionError

    def brand_name_list(self) -> list[str]:
        return [name.strip() for name in self.brand_names.split(";") if name.strip()]

    def synonym_list(self) -> list[str]:
        synonyms = self.safe_translation_getter("synonyms", default="") or ""
        return [name.strip() for name in synonyms.split(";") if name.strip()]

    def atc_code_list(self) -> list[str]:
        return self.atc_codes.split()

    def reference_links(self) -> list[tuple[str, str]]:
        return reference_links(self.references)


class EntryTranslationQuerySet(RevisionContentQuerySet):
    revision_lookup = "master__revision"

    def bulk_create(self, objs: Any, *args: Any, **kwargs: Any) -> Any:
        objs = list(objs)
        for obj in objs:
            _refuse_if_entry_published(obj.master_id)
        return super(RevisionContentQuerySet, self).bulk_create(objs, *args, **kwargs)


class EntryTranslation(TranslatedFieldsModel):
    master = TranslationsForeignKey(
        Entry, related_name="translations", null=True, on_delete=models.CASCADE
    )
    name = models.CharField(_("name"), max_length=200)
    synonyms = models.TextField(
        _("synonyms"),
        blank=True,
        help_text=_("Other names in this language, separated by semicolons."),
    )
    advice = models.TextField(_("advice"))
    objects = EntryTranslationQuerySet.as_manager()

    class Meta:
        verbose_name = _("entry text")
        unique_together = [("language_code", "master")]

    def save(self, *args: Any, **kwargs: Any) -> None:
        _refuse_if_entry_published(self.master_id)
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        _refuse_if_entry_published(self.master_id)
        return super().delete(*args, **kwargs)


class EntryConditionQuerySet(models.QuerySet["EntryCondition"]):
    def bulk_create(self, objs: Any, *args: Any, **kwargs: Any) -> Any:
        """Used by entry.conditions.add() and .set()."""
        objs = list(objs)
        for obj in objs:
            _refuse_if_entry_published(obj.entry_id)
        return super().bulk_create(objs, *args, **kwargs)

    def update(self, **kwargs: Any) -> int:
        if self.filter(entry__revision__status=Revision.Status.PUBLISHED).exists():
            raise PublishedRevisionError
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        if self.filter(entry__revision__status=Revision.Status.PUBLISHED).exists():
            raise PublishedRevisionError
        return super().delete()


class EntryCondition(models.Model):
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE)
    condition = models.ForeignKey(Condition, on_delete=models.PROTECT)
    objects = EntryConditionQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry", "condition"], name="one_link_per_condition")
        ]

    def __str__(self) -> str:
        return f"{self.entry_id}: {self.condition_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        _refuse_if_entry_published(self.entry_id)
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        _refuse_if_entry_published(self.entry_id)
        return super().delete(*args, **kwargs)


def _refuse_if_entry_published(entry_id: int | None) -> None:
    if entry_id and Entry.objects.filter(pk=entry_id).in_published_revision().exists():
        raise PublishedRevisionError
