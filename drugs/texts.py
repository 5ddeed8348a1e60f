"""An entry's texts in the visitor's language, read from the translations fetched with it.

Lists show hundreds of entries: parler's attribute access would store every translation it reads
in the cache (a round trip each to a shared cache), so lists read the prefetched translations
here instead, with the same fallback (the visitor's language, else English, else any).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from .models import Entry
from .search_text import normalise


def text_in(item: Any, language: str | None = None) -> Any:
    """The item's translation row in `language` or its fallback (None if it has none); the item
    was fetched with prefetch_related("translations")."""
    texts = {text.language_code: text for text in item.translations.all()}
    language = language or get_language() or settings.LANGUAGE_CODE
    return (
        texts.get(language) or texts.get(settings.LANGUAGE_CODE) or next(iter(texts.values()), None)
    )


def field_in(item: Any, field: str, language: str | None = None) -> str:
    text = text_in(item, language)
    return str(getattr(text, field, "") or "") if text is not None else ""


@dataclass(frozen=True)
class ListedEntry:
    """An entry as a list shows it, in one language."""

    entry: Entry
    name: str
    advice: str
    synonyms: list[str]
    group: str
    conditions: list[str]
    # Its row in a list, by language and address (drugs.templatetags.drug_tags.entry_row): made
    # once for as long as the list is kept (drugs/kept_lists.py).
    rows: dict[tuple[str | None, str], SafeString] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __str__(self) -> str:
        return self.name

    @property
    def slug(self) -> str:
        return str(self.entry.drug.slug)

    @property
    def tier(self) -> str:
        return str(self.entry.tier)

    @property
    def atc_codes(self) -> str:
        return str(self.entry.atc_codes)

    @property
    def brand_names(self) -> list[str]:
        return self.entry.brand_name_list()

    @property
    def sort_key(self) -> tuple[str, str, int]:
        return normalise(self.name), self.name, self.entry.pk


def listed(entry: Entry, language: str | None = None) -> ListedEntry:
    """The entry (fetched with Entry.objects.for_listing()) in the visitor's language."""
    text = text_in(entry, language)
    synonyms = str(getattr(text, "synonyms", "") or "")
    return ListedEntry(
        entry=entry,
        name=str(getattr(text, "name", "") or entry.drug.slug),
        advice=str(getattr(text, "advice", "") or ""),
        synonyms=[name.strip() for name in synonyms.split(";") if name.strip()],
        group=field_in(entry.group, "name", language) or entry.group.slug,
        conditions=[condition.code for condition in entry.conditions.all()],
    )


def listed_by_name(entries: Iterable[Entry], language: str | None = None) -> list[ListedEntry]:
    return sorted((listed(entry, language) for entry in entries), key=lambda e: e.sort_key)
