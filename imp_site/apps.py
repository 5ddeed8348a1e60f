from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class ImpSiteConfig(AppConfig):
    """The site-wide layer beneath the sections (see README, "What is where")."""

    name = "imp_site"
    verbose_name = _("IMP site")

    def ready(self) -> None:
        from . import login_protection  # noqa: F401 - connects the staff session length
        from .rich_text import limit_rich_text
        from .static_aliases import set_up_static_aliases

        set_up_static_aliases()
        limit_rich_text()
        # Every app's search providers and sitemaps, found by module name as the admin finds
        # admin.py: imp_site's own (the CMS pages) first, then the sections' in app order.
        from .search import cms_pages  # noqa: F401

        autodiscover_modules("search", "sitemaps")
