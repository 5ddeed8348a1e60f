from typing import Any

from cms.models import CMSPlugin
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _
from djangocms_text.fields import HTMLField
from filer.fields.image import FilerImageField
from parler import appsettings
from parler.managers import TranslatableQuerySet
from parler.models import TranslatableModel, TranslatedFields

from imp_site.page_cache import forget_pages_showing
from imp_site.permissions import user_may


class PublishableQuerySet(TranslatableQuerySet):
    """Publication state, decided here and nowhere else: visitors see published items; people
    who may change the items (editors) also see unpublished ones, to preview them."""

    def published(self) -> "PublishableQuerySet":
        return self.filter(is_published=True)

    def visible_to(self, user: AbstractBaseUser | AnonymousUser) -> "PublishableQuerySet":
        if user.is_authenticated and user_may(user, "change", self.model):
            return self.all()
        return self.published()

    def set_published(self, is_published: bool) -> int:
        """Publish or unpublish these items at once; cached pages that show them are dropped
        (a bulk update sends no save signals)."""
        count = self.update(is_published=is_published)
        forget_pages_showing(self.model)
        return count

    def for_listing(self) -> "PublishableQuerySet":
        """Translations fetched with the rows, so a list costs the same queries for 5 or 500."""
        return self.prefetch_related("translations")


def item_texts(**own_fields: "models.Field[Any, Any]") -> TranslatedFields:
    """The texts of a project or an activity in each language: what every item has, then its
    own fields."""
    return TranslatedFields(
        title=models.CharField(_("title"), max_length=200),
        slug=models.SlugField(
            _("slug"),
            max_length=200,
            help_text=_("The last part of the page address, in this language."),
        ),
        summary=models.TextField(
            _("summary"), help_text=_("One or two sentences, shown in lists and search results.")
        ),
        body=HTMLField(_("description"), blank=True),
        **own_fields,
        meta={"unique_together": [("language_code", "slug")]},
    )


class PublishableItem(TranslatableModel):
    is_published = models.BooleanField(
        _("published"), default=False, help_text=_("Only published items are shown to visitors.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.safe_translation_getter("title", any_language=True) or f"#{self.pk}"

    def get_absolute_url(self, language: str | None = None) -> str:
        """Its address in `language` (default: the active one); each kind of item has its own."""
        raise NotImplementedError

    def shown_language(self, language: str | None = None) -> str:
        """The language a reader of `language` (default: the active one) reads its texts in:
        that one, or the fallback parler shows while it has no translation into it."""
        language = language or get_language()
        available = self.get_available_languages()
        if language in available:
            return language
        fallbacks = appsettings.PARLER_LANGUAGES.get_fallback_languages(language)
        return next((code for code in fallbacks if code in available), language)

    def translation_urls(self) -> dict[str, str]:
        """Its address in each language it is translated into."""
        return {code: self.get_absolute_url(code) for code in self.get_available_languages()}


class ProjectQuerySet(PublishableQuerySet):
    def for_listing(self) -> "PublishableQuerySet":
        return super().for_listing().select_related("image")


class Project(PublishableItem):
    """A project of IMP: separately funded, run by a named body, with a start, an end and an
    outcome."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        RUNNING = "running", _("Running")
        COMPLETED = "completed", _("Completed")

    translations = item_texts(
        funding_source=models.CharField(_("funding source"), max_length=300, blank=True),
        responsible_body=models.CharField(
            _("responsible body"),
            max_length=300,
            blank=True,
            help_text=_("Who carries out the project, e.g. a steering committee of IMP."),
        ),
        partners=models.TextField(_("partners"), blank=True),
        outcome=models.TextField(_("outcome"), blank=True),
        image_alt_text=models.CharField(
            _("image description"),
            max_length=300,
            blank=True,
            help_text=_(
                "What the image shows, for people who cannot see it: screen readers read it "
                "aloud. Needed in each language of the project when it has an image."
            ),
        ),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    image = FilerImageField(
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    objects = ProjectQuerySet.as_manager()

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["-start_date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="project_ends_after_it_starts",
            )
        ]

    def get_absolute_url(self, language: str | None = None) -> str:
        return _translated_url("projects:project_detail", self, language)


class ContinuousActivity(PublishableItem):
    """Work IMP does all the time, paid from its running budget rather than separate funding."""

    class Category(models.TextChoices):
        AWARENESS = "awareness", _("Awareness")
        RESEARCH = "research", _("Research and expertise")
        ADVOCACY = "advocacy", _("Advocacy")
        PATIENT_SUPPORT = "patient_support", _("Support for patients")
        ORGANISATION = "organisation", _("Network and organisation")

    translations = item_texts(
        frequency=models.CharField(
            _("how often"),
            max_length=200,
            blank=True,
            help_text=_("For example: every year, several times a year, when needed."),
        ),
    )
    category = models.CharField(_("category"), max_length=30, choices=Category.choices)
    order = models.PositiveIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first.")
    )
    objects = PublishableQuerySet.as_manager()

    class Meta:
        verbose_name = _("continuous activity")
        verbose_name_plural = _("continuous activities")
        ordering = ["order", "pk"]

    def get_absolute_url(self, language: str | None = None) -> str:
        return _translated_url("activities:activity_detail", self, language)


def _translated_url(view_name: str, item: PublishableItem, language: str | None) -> str:
    """The item's address in `language` (default: the active one), with that language's slug."""
    language = language or item.get_current_language()
    slug = item.safe_translation_getter("slug", language_code=language)
    with override(language):
        return reverse(view_name, kwargs={"slug": slug})


class FeaturedProjectsPluginModel(CMSPlugin):
    """The projects an editor chose to feature on a page."""

    heading = models.CharField(_("heading"), max_length=200, blank=True)
    projects = models.ManyToManyField(
        Project, verbose_name=_("projects"), related_name="+", blank=True
    )

    def __str__(self) -> str:
        return self.heading or str(_("Featured projects"))

    def copy_relations(self, oldinstance: "FeaturedProjectsPluginModel") -> None:
        self.projects.set(oldinstance.projects.all())


class ActivitiesOverviewPluginModel(CMSPlugin):
    heading = models.CharField(_("heading"), max_length=200, blank=True)
    category = models.CharField(
        _("category"),
        max_length=30,
        choices=ContinuousActivity.Category.choices,
        blank=True,
        help_text=_("Leave empty to show activities of every category."),
    )
    limit = models.PositiveSmallIntegerField(
        _("number of activities"), default=6, help_text=_("How many activities to show at most.")
    )

    def __str__(self) -> str:
        return self.heading or str(_("Activities overview"))
