from cms.toolbar_base import CMSToolbar
from cms.toolbar_pool import toolbar_pool
from cms.utils.urlutils import admin_reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from imp_site.permissions import user_may

from .models import FacebookGroup, GroupSuggestion

MENU_ID = "community-menu"


@toolbar_pool.register
class CommunityToolbar(CMSToolbar):
    """A "Community" menu for editors: the groups, and the suggestions waiting for them (with
    how many), so that a new suggestion is seen from any page of the site."""

    def populate(self) -> None:
        user = self.request.user
        may_see_groups = user_may(user, "change", FacebookGroup)
        may_review = user_may(user, "change", GroupSuggestion)
        if not (may_see_groups or may_review):
            return
        menu = self.toolbar.get_or_create_menu(MENU_ID, _("Community"))
        if may_see_groups:
            menu.add_sideframe_item(
                _("Facebook groups"), url=admin_reverse("community_facebookgroup_changelist")
            )
        if may_review:
            waiting = GroupSuggestion.objects.pending().count()
            menu.add_sideframe_item(
                ngettext(
                    "Suggestions: %(count)d waiting for review",
                    "Suggestions: %(count)d waiting for review",
                    waiting,
                )
                % {"count": waiting},
                url=admin_reverse("community_groupsuggestion_changelist")
                + "?status__exact=pending",
            )
