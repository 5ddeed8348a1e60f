"""The editors' way to the header tagline and the footer: one toolbar menu, in the page's language.

Every page shows them, but they are static aliases, edited on their own; without this, editors
had to find them in the structure board or in the admin's list of aliases.
"""

from cms.cms_toolbars import PAGE_MENU_IDENTIFIER
from cms.toolbar.utils import get_object_edit_url
from cms.toolbar_base import CMSToolbar
from cms.toolbar_pool import toolbar_pool
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from djangocms_alias.models import AliasContent

from .permissions import user_may

MENU_ID = "site-texts"
# The static aliases of templates/base.html, with what the menu calls them.
STATIC_ALIASES = {
    "header": _("Edit the header tagline (%(language)s)"),
    "footer": _("Edit the footer (%(language)s)"),
}


@toolbar_pool.register
class HeaderAndFooterToolbar(CMSToolbar):
    # After every toolbar's populate(), so the CMS's "Page" menu is there to stand beside.
    def post_template_populate(self) -> None:
        if not user_may(self.request.user, "change", AliasContent):
            return
        language = self.toolbar.request_language
        contents = _latest_contents(language)
        if not contents:
            return
        menu = self.toolbar.get_or_create_menu(
            MENU_ID, _("Header and footer"), position=self._after_the_page_menu()
        )
        language_name = get_language_info(language)["name_translated"]
        for static_code, label in STATIC_ALIASES.items():
            content = contents.get(static_code)
            if content is not None:
                menu.add_link_item(
                    label % {"language": language_name},
                    url=get_object_edit_url(content, language=language),
                )

    def _after_the_page_menu(self) -> int | None:
        page_menu = self.toolbar.get_menu(PAGE_MENU_IDENTIFIER)
        left_items = self.toolbar.get_left_items()
        if page_menu is None or page_menu not in left_items:
            return None
        return left_items.index(page_menu) + 1


def _latest_contents(language: str) -> dict[str, AliasContent]:
    """The newest content (draft, else published) of each site-wide static alias in
    `language`, by static code."""
    contents = AliasContent.admin_manager.latest_content(
        alias__static_code__in=STATIC_ALIASES, alias__site__isnull=True, language=language
    ).select_related("alias")
    return {content.alias.static_code: content for content in contents}
