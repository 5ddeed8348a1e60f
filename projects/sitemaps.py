"""Projects and activities in /sitemap.xml: the published ones, in every language (an item
without a text in one language is shown there in English, at that language's address)."""

from datetime import datetime

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import get_language

from imp_site.sitemaps import SiteSitemap, register_sitemap

from .models import ContinuousActivity, Project, PublishableItem, PublishableQuerySet


class PublishedItemsSitemap(SiteSitemap):
    model: type[PublishableItem]

    def items(self) -> PublishableQuerySet:
        # What a visitor sees, by the one rule that decides it.
        return self.model.objects.visible_to(AnonymousUser()).for_listing().order_by("pk")

    def location(self, item: PublishableItem) -> str:
        # Called with the entry's language active (Sitemap._location).
        return str(item.get_absolute_url(get_language()))

    def lastmod(self, item: PublishableItem) -> datetime:
        return item.updated_at


@register_sitemap("projects")
class ProjectSitemap(PublishedItemsSitemap):
    model = Project


@register_sitemap("activities")
class ActivitySitemap(PublishedItemsSitemap):
    model = ContinuousActivity
