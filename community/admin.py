"""The editors' side of the directory: groups with their texts side by side, the suggestions
visitors sent (approve: the group's form, filled in from the suggestion; reject: with a reason),
and the vocabularies.

Approving is adding the group from the suggestion: the suggestion's "Approve" button opens the
group's add form with `?suggestion=<id>`; saving it creates the group and approves the
suggestion in one transaction.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import ManyToManyField, QuerySet
from django.forms import ModelMultipleChoiceField
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from imp_site.page_cache import forget_pages_showing
from imp_site.translated_admin import (
    SideBySideTranslationsAdmin,
    side_by_side_form,
    side_by_side_rows,
)

from .facebook_links import normalise_group_url
from .forms import RejectionForm
from .models import (
    LANGUAGE_CODES_DJANGO_KNOWS,
    Disorder,
    FacebookGroup,
    GroupSuggestion,
    Language,
    sort_key,
)
from .services import SuggestionAlreadyDecided, suggestion_approve, suggestion_reject

SUGGESTION_PARAMETER = "suggestion"


class LanguageForm(forms.ModelForm):
    code = forms.ChoiceField(label=_("language"), choices=[])

    class Meta:
        model = Language
        fields = ["code"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        names = {code: str(Language(code=code)) for code in LANGUAGE_CODES_DJANGO_KNOWS}
        self.fields["code"].choices = sorted(  # type: ignore[attr-defined]
            names.items(), key=lambda choice: sort_key(choice[1])
        )


@admin.register(Language)
class LanguageAdmin(admin.ModelAdmin):
    """The languages editors can give groups; their names come from Django, translated."""

    form = LanguageForm
    list_display = ["__str__", "code"]
    search_fields = ["code"]


@admin.register(Disorder)
class DisorderAdmin(SideBySideTranslationsAdmin):
    form = side_by_side_form(Disorder)
    fieldsets = [
        (None, {"fields": ["slug"]}),
        (_("Name in English, French and Dutch"), {"fields": side_by_side_rows(Disorder)}),
    ]
    list_display = ["__str__", "slug"]
    search_fields = ["slug", "translations__name"]


class FacebookGroupForm(side_by_side_form(FacebookGroup)):  # type: ignore[misc]
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # In the order of their names in the editor's language, not of their codes.
        self.fields["languages"].choices = [
            (language.pk, str(language))
            for language in Language.in_name_order(Language.objects.all())
        ]

    def clean_url(self) -> str:
        """Any shape of a group's link is stored in the one form (see facebook_links.py)."""
        return normalise_group_url(self.cleaned_data["url"])


class LinkNeedsReviewFilter(admin.SimpleListFilter):
    title = _("link check")
    parameter_name = "link"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("review", str(_("Needs review")))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value() == "review":
            return queryset.needing_review()  # type: ignore[attr-defined]
        return queryset


@admin.register(FacebookGroup)
class FacebookGroupAdmin(SideBySideTranslationsAdmin):
    form = FacebookGroupForm
    change_form_template = "admin/community/facebookgroup/change_form.html"
    list_display = [
        "name",
        "focus",
        "organiser_type",
        "privacy",
        "is_listed",
        "link_checked_on",
        "link_needs_review",
    ]
    list_filter = [
        "is_listed",
        LinkNeedsReviewFilter,
        "privacy",
        "organiser_type",
        "languages",
        "focus",
        "is_example",
    ]
    list_select_related = ["focus"]
    search_fields = [
        "name",
        "url",
        "organisation",
        "translations__description",
        "translations__region",
    ]
    actions = ["list_groups", "unlist_groups", "mark_links_working"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "url",
                    "languages",
                    "focus",
                    ("organiser_type", "organisation"),
                    "privacy",
                ]
            },
        ),
        (_("Texts in English, French and Dutch"), {"fields": side_by_side_rows(FacebookGroup)}),
        (_("In the directory"), {"fields": ["is_listed", "is_example"]}),
        (
            _("Link check"),
            {"fields": ["link_checked_on", "failed_link_checks", "link_problem"]},
        ),
    ]
    readonly_fields = ["failed_link_checks", "link_problem"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[FacebookGroup]:
        return super().get_queryset(request).prefetch_related("focus__translations")

    def formfield_for_manytomany(
        self, db_field: ManyToManyField[Any, Any], request: HttpRequest, **kwargs: Any
    ) -> ModelMultipleChoiceField | None:
        if db_field.name == "languages":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(boolean=True, description=_("link needs review"))
    def link_needs_review(self, group: FacebookGroup) -> bool:
        return group.needs_review()

    @admin.action(description=_("List the selected groups"), permissions=["change"])
    def list_groups(self, request: HttpRequest, queryset: QuerySet[FacebookGroup]) -> None:
        count = self._update(queryset, is_listed=True)
        self.message_user(
            request,
            ngettext("%(count)d group listed.", "%(count)d groups listed.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Take the selected groups off the list"), permissions=["change"])
    def unlist_groups(self, request: HttpRequest, queryset: QuerySet[FacebookGroup]) -> None:
        count = self._update(queryset, is_listed=False)
        self.message_user(
            request,
            ngettext(
                "%(count)d group taken off the list.", "%(count)d groups taken off the list.", count
            )
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("I checked these links myself: they work"), permissions=["change"])
    def mark_links_working(self, request: HttpRequest, queryset: QuerySet[FacebookGroup]) -> None:
        count = self._update(
            queryset, link_checked_on=timezone.localdate(), failed_link_checks=0, link_problem=""
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d link marked as working.", "%(count)d links marked as working.", count
            )
            % {"count": count},
            messages.SUCCESS,
        )

    def _update(self, queryset: QuerySet[FacebookGroup], **values: Any) -> int:
        """A bulk update sends no save signals: the cached pages are dropped here."""
        count = queryset.update(**values)
        forget_pages_showing(FacebookGroup)
        return count

    # Approving a suggestion: the add form, filled in from it.

    def add_view(
        self, request: HttpRequest, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        suggestion = self._suggestion_to_approve(request)
        if suggestion is not None and not suggestion.is_pending():
            return _already_decided(self, request, suggestion)
        context = {**(extra_context or {}), "suggestion": suggestion}
        try:
            return super().add_view(request, form_url, context)
        except SuggestionAlreadyDecided:  # decided by someone else while this form was open
            if suggestion is None:
                raise
            return _already_decided(self, request, suggestion)

    def get_changeform_initial_data(self, request: HttpRequest) -> dict[str, Any]:
        initial: dict[str, Any] = dict(super().get_changeform_initial_data(request))
        suggestion = self._suggestion_to_approve(request)
        if suggestion is not None:
            initial.update(
                name=suggestion.name,
                url=suggestion.url,
                languages=[suggestion.group_language_id],
                focus=suggestion.focus_id,
            )
        return initial

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        suggestion = None if change else self._suggestion_to_approve(request)
        if suggestion is not None:
            suggestion_approve(suggestion=suggestion, group=form.instance, by=request.user)
            self.message_user(
                request,
                _(
                    "The suggestion is approved. If its sender left an e-mail address, they are "
                    "told that the group is now in the directory."
                ),
                messages.SUCCESS,
            )

    def _suggestion_to_approve(self, request: HttpRequest) -> GroupSuggestion | None:
        """The suggestion named in the address of the add form, if any; only editors who may
        decide on suggestions may approve one."""
        pk = request.GET.get(SUGGESTION_PARAMETER, "")
        if not pk.isdigit():
            return None
        suggestion = get_object_or_404(GroupSuggestion, pk=pk)
        if not request.user.has_perm("community.change_groupsuggestion"):
            raise PermissionDenied
        return suggestion


def _already_decided(
    model_admin: admin.ModelAdmin[Any], request: HttpRequest, suggestion: GroupSuggestion
) -> HttpResponseRedirect:
    model_admin.message_user(
        request,
        _("This suggestion has already been decided on (%(status)s); nothing was changed.")
        % {"status": suggestion.get_status_display()},
        messages.WARNING,
    )
    return HttpResponseRedirect(
        reverse("admin:community_groupsuggestion_change", args=[suggestion.pk])
    )


@admin.register(GroupSuggestion)
class GroupSuggestionAdmin(admin.ModelAdmin):
    """What visitors suggested, as they wrote it (never changed here), with its outcome."""

    change_form_template = "admin/community/groupsuggestion/change_form.html"
    list_display = [
        "received_at",
        "name",
        "status",
        "group_language",
        "focus",
        "language",
        "left_an_address",
        "editors_told",
        "suggester_told",
    ]
    list_display_links = ["received_at", "name"]
    list_filter = ["status", "language"]
    list_select_related = ["group_language", "focus"]
    search_fields = ["name", "url", "note", "email"]
    date_hierarchy = "received_at"
    fields = (
        "status",
        "name",
        "link",
        "group_language",
        "focus",
        "note",
        "email",
        "language",
        "received_at",
        "editors_told_at",
        "decided_at",
        "decided_by",
        "rejection_reason",
        "group",
        "suggester_told_at",
    )
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest) -> QuerySet[GroupSuggestion]:
        return super().get_queryset(request).prefetch_related("focus__translations")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # suggestions come from the public form only

    @admin.display(description=_("link"))
    def link(self, suggestion: GroupSuggestion) -> SafeString:
        return format_html(
            '<a href="{}" rel="noopener noreferrer">{}</a>', suggestion.url, suggestion.url
        )

    @admin.display(boolean=True, description=_("left an e-mail address"))
    def left_an_address(self, suggestion: GroupSuggestion) -> bool:
        return bool(suggestion.email)

    @admin.display(boolean=True, description=_("editors told"), ordering="editors_told_at")
    def editors_told(self, suggestion: GroupSuggestion) -> bool:
        return suggestion.editors_told_at is not None

    @admin.display(boolean=True, description=_("suggester told"), ordering="suggester_told_at")
    def suggester_told(self, suggestion: GroupSuggestion) -> bool | None:
        if not suggestion.email or suggestion.is_pending():
            return None
        return suggestion.suggester_told_at is not None

    def get_urls(self) -> list[URLPattern]:
        own = [
            path(
                "<int:pk>/reject/",
                self.admin_site.admin_view(self.reject_view),
                name="community_groupsuggestion_reject",
            )
        ]
        return own + super().get_urls()

    def reject_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        suggestion = get_object_or_404(GroupSuggestion, pk=pk)
        if not self.has_change_permission(request, suggestion):
            raise PermissionDenied
        if not suggestion.is_pending():
            return _already_decided(self, request, suggestion)
        form = RejectionForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                suggestion_reject(
                    suggestion=suggestion, reason=form.cleaned_data["reason"], by=request.user
                )
            except SuggestionAlreadyDecided:
                return _already_decided(self, request, suggestion)
            self.message_user(
                request,
                _("The suggestion of %(name)s is rejected.") % {"name": suggestion.name},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(reverse("admin:community_groupsuggestion_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "suggestion": suggestion,
            "form": form,
            "title": _("Reject the suggestion of %(name)s") % {"name": suggestion.name},
        }
        return TemplateResponse(request, "admin/community/groupsuggestion/reject.html", context)
