"""The editors' side of the drug list: revisions with their actions (start a draft, import its
entries, publish it), entries with their three languages side by side, and the vocabularies.

A published revision and its entries are read-only here, as everywhere (drugs/models.py).
"""

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from imp_site.translated_admin import (
    SideBySideTranslationsAdmin,
    side_by_side_form,
    side_by_side_rows,
)

from .forms import EntryAdminForm, ImportEntriesForm, StartDraftForm
from .list_files import csv_of, language_codes, revision_import_csv
from .models import Condition, DrugGroup, Entry, Revision
from .search_text import normalise
from .services import (
    PublicationRefused,
    publication_problems,
    revision_publish,
    revision_start_draft,
)


@admin.register(DrugGroup)
class DrugGroupAdmin(SideBySideTranslationsAdmin):
    form = side_by_side_form(DrugGroup)
    fieldsets = [
        (None, {"fields": ["slug"]}),
        (_("Name in English, French and Dutch"), {"fields": side_by_side_rows(DrugGroup)}),
    ]
    list_display = ["__str__", "slug"]
    search_fields = ["slug", "translations__name"]


@admin.register(Condition)
class ConditionAdmin(SideBySideTranslationsAdmin):
    form = side_by_side_form(Condition)
    fieldsets = [
        (None, {"fields": ["code", "kind"]}),
        (_("Name in English, French and Dutch"), {"fields": side_by_side_rows(Condition)}),
    ]
    list_display = ["code", "kind"]
    list_filter = ["kind"]


class ReadOnlyOncePublishedMixin:
    """Published revisions and their entries can be looked at, not changed or deleted."""

    def _is_published(self, obj: Any) -> bool:
        """Whether `obj` belongs to a published revision; each admin below says how."""
        raise NotImplementedError

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is not None and self._is_published(obj):
            return False
        return bool(super().has_change_permission(request, obj))  # type: ignore[misc]

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is not None and self._is_published(obj):
            return False
        return bool(super().has_delete_permission(request, obj))  # type: ignore[misc]


@admin.register(Revision)
class RevisionAdmin(ReadOnlyOncePublishedMixin, SideBySideTranslationsAdmin):
    form = side_by_side_form(Revision)
    fieldsets = [
        (
            None,
            {"fields": ["label", "reviewed_by", "publication_date", "next_review_date"]},
        ),
        (
            _("Summary of changes in English, French and Dutch"),
            {"fields": side_by_side_rows(Revision)},
        ),
        (None, {"fields": ["is_example_data"]}),
    ]
    list_display = [
        "label",
        "status",
        "publication_date",
        "next_review_date",
        "review_due",
        "entry_count",
    ]
    list_filter = ["status"]
    change_list_template = "admin/drugs/revision/change_list.html"
    change_form_template = "admin/drugs/revision/change_form.html"

    def _is_published(self, obj: Revision) -> bool:
        return obj.is_published

    def get_queryset(self, request: HttpRequest) -> QuerySet[Revision]:
        return super().get_queryset(request).annotate(number_of_entries=Count("entries"))

    @admin.display(description=_("entries"), ordering="number_of_entries")
    def entry_count(self, revision: Revision) -> int:
        return revision.number_of_entries

    @admin.display(description=_("review due"), boolean=True)
    def review_due(self, revision: Revision) -> bool | None:
        return revision.is_overdue() if revision.is_published else None

    def get_urls(self) -> list[URLPattern]:
        own = [
            path("start-draft/", self._view(self.start_draft_view), name="drugs_revision_start"),
            path("<int:pk>/publish/", self._view(self.publish_view), name="drugs_revision_publish"),
            path("<int:pk>/import/", self._view(self.import_view), name="drugs_revision_import"),
            path("<int:pk>/export.csv", self._view(self.export_view), name="drugs_revision_export"),
        ]
        return own + super().get_urls()

    def _view(self, view: Any) -> Any:
        return self.admin_site.admin_view(view)

    def changelist_view(self, request: HttpRequest, extra_context: Any = None) -> HttpResponse:
        current = Revision.objects.current()
        if current is not None and current.is_overdue():
            self.message_user(request, _overdue_message(current), messages.WARNING)
        return super().changelist_view(request, extra_context)

    def start_draft_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = StartDraftForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            copied = revision_start_draft(label=form.cleaned_data["label"])
            self.message_user(
                request,
                ngettext(
                    "Draft %(label)s started with %(count)d entry of the current revision.",
                    "Draft %(label)s started with %(count)d entries of the current revision.",
                    copied.entry_count,
                )
                % {"label": copied.revision.label, "count": copied.entry_count},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(_change_url(copied.revision))
        context = {"form": form, "title": _("Start a new draft")}
        return self._render(request, "admin/drugs/revision/start_draft.html", context)

    def publish_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        revision = self._draft_for_editor(request, pk)
        problems: list[str] = []
        if request.method == "POST":
            try:
                revision_publish(revision=revision)
            except PublicationRefused as refusal:
                problems = refusal.problems
            else:
                self.message_user(
                    request,
                    _("Revision %(label)s is published: visitors now read it.")
                    % {"label": revision.label},
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(reverse("admin:drugs_revision_changelist"))
        else:
            problems = publication_problems(revision)
        context = {
            "revision": revision,
            "problems": problems,
            "label": revision.label,
            "title": _("Publish"),
        }
        return self._render(request, "admin/drugs/revision/publish.html", context)

    def import_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        revision = self._draft_for_editor(request, pk)
        form = ImportEntriesForm(request.POST or None, request.FILES or None)
        errors = []
        if request.method == "POST" and form.is_valid():
            result = revision_import_csv(revision=revision, content=form.cleaned_data["file"])
            if not result.errors:
                self.message_user(
                    request,
                    ngettext(
                        "%(count)d entry imported into %(label)s.",
                        "%(count)d entries imported into %(label)s.",
                        result.imported,
                    )
                    % {"count": result.imported, "label": revision.label},
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(_change_url(revision))
            errors = [str(error) for error in result.errors]
        context = {
            "revision": revision,
            "form": form,
            "errors": errors,
            "title": _("Import entries from CSV"),
        }
        return self._render(request, "admin/drugs/revision/import.html", context)

    def export_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        revision = get_object_or_404(Revision, pk=pk)
        if not self.has_view_permission(request, revision):
            raise PermissionDenied
        entries = revision.entries.for_listing().order_by("drug__slug")
        response = HttpResponse(
            csv_of(entries, language_codes()), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="drug-list-{revision.label}.csv"'
        return response

    def _draft_for_editor(self, request: HttpRequest, pk: int) -> Revision:
        """The draft revision `pk`, if the user may change it (a published one: 404)."""
        revision = get_object_or_404(Revision.objects.drafts(), pk=pk)
        if not self.has_change_permission(request, revision):
            raise PermissionDenied
        return revision

    def _render(self, request: HttpRequest, template: str, context: dict[str, Any]) -> HttpResponse:
        return TemplateResponse(
            request,
            template,
            {**self.admin_site.each_context(request), "opts": self.model._meta, **context},
        )


@admin.register(Entry)
class EntryAdmin(ReadOnlyOncePublishedMixin, SideBySideTranslationsAdmin):
    form = EntryAdminForm
    fieldsets = [
        (None, {"fields": ["revision", "drug_slug", "kind", "tier", "group"]}),
        (_("Texts in English, French and Dutch"), {"fields": side_by_side_rows(Entry)}),
        (
            _("Codes, brands and references"),
            {"fields": ["atc_codes", "brand_names", "concerned_conditions", "references"]},
        ),
    ]
    list_display = ["__str__", "tier", "group", "revision"]
    list_filter = ["revision", "tier", "group"]
    list_select_related = ["group", "revision"]
    search_fields = ["search_text"]
    ordering = ["drug__slug"]

    def _is_published(self, obj: Entry) -> bool:
        return obj.revision.is_published

    def get_queryset(self, request: HttpRequest) -> QuerySet[Entry]:
        return super().get_queryset(request).prefetch_related("group__translations")

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[Entry], search_term: str
    ) -> tuple[QuerySet[Entry], bool]:
        """Searched like the visitors' list: accents and case do not matter."""
        return super().get_search_results(request, queryset, normalise(search_term))


def _change_url(revision: Revision) -> str:
    return reverse("admin:drugs_revision_change", args=[revision.pk])


def _overdue_message(revision: Revision) -> str:
    return str(
        _(
            "The current revision %(label)s was due for review on %(date)s. Start a new draft "
            "and publish it when the list has been reviewed."
        )
        % {"label": revision.label, "date": revision.next_review_date}
    )
