from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    """The curated directory of Facebook groups (built in a later issue)."""

    name = "community"
    verbose_name = _("Community")
