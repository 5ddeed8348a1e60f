"""The community directory: Facebook groups where mito patients and families meet, the
suggestions visitors send for new ones, and the vocabularies both use (the languages groups are
led in, the disorders some of them focus on).

What visitors see is decided in one place, FacebookGroupQuerySet.listed(): a group editors
listed. A suggestion is never shown to anyone but editors, in the admin; approving one creates a
group (services.suggestion_approve).
"""

import unicodedata
from collections.abc import Iterable

from cms.models import CMSPlugin
from django.conf import settings
from django.conf.global_settings import LANGUAGES as LANGUAGES_DJANGO_KNOWS
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from parler.managers import TranslatableQuerySet
from parler.models import TranslatableModel, TranslatedFields

from imp_site.permissions import user_may

from .facebook_links import validate_group_url

LANGUAGE_CODES_DJANGO_KNOWS = {code for code, _name in LANGUAGES_DJANGO_KNOWS}
# Failed link checks in a row after which editors are asked to look at a group.
FAILED_CHECKS_BEFORE_REVIEW = 2


def sort_key(text: str) -> str:
    """Alphabetical order as readers expect it: "Égypte" among the E's, not after "Z"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def validate_language_code(code: str) -> None:
    if code not in LANGUAGE_CODES_DJANGO_KNOWS:
        raise ValidationError(_("Choose one of the languages in the list."), code="unknown")


class Language(models.Model):
    """A language a group can be led in. Its name is the one Django knows, in the reader's
    language."""

    code = models.CharField(
        _("language"), max_length=10, unique=True, validators=[validate_language_code]
    )

    class Meta:
        verbose_name = _("language of groups")
        verbose_name_plural = _("languages of groups")
        ordering = ["code"]

    def __str__(self) -> str:
        # Capitalised: Django's catalogues write some names in lower case ("anglais").
        return capfirst(str(get_language_info(self.code)["name_translated"]))

    @staticmethod
    def in_name_order(languages: Iterable["Language"]) -> list["Language"]:
        return sorted(languages, key=lambda language: sort_key(str(language)))


class Disorder(TranslatableModel):
    """A mitochondrial disorder a group can focus on (a group without one is a general group)."""

    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_("The disorder's name in the addresses of the directory's filters."),
    )
    translations = TranslatedFields(name=models.CharField(_("name"), max_length=200))

    class Meta:
        verbose_name = _("disorder")
        verbose_name_plural = _("disorders")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.safe_translation_getter("name", any_language=True) or self.slug

    @staticmethod
    def in_name_order(disorders: Iterable["Disorder"]) -> list["Disorder"]:
        return sorted(disorders, key=lambda disorder: sort_key(str(disorder)))


class OrganiserType(models.TextChoices):
    INDIVIDUAL = "individual", _("Individuals")
    ORGANISATION = "organisation", _("A patient organisation")


class Privacy(models.TextChoices):
    PUBLIC = "public", _("Public group")
    PRIVATE = "private", _("Private group")


class LinkProblem(models.TextChoices):
    """Why the link checker could not reach a group (management command check_group_links)."""

    NOT_FOUND = "not_found", _("Facebook says the page does not exist")
    SERVER_ERROR = "server_error", _("Facebook answered with an error")
    UNREACHABLE = "unreachable", _("No answer (network error or timeout)")
    TOO_MANY_REDIRECTS = "too_many_redirects", _("Too many redirections")


class FacebookGroupQuerySet(TranslatableQuerySet):
    """Who sees which groups, decided here and nowhere else: visitors see listed groups; people
    who may change groups (editors) also see unlisted ones, to preview them."""

    def listed(self) -> "FacebookGroupQuerySet":
        return self.filter(is_listed=True)

    def visible_to(self, user: AbstractBaseUser | AnonymousUser) -> "FacebookGroupQuerySet":
        if user.is_authenticated and user_may(user, "change", self.model):
            return self.all()
        return self.listed()

    def for_directory(self) -> "FacebookGroupQuerySet":
        """With everything a group's card shows, fetched at once: the same queries for 10 or
        500 groups."""
        return self.select_related("focus").prefetch_related(
            "translations", "focus__translations", "languages"
        )

    def filtered(
        self,
        *,
        language: Language | None = None,
        focus: "Disorder | str | None" = None,
        organiser: str = "",
    ) -> "FacebookGroupQuerySet":
        """Groups led in `language`, about `focus` (a disorder, or GENERAL for groups about mito
        as a whole) and run by `organiser` (an OrganiserType); each left out means any."""
        groups = self
        if language is not None:
            groups = groups.filter(languages=language)
        if focus == GENERAL:
            groups = groups.filter(focus__isnull=True)
        elif isinstance(focus, Disorder):
            groups = groups.filter(focus=focus)
        if organiser:
            groups = groups.filter(organiser_type=organiser)
        return groups

    def in_order_for(self, language_code: str) -> "FacebookGroupQuerySet":
        """Groups led in the reader's language first, then general groups before those about
        one disorder, each by name."""
        led_in_it = Language.objects.filter(groups=OuterRef("pk"), code=language_code)
        return self.annotate(
            led_in_readers_language=Exists(led_in_it),
            is_general=ExpressionWrapper(Q(focus__isnull=True), output_field=BooleanField()),
        ).order_by("-led_in_readers_language", "-is_general", Lower("name"))

    def needing_review(self) -> "FacebookGroupQuerySet":
        return self.filter(failed_link_checks__gte=FAILED_CHECKS_BEFORE_REVIEW)


# The focus filter's value for groups about mitochondrial disease as a whole.
GENERAL = "general"


class FacebookGroup(TranslatableModel):
    """A Facebook group in the directory, as editors describe it."""

    name = models.CharField(
        _("name"), max_length=200, help_text=_("As the group calls itself on Facebook.")
    )
    # A CharField: the forms accept a link without its https:// and normalise it.
    url = models.CharField(
        _("link"),
        max_length=300,
        unique=True,
        validators=[validate_group_url],
        help_text=_("The group's address on Facebook: https://www.facebook.com/groups/..."),
    )
    translations = TranslatedFields(
        description=models.TextField(
            _("description"),
            help_text=_("Two or three sentences: who the group is for and what members share."),
        ),
        region=models.CharField(
            _("country or region"),
            max_length=200,
            blank=True,
            help_text=_("Where most members live, e.g. Italy, Latin America, worldwide."),
        ),
    )
    languages = models.ManyToManyField(
        Language,
        verbose_name=_("leading languages"),
        related_name="groups",
        help_text=_("The languages members write in."),
    )
    focus = models.ForeignKey(
        Disorder,
        verbose_name=_("focus"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="groups",
        help_text=_("The disorder the group is about; empty for mitochondrial disease in general."),
    )
    organiser_type = models.CharField(
        _("run by"), max_length=20, choices=OrganiserType.choices, default=OrganiserType.INDIVIDUAL
    )
    organisation = models.CharField(
        _("patient organisation"),
        max_length=200,
        blank=True,
        help_text=_("The organisation that runs the group, when one does."),
    )
    privacy = models.CharField(
        _("privacy"), max_length=20, choices=Privacy.choices, default=Privacy.PRIVATE
    )
    is_listed = models.BooleanField(
        _("listed"), default=True, help_text=_("Only listed groups are shown to visitors.")
    )
    is_example = models.BooleanField(
        _("example"),
        default=False,
        help_text=_("An invented group of the demo site; visitors see that it is an example."),
    )
    link_checked_on = models.DateField(
        _("link last found working"),
        null=True,
        blank=True,
        help_text=_("Set by the weekly link check, or when a suggestion is approved."),
    )
    failed_link_checks = models.PositiveSmallIntegerField(
        _("failed link checks in a row"), default=0
    )
    link_problem = models.CharField(
        _("last link problem"), max_length=30, choices=LinkProblem.choices, blank=True
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = FacebookGroupQuerySet.as_manager()

    class Meta:
        verbose_name = _("Facebook group")
        verbose_name_plural = _("Facebook groups")
        ordering = [Lower("name")]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(organiser_type="organisation") | ~models.Q(organisation=""),
                name="group_run_by_an_organisation_names_it",
                violation_error_message=_(
                    "Please give the name of the patient organisation that runs the group."
                ),
            )
        ]

    def __str__(self) -> str:
        return self.name

    def needs_review(self) -> bool:
        return self.failed_link_checks >= FAILED_CHECKS_BEFORE_REVIEW

    def languages_in_name_order(self) -> list[Language]:
        return Language.in_name_order(self.languages.all())


class SuggestionQuerySet(models.QuerySet["GroupSuggestion"]):
    def pending(self) -> "SuggestionQuerySet":
        return self.filter(status=GroupSuggestion.Status.PENDING)


class GroupSuggestion(models.Model):
    """A group a visitor suggested with the public form. Editors approve it (which creates the
    group) or reject it with a reason; either way the visitor is told, if they left an address.
    What the visitor wrote never changes."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    url = models.CharField(_("link"), max_length=300, validators=[validate_group_url])
    name = models.CharField(_("name of the group"), max_length=200)
    group_language = models.ForeignKey(
        Language,
        verbose_name=_("language of the group"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    focus = models.ForeignKey(
        Disorder,
        verbose_name=_("focus"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    note = models.TextField(_("note"), max_length=2000, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    language = models.CharField(
        _("language of the website"),
        max_length=10,
        choices=settings.LANGUAGES,
        help_text=_("The suggester is told the outcome in this language."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    rejection_reason = models.TextField(_("reason for rejecting"), blank=True)
    group = models.ForeignKey(
        FacebookGroup,
        verbose_name=_("group created"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="suggestions",
    )
    received_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    editors_told_at = models.DateTimeField(_("editors told by e-mail"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    suggester_told_at = models.DateTimeField(_("suggester told by e-mail"), null=True, blank=True)

    objects = SuggestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("group suggestion")
        verbose_name_plural = _("group suggestions")
        ordering = ["-received_at"]
        constraints = [
            # One pending suggestion per group: a second is refused by the form, this guards
            # against two sent at the same moment.
            models.UniqueConstraint(
                fields=["url"],
                condition=models.Q(status="pending"),
                name="one_pending_suggestion_per_group",
                violation_error_message=_("This group has already been suggested."),
            )
        ]

    def __str__(self) -> str:
        return self.name

    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING


class FeaturedGroupsPluginModel(CMSPlugin):
    """The groups an editor chose to feature on a page."""

    heading = models.CharField(_("heading"), max_length=200, blank=True)
    groups = models.ManyToManyField(
        FacebookGroup, verbose_name=_("groups"), related_name="+", blank=True
    )

    def __str__(self) -> str:
        return self.heading or str(_("Featured Facebook groups"))

    def copy_relations(self, oldinstance: "FeaturedGroupsPluginModel") -> None:
        self.groups.set(oldinstance.groups.all())
