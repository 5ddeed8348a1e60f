"""The drug list in /sitemap.xml: the permanent page of every entry of the current revision,
and every published revision's list."""

from typing import Any

from imp_site.sitemaps import SiteSitemap, register_sitemap

from .models import Drug, Revision


@register_sitemap("drugs")
class DrugSitemap(SiteSitemap):
    def items(self) -> Any:
        current = Revision.objects.current()
        if current is None:
            return Drug.objects.none()
        return Drug.objects.filter(entries__revision=current).order_by("slug")

    def lastmod(self, drug: Drug) -> Any:
        current = Revision.objects.current()
        return current.published_at if current else None


@register_sitemap("drug-revisions")
class RevisionSitemap(SiteSitemap):
    def items(self) -> Any:
        return Revision.objects.published().order_by("publication_number")

    def lastmod(self, revision: Revision) -> Any:
        return revision.published_at
