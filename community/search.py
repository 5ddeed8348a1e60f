"""Facebook groups in site search: the groups a visitor may see (visible_to: listed ones), by
their name and organisation, or their description and region in the visitor's language. A
result leads to the group in the directory, where its card says what to expect, rather than
straight to Facebook. Suggestions are never searched."""

from django.db.models import Q
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import override

from imp_site.search import SearchQuery, SearchResult, search_provider
from imp_site.search.registry import MAX_CANDIDATES

from .models import FacebookGroup


@search_provider
def facebook_groups(query: SearchQuery) -> list[SearchResult]:
    visible = FacebookGroup.objects.visible_to(query.user)
    texts = (
        FacebookGroup._parler_meta.root_model.objects.filter(
            language_code__in=query.languages_shown, master__in=visible.values("pk")
        )
        .filter(query.filter_on("description", "region"))
        .values("master_id")
    )
    found = visible.filter(
        Q(query.filter_on("name", "organisation")) | Q(pk__in=texts)
    ).prefetch_related("translations")[:MAX_CANDIDATES]
    with override(query.language):
        directory = reverse("community:group_list")
    results = []
    for group in found:
        description = group.safe_translation_getter("description", language_code=query.language)
        region = group.safe_translation_getter("region", language_code=query.language)
        result = query.result_for(
            title=group.name,
            url=f"{directory}#group-{group.pk}",
            kind=capfirst(FacebookGroup._meta.verbose_name),
            texts=[description or "", region or "", group.organisation],
        )
        if result is not None:
            results.append(result)
    return results
