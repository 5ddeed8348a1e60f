from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DrugsConfig(AppConfig):
    """The list of potentially harmful drugs (built in a later issue)."""

    name = "drugs"
    verbose_name = _("Potentially harmful drugs")
