from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import NoReverseMatch
from django.utils.translation import get_language, get_language_info
from menus.utils import DefaultLanguageChanger

from ..text_size import TEXT_SIZES

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in each site language: a link per language, named in that language.

    Apphook views with translated slugs register a language changer (as `page_language_url`
    uses); CMS pages use the page tree. Without a request (a server error page) each language
    links to its home page.
    """
    request = context.get("request")
    cached = getattr(request, "_imp_language_links", None)
    if cached is not None:
        return cached
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        url = _page_url_in(request, code) if request is not None else f"/{code}/"
        links.append(
            LanguageLink(code, get_language_info(code)["name_local"], url, code == current)
        )
    if request is not None:
        request._imp_language_links = links
    return links


def _page_url_in(request, language):
    changer = getattr(request, "_language_changer", None)
    if changer is not None:
        try:
            return changer(language)
        except NoReverseMatch:
            pass
    return DefaultLanguageChanger(request)(language)


@register.simple_tag
def text_sizes():
    return TEXT_SIZES
