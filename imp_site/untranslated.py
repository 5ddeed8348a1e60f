"""Pages not yet translated into the visitor's language.

Such a page is served at the visitor's address with its content in a language it has (English,
the fallback of the others), in the frame of the visitor's language: menu, footer, controls and
<html lang> stay theirs, the content is marked with its own language, and a notice above it, in
the visitor's language, says so and links to the languages the page exists in.

A view tells base.html through the context of `untranslated_context()`. django CMS's page view
switches the whole request to the fallback language when it serves a page without a translation;
`UntranslatedPageMiddleware` switches the frame back and gives the template the same context.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cms.models import Page
from cms.views import details as cms_page_view
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.response import SimpleTemplateResponse
from django.utils import translation


@dataclass(frozen=True)
class Translation:
    """The page in one language: the language's code, its name in itself, the page's address."""

    language: str
    name: str
    url: str


def untranslated_context(shown_language: str, urls: dict[str, str]) -> dict[str, Any]:
    """The template context for content shown in `shown_language`, on a page whose address in
    each language it exists in is `urls` (language code -> address)."""
    return {
        "content_language": shown_language,
        "content_translations": [
            Translation(code, translation.get_language_info(code)["name_local"], urls[code])
            for code, _name in settings.LANGUAGES
            if code in urls
        ],
    }


class UntranslatedPageMiddleware:
    """For CMS pages served in a fallback language: the frame in the visitor's language."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_template_response(
        self, request: HttpRequest, response: SimpleTemplateResponse
    ) -> SimpleTemplateResponse:
        context = response.context_data
        content = context.get("current_pagecontent") if isinstance(context, dict) else None
        visitor_language = getattr(request, "LANGUAGE_CODE", None)
        if (
            isinstance(context, dict)
            and content is not None
            and _is_cms_page_view(request)
            and visitor_language is not None
            and content.language != visitor_language
        ):
            context.update(untranslated_context(content.language, _page_urls(content.page)))
            translation.activate(visitor_language)
        return response


def _is_cms_page_view(request: HttpRequest) -> bool:
    """The CMS's page view, not its editing and preview views (where an editor may well look at
    a translation from the admin of another language)."""
    return request.resolver_match is not None and request.resolver_match.func is cms_page_view


def _page_urls(page: Page) -> dict[str, str]:
    """The page's address in each language it is published in."""
    return {
        code: page.get_absolute_url(code)
        for code in page.get_languages(admin_manager=False)
        if page.page_content_cache.get(code)
    }
