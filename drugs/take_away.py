"""The list to take away as files: a PDF made from the print view, and CSV and JSON (the formats of
list_files.py, which the editors' import reads back).

A PDF costs the server seconds, so a published revision's PDF is kept in the cache (a published
revision never changes), and each address may have only a few made within a few minutes.
"""

import hashlib
from collections.abc import Callable
from typing import Any

from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from imp_site.client_address import client_ip

from .list_files import csv_of, json_of
from .models import Entry, Revision

PDF_STYLESHEET = "drugs/css/drug-print.css"
PDF_CACHE_SECONDS = 7 * 24 * 60 * 60
PDF_RENDERS_PER_ADDRESS = 10
PDF_RENDER_WINDOW_SECONDS = 10 * 60
CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}


def file_response(
    revision: Revision, entries: list[Entry], *, format: str, language: list[str]
) -> HttpResponse:
    """The entries as a CSV or JSON download in the given languages."""
    if format == "json":
        body = json_of(revision, entries, language)
    else:
        # The byte-order mark lets spreadsheets read the accents; the import skips it.
        body = "\ufeff" + csv_of(entries, language)
    languages = "all" if len(language) > 1 else language[0]
    response = HttpResponse(body, content_type=CONTENT_TYPES[format])
    filename = f"imp-drug-list-{revision.label}-{languages}.{format}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


PrintContext = Callable[[HttpRequest, Revision], dict[str, Any]]


def pdf_response(
    request: HttpRequest, revision: Revision, print_context: PrintContext
) -> HttpResponse:
    """The print view as a PDF: from the cache for a published revision, else made now unless
    this address has made too many lately."""
    key = _pdf_cache_key(request, revision)
    pdf = cache.get(key) if revision.is_published else None
    if pdf is None:
        if _too_many_renders(request):
            busy = {"revision": revision}
            return TemplateResponse(request, "drugs/pdf_busy.html", busy, status=429)
        context = {**print_context(request, revision), "for_pdf": True}
        html = render_to_string("drugs/revision_print.html", context, request=request)
        pdf = html_to_pdf(html)
        if revision.is_published:
            cache.set(key, pdf, PDF_CACHE_SECONDS)
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"imp-drug-list-{revision.label}-{get_language()}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def html_to_pdf(html: str) -> bytes:
    """A tagged PDF (PDF/UA-1) in the document's language, with nothing fetched from anywhere:
    the stylesheet is read from the static files."""
    from weasyprint import CSS, HTML  # loaded on first use: it brings Pango and its fonts

    stylesheet = CSS(filename=finders.find(PDF_STYLESHEET))
    document = HTML(string=html, url_fetcher=_refuse_to_fetch())
    pdf: bytes = document.write_pdf(stylesheets=[stylesheet], pdf_variant="pdf/ua-1")
    return pdf


def _refuse_to_fetch() -> Any:
    from weasyprint.urls import URLFetcher

    class NothingFetched(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            raise ValueError(f"The list's PDF loads nothing from elsewhere ({url[:80]}).")

    return NothingFetched()


def _pdf_cache_key(request: HttpRequest, revision: Revision) -> str:
    query = request.GET.urlencode()
    digest = hashlib.sha256(f"{get_language()}|{query}".encode()).hexdigest()
    return f"drugs-pdf:{revision.pk}:{digest}"


def _too_many_renders(request: HttpRequest) -> bool:
    key = f"drugs-pdf-renders:{client_ip(request)}"
    cache.add(key, 0, PDF_RENDER_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, PDF_RENDER_WINDOW_SECONDS)
        count = 1
    return count > PDF_RENDERS_PER_ADDRESS
