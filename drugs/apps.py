from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DrugsConfig(AppConfig):
    """The list of potentially harmful drugs: revisions every six months, with their history."""

    name = "drugs"
    verbose_name = _("Potentially harmful drugs")

    def ready(self) -> None:
        from imp_site.page_cache import drop_cached_pages_when_changed

        from .cms_plugins import PLUGIN_NAMES
        from .models import Condition, Drug, DrugGroup, Revision

        # Publishing a revision (services.revision_publish) also drops them explicitly, since
        # it publishes with a queryset update, which sends no signal. Published lists show the
        # names of groups and conditions and the drugs' addresses, which editors may change.
        drop_cached_pages_when_changed(
            [Revision, DrugGroup, Condition, Drug], plugin_types=PLUGIN_NAMES
        )
