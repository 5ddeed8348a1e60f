from typing import Any

from cms.app_base import CMSApp
from cms.apphook_pool import apphook_pool
from django.utils.translation import gettext_lazy as _


# The root views' templates declare the page's "content" placeholder above the list, so
# editors write the introduction of these pages in the CMS as on any other page.
@apphook_pool.register
class ProjectsApphook(CMSApp):
    name = _("Projects")
    app_name = "projects"

    def get_urls(self, page: Any = None, language: str | None = None, **kwargs: Any) -> list[str]:
        return ["projects.urls"]


@apphook_pool.register
class ActivitiesApphook(CMSApp):
    name = _("Continuous activities")
    app_name = "activities"

    def get_urls(self, page: Any = None, language: str | None = None, **kwargs: Any) -> list[str]:
        return ["projects.activity_urls"]
