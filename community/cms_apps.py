from typing import Any

from cms.app_base import CMSApp
from cms.apphook_pool import apphook_pool
from django.utils.translation import gettext_lazy as _


# The directory's template declares the page's placeholders around the list, so editors write
# the introduction (and what follows the list) in the CMS as on any other page.
@apphook_pool.register
class CommunityApphook(CMSApp):
    name = _("Community: Facebook groups")
    app_name = "community"

    def get_urls(self, page: Any = None, language: str | None = None, **kwargs: Any) -> list[str]:
        return ["community.urls"]
