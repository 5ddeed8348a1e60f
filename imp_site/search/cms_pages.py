"""The CMS pages in site search: the published version of each page in the visitor's language,
by its title, its description and the text of its text plugins."""

from collections import defaultdict

from cms.models import PageContent, PageUrl
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch, Q, QuerySet
from django.utils.translation import gettext_lazy as _
from djangocms_text.models import Text

from .registry import MAX_CANDIDATES, SearchQuery, SearchResult, search_provider, word_filter
from .text import plain_text


@search_provider
def published_pages(query: SearchQuery) -> list[SearchResult]:
    """Three queries: the matching page contents with their pages, their addresses, their text."""
    contents = list(_matching_contents(query)[:MAX_CANDIDATES])
    texts = _text_of(contents)
    results = []
    for content in contents:
        url = content.page.get_absolute_url(query.language, fallback=False)
        if not url:  # not reachable, such as a page below an unpublished one
            continue
        result = query.result_for(
            title=content.title,
            url=url,
            kind=_("Page"),
            texts=[content.meta_description or "", texts.get(content.pk, "")],
        )
        if result is not None:
            results.append(result)
    return results


def _matching_contents(query: SearchQuery) -> "QuerySet[PageContent]":
    # PageContent.objects holds only published versions (djangocms-versioning replaces the
    # manager), for editors too: search leads to pages as visitors see them.
    contents = (
        PageContent.objects.filter(
            language=query.language,
            page__site_id=settings.SITE_ID,
            page__is_page_type=False,
        )
        .filter(Q(redirect__isnull=True) | Q(redirect=""))
        .select_related("page")
        .prefetch_related(
            Prefetch("page__urls", queryset=PageUrl.objects.filter(language=query.language))
        )
        .order_by("page__path")
    )
    if not query.user.is_authenticated:
        contents = contents.filter(page__login_required=False)
    # Every word in the title, the description or one of the page's text plugins.
    for condition in _per_word(query):
        contents = contents.filter(condition)
    return contents


def _per_word(query: SearchQuery) -> list[Q]:
    content_type = ContentType.objects.get_for_model(PageContent)
    conditions = []
    for word in query.words:
        in_text_plugins = _text_plugins(content_type, query.language).filter(
            word_filter(word, "body")
        )
        conditions.append(
            word_filter(word, "title", "meta_description")
            | Q(pk__in=in_text_plugins.values("placeholder__object_id"))
        )
    return conditions


def _text_plugins(content_type: ContentType, language: str) -> "QuerySet[Text]":
    return Text.objects.filter(placeholder__content_type=content_type, language=language)


def _text_of(contents: list[PageContent]) -> dict[int, str]:
    """The plain text of each page content's text plugins, in the order of the page."""
    if not contents:
        return {}
    content_type = ContentType.objects.get_for_model(PageContent)
    language = contents[0].language
    bodies = (
        _text_plugins(content_type, language)
        .filter(placeholder__object_id__in=[content.pk for content in contents])
        .order_by("placeholder__object_id", "placeholder__pk", "position")
        .values_list("placeholder__object_id", "body")
    )
    texts: dict[int, list[str]] = defaultdict(list)
    for content_pk, body in bodies:
        texts[content_pk].append(plain_text(body))
    return {content_pk: " ".join(parts) for content_pk, parts in texts.items()}
