"""The drug list in site search: the entries of the current revision (what visitors read), found
as the list's own search finds them (any language's names, synonyms, brand names, ATC codes),
shown with their name and advice in the visitor's language and leading to their permanent page."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from imp_site.search import SearchQuery, SearchResult, search_provider
from imp_site.search.registry import MAX_CANDIDATES, TITLE_WEIGHT
from imp_site.search.text import excerpt, fold

from .entry_search import Criteria
from .kept_lists import current_revision, revision_list


@search_provider
def drug_list(query: SearchQuery) -> list[SearchResult]:
    revision = current_revision()
    if revision is None or not query.words:
        return []
    with override(query.language):
        found = revision_list(revision).matching(Criteria(query=query.text), query.language)
        return [
            SearchResult(
                title=listed.name,
                url=listed.entry.drug.get_absolute_url(),
                kind=_("Drug list"),
                excerpt=excerpt(listed.advice, query.words),
                score=TITLE_WEIGHT * sum(word in fold(listed.name) for word in query.words) + 1,
            )
            for listed in found[:MAX_CANDIDATES]
        ]
