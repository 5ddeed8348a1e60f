"""What search engines are told: /sitemap.xml lists every public page in each language, with
its other languages as hreflang alternates; /robots.txt points at it and keeps crawlers out of
the admin and the search results.

Addresses start with SITE_URL, never with the host a request named (or the Sites framework's
domain). imp_site lists the CMS pages; each section adds its own pages from its `sitemaps.py`
(found at start-up, as the admin finds `admin.py`) with `@register_sitemap("name")` on a
subclass of `SiteSitemap`.
"""

from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from typing import TypeVar
from urllib.parse import urlsplit

from cms.models import Page, PageContent, PageUrl
from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sites.models import Site
from django.contrib.sites.requests import RequestSite
from django.db.models import Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import get_language, override
from django.views.decorators.http import require_safe


class SiteSitemap(Sitemap):
    """A sitemap whose entries come in every language, each naming its other languages, at
    addresses under SITE_URL."""

    i18n = True
    alternates = True

    def get_protocol(self, protocol: str | None = None) -> str:
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site: Site | RequestSite | None = None) -> str:
        return urlsplit(settings.SITE_URL).netloc


SitemapClass = TypeVar("SitemapClass", bound=type[Sitemap])
_sitemaps: dict[str, type[Sitemap]] = {}


def register_sitemap(name: str) -> Callable[[SitemapClass], SitemapClass]:
    """Add a section's sitemap to /sitemap.xml (a decorator on the class, in its sitemaps.py)."""

    def register(sitemap: SitemapClass) -> SitemapClass:
        _sitemaps[name] = sitemap
        return sitemap

    return register


@register_sitemap("pages")
class CMSPagesSitemap(SiteSitemap):
    """The CMS pages visitors can open: published in that language, not a redirect, no login
    needed, reachable (not below an unpublished page)."""

    @cached_property
    def _pages(self) -> list[Page]:
        pages = (
            Page.objects.filter(site_id=settings.SITE_ID, is_page_type=False, login_required=False)
            .prefetch_related(
                Prefetch(
                    "pagecontent_set",
                    # PageContent.objects holds only published versions (djangocms-versioning).
                    queryset=PageContent.objects.filter(Q(redirect__isnull=True) | Q(redirect="")),
                    to_attr="published_contents",
                ),
                Prefetch("urls", queryset=PageUrl.objects.filter(path__isnull=False)),
            )
            .order_by("path")
        )
        return [page for page in pages if self.get_languages_for_item(page)]

    def items(self) -> list[Page]:
        return self._pages

    def get_languages_for_item(self, item: Page) -> list[str]:
        published = {content.language for content in item.published_contents}
        reachable = {url.language for url in item.urls.all()}
        languages = [code for code, _name in settings.LANGUAGES]
        return [code for code in languages if code in published and code in reachable]

    def location(self, item: Page) -> str:
        # Called with the entry's language active (Sitemap._location).
        return str(item.get_absolute_url(_active_language(), fallback=False))

    def lastmod(self, item: Page) -> datetime | None:
        return max((content.changed_date for content in item.published_contents), default=None)


def _active_language() -> str:
    return get_language() or settings.LANGUAGE_CODE


@require_safe
def sitemap_xml(request: HttpRequest) -> HttpResponse:
    response: HttpResponse = sitemap_views.sitemap(request, sitemaps=dict(_sitemaps))
    return response


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in _paths_kept_from_crawlers()]
    lines += ["", f"Sitemap: {settings.SITE_URL}{reverse('sitemap_xml')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def _paths_kept_from_crawlers() -> list[str]:
    """The admin (nothing public there), the search results (endless pages of what the sitemap
    lists already) in every language, and the text-size switch."""
    paths = []
    for code, _name in settings.LANGUAGES:
        with override(code):
            paths += [reverse("admin:index"), reverse("site_search")]
    return [*paths, reverse("set_text_size")]
