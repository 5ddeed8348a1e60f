from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    """The curated directory of Facebook groups for mito patients and families, and the
    suggestions visitors send for it."""

    name = "community"
    verbose_name = _("Community")

    def ready(self) -> None:
        from imp_site.page_cache import drop_cached_pages_when_changed

        from .models import Disorder, FacebookGroup

        # The directory and the featured groups show groups and the names of their disorders.
        drop_cached_pages_when_changed(
            [FacebookGroup, Disorder], plugin_types=["FeaturedGroupsPlugin"]
        )
