from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImpSiteConfig(AppConfig):
    """Site-wide pieces: health check, text size, language links and the demo content."""

    name = "imp_site"
    verbose_name = _("IMP site")
