"""The tier badge (colour, symbol and label together, never colour alone), and the parts of a
list's page that a search shows on every visit, made without a template node per item."""

import functools
from collections.abc import Iterable

from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language, gettext

from ..texts import ListedEntry
from ..tiers import TierMeaning, tier_meaning
from ..visitor_forms import DownloadForm

register = template.Library()


@register.simple_tag
def tier_badge(tier: str) -> SafeString:
    """A tier's symbol and label (the symbol is decoration: the label says it all)."""
    return _badge_in(tier, get_language())


# Three tiers in three languages: each badge is made once per process (a list shows hundreds).
@functools.cache
def _badge_in(tier: str, language: str | None) -> SafeString:
    meaning = tier_meaning(tier)
    return format_html(
        '<span class="tier tier--{}"><span class="tier__symbol" aria-hidden="true">{}</span> '
        '<span class="visually-hidden">{} </span>{}</span>',
        meaning.code,
        meaning.symbol,
        gettext("Tier:"),
        meaning.label,
    )


@register.filter
def meaning_of(tier: str) -> TierMeaning:
    return tier_meaning(tier)


@register.simple_tag
def entry_row(entry: ListedEntry, entry_base: str) -> SafeString:
    """The entry's row in a list whose entries' pages are at `entry_base` + slug, made once per
    language and address: a listed entry lives as long as its kept list (drugs/kept_lists.py),
    and a search shows rows its process has shown before."""
    key = (get_language(), entry_base)
    row = entry.rows.get(key)
    if row is None:
        context = {"entry": entry, "entry_base": entry_base}
        row = entry.rows[key] = render_to_string("drugs/includes/entry_row.html", context)
    return row


@register.simple_tag
def select_options(choices: Iterable[tuple[str, str]], selected: str) -> SafeString:
    """A select's options, `selected` chosen. A search form shows two dozen on every visit:
    written by a loop in the template they cost more than the ten results, so each list of
    options is made once per process (names change rarely; the cache is bounded)."""
    return _options(tuple((value, str(label)) for value, label in choices), selected)


@functools.lru_cache(maxsize=1_000)
def _options(choices: tuple[tuple[str, str], ...], selected: str) -> SafeString:
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        ((value, " selected" if value == selected else "", label) for value, label in choices),
    )


@register.simple_tag
def download_fields() -> SafeString:
    """The download form's fields (format, language), the same on every list page in a
    language."""
    return _download_fields_in(get_language())


# Three languages: made once per process and language, as the tier badges are.
@functools.cache
def _download_fields_in(language: str | None) -> SafeString:
    form = DownloadForm(initial={"language": language})
    return render_to_string("drugs/includes/download_fields.html", {"download_form": form})
