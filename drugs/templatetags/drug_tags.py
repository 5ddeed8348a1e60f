"""The tier badge: colour, symbol and label together, never colour alone."""

import functools

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language, gettext

from ..tiers import TierMeaning, tier_meaning

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
