"""The search results page: a plain GET form, so it works without JavaScript and the search box
in every page's header needs no CSRF token."""

from functools import partial
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language_info, ngettext_lazy, override
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from menus.utils import set_language_changer

from .registry import MAX_QUERY_LENGTH, MAX_RESULTS, MAX_WORDS, SearchQuery, search_site
from .text import words_of


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search this website"), max_length=MAX_QUERY_LENGTH, required=False)

    def clean_q(self) -> str:
        text: str = self.cleaned_data["q"]
        words = words_of(text)
        if text and not words:
            raise forms.ValidationError(
                _("Please type at least one word of two letters or more."), code="no_word"
            )
        if len(words) > MAX_WORDS:
            raise forms.ValidationError(
                ngettext_lazy(
                    "Please search for at most %(limit)d word.",
                    "Please search for at most %(limit)d words.",
                    "limit",
                ),
                code="too_many_words",
                params={"limit": MAX_WORDS},
            )
        return text


@require_safe
@cache_control(private=True)
def search(request: HttpRequest) -> HttpResponse:
    """Results for the words in ?q=, in the language of the address. Never stored in the shared
    page cache: every different query would be one more page in it."""
    form = SearchForm(request.GET)
    query_text = request.GET.get("q", "")
    results = []
    if form.is_valid() and form.cleaned_data["q"]:
        query = SearchQuery(
            text=form.cleaned_data["q"], language=request.LANGUAGE_CODE, user=request.user
        )
        results = search_site(query)
    searched_text = query_text if form.is_valid() else ""
    set_language_changer(request, partial(search_url, query_text=searched_text))
    return render(
        request,
        "search/results.html",
        {
            "form": form,
            "query": query_text.strip(),
            "searched": form.is_valid() and bool(form.cleaned_data["q"]),
            "results": results[:MAX_RESULTS],
            "more_results": len(results) > MAX_RESULTS,
            "max_results": MAX_RESULTS,
            "other_languages": _same_search_in_other_languages(request, searched_text),
        },
    )


def search_url(language: str, *, query_text: str = "") -> str:
    """The search page in `language` (its address is translated), for the same words."""
    with override(language):
        url = reverse("site_search")
    return f"{url}?{urlencode({'q': query_text})}" if query_text else url


def _same_search_in_other_languages(request: HttpRequest, query_text: str) -> list[dict[str, str]]:
    return [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": search_url(code, query_text=query_text),
        }
        for code, _name in settings.LANGUAGES
        if code != request.LANGUAGE_CODE
    ]
