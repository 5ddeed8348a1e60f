"""What visitors read: the current list and every published revision (searchable), a drug's
permanent page with its history, the archive, what changed between two revisions, and the list
to take away (print view, PDF, CSV and JSON).

Every view finds its revision through Revision.objects.visible_to(user): visitors reach
published revisions only (a draft's address is a 404 for them); editors also preview drafts,
exactly as visitors will see them once published. Visitors' pages come from the page cache.
"""

from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, override
from django.views.generic import TemplateView
from menus.utils import set_language_changer

from imp_site.page_cache import PageCachedForVisitorsMixin, is_visitor
from imp_site.page_frames import FramedTemplateResponse

from . import take_away
from .changes import DrugRecord, compare_revisions
from .entry_search import search, search_form_for
from .kept_lists import current_revision, revision_list
from .models import Drug, Entry, Revision
from .tiers import TIER_MEANINGS
from .visitor_forms import ComparisonForm, DownloadForm


def visible_revision(request: HttpRequest, label: str) -> Revision:
    """The revision with this label if the person may see it (drafts: editors only), or 404."""
    revisions = Revision.objects.visible_to(request.user).prefetch_related("translations")
    return get_object_or_404(revisions, label=label)


def address_in(language: str, viewname: str, query: str = "", **kwargs: Any) -> str:
    with override(language):
        url = reverse(viewname, kwargs=kwargs or None)
    return f"{url}?{query}" if query else url


class DrugPageMixin(PageCachedForVisitorsMixin):
    request: HttpRequest
    kwargs: dict[str, Any]

    def tell_the_cms(self, viewname: str, item: Any, **kwargs: Any) -> None:
        """The language chooser leads to this page (with its search) in each language; the
        toolbar offers editors to edit what is on screen."""

        def url_in(language: str) -> str:
            return address_in(language, viewname, self.request.GET.urlencode(), **kwargs)

        set_language_changer(self.request, url_in)
        toolbar = getattr(self.request, "toolbar", None)
        if toolbar is not None and item is not None:
            toolbar.set_object(item)


class RevisionListMixin(DrugPageMixin):
    """A revision's list with the search form; the current list and the archive's pages.

    A visitor's search renders its form and results alone into the rest of the page, which each
    process keeps (imp_site/page_frames.py): a search nobody asked before is not in the page
    cache."""

    def render_to_response(self, context: dict[str, Any], **kwargs: Any) -> HttpResponse:
        criteria = context.get("criteria")
        if not (criteria and criteria.is_filtered and is_visitor(self.request)):
            return super().render_to_response(context, **kwargs)  # type: ignore[misc]
        return FramedTemplateResponse(
            self.request,
            self.get_template_names(),  # type: ignore[attr-defined]
            context,
            **kwargs,
        )

    def list_context(self, revision: Revision) -> dict[str, Any]:
        entries = revision_list(revision)
        form = search_form_for(entries, self.request.GET)
        criteria = form.criteria()
        result = search(entries, criteria, page_number=self.request.GET.get("page"))
        query = criteria.query_string()
        return {
            "revision": revision,
            "form": form,
            "criteria": criteria,
            "result": result,
            "entries": result.entries,
            "total_count": len(entries),
            "previous_revision": entries.previous_revision,
            "filter_query": query,
            "page_query": f"{query}&" if query else "",
        }


class CurrentListView(RevisionListMixin, TemplateView):
    template_name = "drugs/revision_list.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        revision = current_revision()
        # No toolbar object here: the page's own placeholder is rendered from the toolbar's
        # object, which on this page must stay the CMS page.
        self.tell_the_cms("drugs:list", None)
        context.update(is_current_list=True, tiers=TIER_MEANINGS, revision=revision)
        if revision is not None:
            context.update(self.list_context(revision), current_revision=revision)
            context["is_overdue"] = revision.is_overdue()
        return context


class RevisionListView(RevisionListMixin, TemplateView):
    template_name = "drugs/revision_list.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        revision = visible_revision(self.request, self.kwargs["label"])
        self.tell_the_cms("drugs:revision", revision, label=revision.label)
        context.update(self.list_context(revision), tiers=TIER_MEANINGS)
        context["current_revision"] = current_revision()
        return context


class PrintView(DrugPageMixin, TemplateView):
    """The list, or what the visitor filtered, laid out for paper; also the PDF's source."""

    template_name = "drugs/revision_print.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        revision = visible_revision(self.request, self.kwargs["label"])
        self.tell_the_cms("drugs:revision_print", None, label=revision.label)
        context.update(print_context(self.request, revision))
        return context


def print_context(request: HttpRequest, revision: Revision) -> dict[str, Any]:
    entries = revision_list(revision)
    criteria = search_form_for(entries, request.GET).criteria()
    query = criteria.query_string()
    list_address = address_in(get_language(), "drugs:revision", query, label=revision.label)
    return {
        "revision": revision,
        "criteria": criteria,
        "entries": entries.matching(criteria),
        "tiers": TIER_MEANINGS,
        "list_address": settings.SITE_URL + list_address,
        "filter_query": query,
        "printed_on": timezone.localdate(),
    }


def revision_pdf(request: HttpRequest, label: str) -> HttpResponse:
    revision = visible_revision(request, label)
    return take_away.pdf_response(request, revision, print_context)


def revision_download(request: HttpRequest, label: str) -> HttpResponse:
    revision = visible_revision(request, label)
    form = DownloadForm(request.GET)
    if not form.is_valid():
        context = {"revision": revision, "form": form}
        return TemplateResponse(request, "drugs/download_refused.html", context, status=400)
    entries = revision_list(revision)
    criteria = search_form_for(entries, request.GET).criteria()
    matching = [listed.entry for listed in entries.matching(criteria)]
    return take_away.file_response(revision, matching, **form.cleaned_data)


class ArchiveView(DrugPageMixin, TemplateView):
    template_name = "drugs/archive.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        self.tell_the_cms("drugs:archive", None)
        revisions = list(ComparisonForm.revisions_for(self.request.user))
        published = [revision for revision in revisions if revision.is_published]
        context.update(
            revisions=revisions,
            revisions_with_older=[(r, _older_than(r, published)) for r in revisions],
            current_revision=published[0] if published else None,
            compare_form=ComparisonForm(revisions=revisions),
        )
        return context


def _older_than(revision: Revision, published: list[Revision]) -> Revision | None:
    """The published revision just before this one in `published` (newest first); for a draft,
    the current one."""
    if not revision.is_published:
        return published[0] if published else None
    position = published.index(revision)
    return published[position + 1] if position + 1 < len(published) else None


class ComparisonView(DrugPageMixin, TemplateView):
    template_name = "drugs/comparison.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        self.tell_the_cms("drugs:compare", None)
        revisions = list(ComparisonForm.revisions_for(self.request.user))
        form = ComparisonForm(self.request.GET, revisions=revisions)
        context["form"] = form
        pair = form.revisions_to_compare()
        if pair is not None:
            context["comparison"] = compare_revisions(*pair)
        return context


class EntryMixin(DrugPageMixin):
    template_name: str | None = "drugs/entry_detail.html"

    def entry_context(
        self, drug: Drug, revisions: list[Revision], shown: Revision | None
    ) -> dict[str, Any]:
        """The drug's entry in `shown`, with its history through `revisions` (oldest first)."""
        record = DrugRecord.load(drug, revisions)
        if not record.entries_by_revision:
            raise Http404("This drug has never been on a revision this person may see.")
        published = [revision for revision in revisions if revision.is_published]
        current = published[-1] if published else None
        entry = record.entry_in(shown)
        last = record.last_entry()
        return {
            "drug": drug,
            "entry": entry,
            "revision": shown,
            "current_revision": current,
            "history": record.history(),
            "removed_in": record.removed_in(current) if entry is None else None,
            "last_entry": last[1] if last else None,
            "last_revision": last[0] if last else None,
            "other_names": other_names(entry or (last[1] if last else None)),
            "tiers": TIER_MEANINGS,
        }


def other_names(entry: Entry | None) -> list[tuple[str, str]]:
    """(language name, name) of the entry in the site's other languages."""
    if entry is None:
        return []
    here = get_language()
    names = {text.language_code: text.name for text in entry.translations.all()}
    return [
        (str(language_name), names[code])
        for code, language_name in settings.LANGUAGES
        if code != here and names.get(code)
    ]


def published_oldest_first() -> list[Revision]:
    return list(Revision.objects.published().order_by("publication_number"))


class DrugView(EntryMixin, TemplateView):
    """The permanent page of a drug: its entry in the current revision, or since when it is no
    longer on the list, and its history."""

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        drug = get_object_or_404(Drug, slug=self.kwargs["slug"])
        revisions = published_oldest_first()
        current = revisions[-1] if revisions else None
        context.update(self.entry_context(drug, revisions, current), is_permanent_page=True)
        self.tell_the_cms("drugs:drug", context["entry"], slug=drug.slug)
        return context


class RevisionEntryView(EntryMixin, TemplateView):
    """A drug's entry as one revision has it (a draft's, for editors to preview)."""

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        revision = visible_revision(self.request, self.kwargs["label"])
        drug = get_object_or_404(Drug, slug=self.kwargs["slug"])
        revisions = published_oldest_first()
        if not revision.is_published:
            revisions.append(revision)  # the draft's changes, as they will read once published
        context.update(self.entry_context(drug, revisions, revision))
        if context["entry"] is None:
            raise Http404("This revision has no entry for this drug.")
        self.tell_the_cms(
            "drugs:revision_entry", context["entry"], label=revision.label, slug=drug.slug
        )
        return context
