from typing import Any

from cms.app_base import CMSApp
from cms.apphook_pool import apphook_pool
from django.utils.translation import gettext_lazy as _


# The list's root view declares the page's "content" placeholder above the list, so editors
# write the introduction of the page in the CMS as on any other page.
@apphook_pool.register
class DrugsApphook(CMSApp):
    name = _("Potentially harmful drugs")
    app_name = "drugs"

    def get_urls(self, page: Any = None, language: str | None = None, **kwargs: Any) -> list[str]:
        return ["drugs.urls"]
