"""Projects and activities in site search: what the visitor may see (visible_to), by their
title, summary and description in the visitor's language."""

from django.utils.text import capfirst

from imp_site.search import SearchQuery, SearchResult, search_provider, translated_items_matching

from .models import ContinuousActivity, Project


@search_provider
def projects(query: SearchQuery) -> list[SearchResult]:
    return translated_items_matching(
        query,
        Project.objects.visible_to(query.user),
        kind=capfirst(Project._meta.verbose_name),
        fields=("title", "summary", "body", "outcome"),
    )


@search_provider
def activities(query: SearchQuery) -> list[SearchResult]:
    return translated_items_matching(
        query,
        ContinuousActivity.objects.visible_to(query.user),
        kind=capfirst(ContinuousActivity._meta.verbose_name),
    )
