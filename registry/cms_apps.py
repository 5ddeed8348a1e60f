from typing import Any

from cms.app_base import CMSApp
from cms.apphook_pool import apphook_pool
from django.utils.translation import gettext_lazy as _


@apphook_pool.register
class RegistryApphook(CMSApp):
    """The registry's page: its text is written in the CMS; below it, the way in for visitors
    and the registry page of a logged-in account (views.dashboard)."""

    name = _("Patient registry")
    app_name = "registry"

    def get_urls(self, page: Any = None, language: str | None = None, **kwargs: Any) -> list[str]:
        return ["registry.urls"]

    def get_root_template(
        self, page: Any = None, language: str | None = None, **kwargs: Any
    ) -> str:
        # The root view is a function: the CMS cannot read its template to find placeholders.
        return "registry/dashboard.html"
