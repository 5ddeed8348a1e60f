"""Site search: one search box over every section's content, in the visitor's language.

imp_site imports no section, so each section brings its own content: an app's `search.py`
(found at start-up, as the admin finds `admin.py`) registers search providers with
`@search_provider`. A provider receives a `SearchQuery` (the words, the language and the user)
and returns `SearchResult`s of what that user may see, by the section's own visibility rule, in
a number of queries that does not grow with the number of results. imp_site itself provides the
CMS pages (`cms_pages.py`).

Matching ignores accents and case (see `text.py`). Helpers for providers:
`SearchQuery.filter_on()` narrows a queryset in the database, `SearchQuery.result_for()` checks
a candidate exactly and builds its result, and `translated_items_matching()` does both for items
with django-parler translations.
"""

from .registry import (
    MAX_QUERY_LENGTH,
    MAX_RESULTS,
    MAX_WORDS,
    SearchQuery,
    SearchResult,
    search_provider,
    search_site,
    translated_items_matching,
)

__all__ = [
    "MAX_QUERY_LENGTH",
    "MAX_RESULTS",
    "MAX_WORDS",
    "SearchQuery",
    "SearchResult",
    "search_provider",
    "search_site",
    "translated_items_matching",
]
