"""The search providers of the sections, the query they receive and the results they return."""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import reduce
from operator import and_, or_
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db.models import Model, Q, QuerySet
from django.utils.functional import Promise
from parler import appsettings as parler_settings

from .text import (
    ExcerptPart,
    contains_every_word,
    excerpt,
    fold,
    plain_text,
    word_pattern,
    words_of,
)

MAX_QUERY_LENGTH = 200
MAX_WORDS = 10
MAX_RESULTS = 50
# Candidates a provider checks at most: bounds the work one search can cause, whatever is typed.
MAX_CANDIDATES = 500
TITLE_WEIGHT = 10


@dataclass(frozen=True)
class SearchResult:
    title: str
    url: str
    kind: str | Promise
    excerpt: list[ExcerptPart]
    score: int = 0


@dataclass(frozen=True)
class SearchQuery:
    """What a visitor searches for: the words, folded (lower case, no accents), the language of
    the page they searched from and who they are (for each section's visibility rule)."""

    text: str
    language: str
    user: AbstractBaseUser | AnonymousUser
    words: list[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", words_of(self.text)[:MAX_WORDS])

    @property
    def languages_shown(self) -> list[str]:
        """The language of the search, then those its pages fall back to for a missing text."""
        return list(parler_settings.PARLER_LANGUAGES.get_active_choices(self.language))

    def filter_on(self, *fields: str) -> Q:
        """A condition for the database: every word is in one of `fields` (field lookups, such
        as "title" or "translations__body"), accents and case aside. It may keep a few rows
        that result_for() then leaves out (a word inside an HTML tag), and misses only a word
        split by markup."""
        return reduce(and_, (word_filter(word, *fields) for word in self.words), Q())

    def result_for(
        self, *, title: str, url: str, kind: str | Promise, texts: Sequence[str]
    ) -> SearchResult | None:
        """The result for one candidate if every word is in its title or its plain `texts`;
        the excerpt comes from the first text holding a word (texts in order of preference)."""
        folded_title = fold(title)
        folded_texts = [fold(text) for text in texts]
        if not contains_every_word(" ".join([folded_title, *folded_texts]), self.words):
            return None
        score = sum(TITLE_WEIGHT for word in self.words if word in folded_title) + sum(
            1 for word in self.words for folded in folded_texts if word in folded
        )
        return SearchResult(
            title=title,
            url=url,
            kind=kind,
            excerpt=excerpt(self._excerpt_source(texts, folded_texts), self.words),
            score=score,
        )

    def _excerpt_source(self, texts: Sequence[str], folded_texts: list[str]) -> str:
        for text, folded in zip(texts, folded_texts, strict=True):
            if any(word in folded for word in self.words):
                return text
        return next((text for text in texts if text), "")


def word_filter(word: str, *fields: str) -> Q:
    """A condition for the database: the folded `word` is in one of `fields`, accents and case
    aside."""
    pattern = word_pattern(word)
    return reduce(or_, (Q(**{f"{name}__iregex": pattern}) for name in fields))


SearchProvider = Callable[[SearchQuery], Iterable[SearchResult]]
_providers: list[SearchProvider] = []


def search_provider(provider: SearchProvider) -> SearchProvider:
    """Register a section's search provider (use as a decorator in the app's search.py)."""
    if provider not in _providers:
        _providers.append(provider)
    return provider


def search_site(query: SearchQuery) -> list[SearchResult]:
    """The results of every provider, best first; at most MAX_RESULTS + 1, so that the page can
    tell there were more."""
    if not query.words:
        return []
    results = [result for provider in _providers for result in provider(query)]
    results.sort(key=lambda result: (-result.score, fold(result.title)))
    return results[: MAX_RESULTS + 1]


def translated_items_matching(
    query: SearchQuery,
    items: "QuerySet[Any]",
    *,
    kind: str | Promise,
    fields: Sequence[str] = ("title", "summary", "body"),
    url_of: Callable[[Any], str] | None = None,
) -> list[SearchResult]:
    """Results among `items` (a queryset of a django-parler model, already limited to what the
    user may see) whose text in the visitor's language matches, or in its fallback when the
    item has no text in that language. `fields` are translated fields; the first is the title,
    HTML in the others is searched as text. Two queries, whatever the number of results."""
    translation_model = items.model._parler_meta.root_model
    candidates = (
        translation_model.objects.filter(
            language_code__in=query.languages_shown, master__in=items.values("pk")
        )
        .filter(query.filter_on(*fields))
        .values("master_id")
    )
    found = items.filter(pk__in=candidates).prefetch_related("translations")[:MAX_CANDIDATES]
    results = []
    for item in found:
        translation = _translation_shown(item, query.languages_shown)
        if translation is None:
            continue
        title, *texts = (_plain(getattr(translation, name, "") or "") for name in fields)
        url = url_of(item) if url_of else item.get_absolute_url(query.language)
        result = query.result_for(title=title, url=url, kind=kind, texts=texts)
        if result is not None:
            results.append(result)
    return results


def _translation_shown(item: Model, languages: list[str]) -> Model | None:
    """The translation a visitor of `languages[0]` sees: theirs, else the first fallback."""
    translations = item.translations.all()  # type: ignore[attr-defined]
    by_language = {translation.language_code: translation for translation in translations}
    return next((by_language[code] for code in languages if code in by_language), None)


def _plain(text: str) -> str:
    return plain_text(text) if "<" in text or "&" in text else text
