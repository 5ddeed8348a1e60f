"""The steering committee's pages: the review queue, an entry with its decisions, the
statistics and the export. Each is for committee members only (access.committee_only), reads
entries only through access.committee_entries() / committee_entry(), and leaves an event in the
audit log for every look at an entry, decision, look at the statistics and exported entry."""

from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from imp_site.form_responses import FORM_METHODS, see_other

from ..history import ShownValue, field_label, shown_value
from ..models import (
    COMMITTEE_FIELDS,
    SECTION_FIELDS,
    AuditAction,
    EntryReview,
    EntrySection,
    RegistryEntry,
    ReviewDecision,
)
from .access import audit_committee, committee_entries, committee_entry, committee_only
from .export import csv_stream, export_entries
from .forms import ExportForm, ReviewForm
from .services import entry_review
from .statistics import committee_statistics

QUEUE_PAGE_SIZE = 50
PENDING = "pending"


@committee_only
@require_http_methods(["GET", "HEAD"])
def queue(request: HttpRequest) -> HttpResponse:
    """The entries to review, oldest change first, by pseudonym only; filtered by status."""
    status = request.GET.get("status", PENDING)
    statuses = [(PENDING, _("Not reviewed yet")), *ReviewDecision.choices]
    if status not in dict(statuses):
        status = PENDING
    entries = committee_entries().order_by("updated_at", "pk")
    if status == PENDING:
        entries = entries.filter(review_decision__isnull=True)
    else:
        entries = entries.filter(review_decision=status)
    page = Paginator(entries, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"page": page, "status": status, "statuses": statuses}
    return render(request, "registry/committee/queue.html", context)


@committee_only
@require_http_methods(FORM_METHODS)
def entry(request: HttpRequest, pseudonym: str) -> HttpResponse:
    """One entry, its reviews, and the form of a new decision."""
    found = committee_entry(pseudonym)
    form = ReviewForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        entry_review(
            entry=found,
            reviewer=request.user,
            decision=form.cleaned_data["decision"],
            reason=form.cleaned_data["reason"],
        )
        messages.success(request, _("Your decision is recorded and the participant is told."))
        return see_other(reverse("registry:committee_queue"))
    # Shown, so looked at: also when a decision is sent back for its missing reason.
    audit_committee(request, AuditAction.ENTRY_VIEWED, pseudonym=found.pseudonym)  # type: ignore[attr-defined]
    context = {
        "entry": found,
        "sections": _committee_sections(found),
        "reviews": EntryReview.objects.filter(participant_id=found.participant_id).latest_first(),
        "form": form,
    }
    return render(request, "registry/committee/entry.html", context)


def _committee_sections(entry: RegistryEntry) -> list[tuple[EntrySection, list[ShownValue]]]:
    """The entry's answers in words, section by section: only the fields the committee may
    read (models/entries.py COMMITTEE_FIELDS), so nothing deferred is ever loaded."""
    readable = {*COMMITTEE_FIELDS, "syndromes", "symptoms"}
    sections = []
    for section in EntrySection:
        if not entry.has_section(section):
            continue
        values = [
            ShownValue(field_label(name), shown_value(name, entry._value(name)))
            for name in SECTION_FIELDS[section]
            if name in readable
        ]
        sections.append((section, values))
    return sections


@committee_only
@require_http_methods(["GET", "HEAD"])
def statistics(request: HttpRequest) -> HttpResponse:
    audit_committee(request, AuditAction.STATISTICS_VIEWED)
    context = {"statistics": committee_statistics(committee_entries())}
    return render(request, "registry/committee/statistics.html", context)


@committee_only
@require_http_methods(FORM_METHODS)
def export(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    """GET: what the file holds, and its filter. POST: the CSV file, streamed."""
    form = ExportForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        industry_sharing_only = form.cleaned_data["industry_sharing_only"]
        entries = export_entries(committee_entries(), industry_sharing_only=industry_sharing_only)
        response = StreamingHttpResponse(
            csv_stream(entries, actor=request.user, industry_sharing_only=industry_sharing_only),
            content_type="text/csv; charset=utf-8",
        )
        kind = "industry" if industry_sharing_only else "non-commercial"
        filename = f"imp-registry-{kind}-{timezone.localdate().isoformat()}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
    return render(request, "registry/committee/export.html", {"form": form})


def _posted(request: HttpRequest) -> Any:
    """The submitted data of a POST, even empty (an empty form is bound, so it says what is
    missing); None for a GET."""
    return request.POST if request.method == "POST" else None
