from cms.toolbar_base import CMSToolbar
from cms.toolbar_pool import toolbar_pool
from cms.utils.urlutils import admin_reverse
from django.utils.translation import gettext_lazy as _

from imp_site.permissions import user_may

from .models import Entry, Revision

MENU_ID = "drugs-menu"


@toolbar_pool.register
class DrugListToolbar(CMSToolbar):
    """A "Drug list" menu for editors: the revisions and entries, a new draft, and the revision
    or entry on screen (the list's views register it with toolbar.set_object)."""

    def populate(self) -> None:
        user = self.request.user
        if not user_may(user, "change", Revision):
            return
        menu = self.toolbar.get_or_create_menu(MENU_ID, _("Drug list"))
        menu.add_sideframe_item(_("Revisions"), url=admin_reverse("drugs_revision_changelist"))
        menu.add_sideframe_item(_("Entries"), url=admin_reverse("drugs_entry_changelist"))
        if user_may(user, "add", Revision):
            menu.add_sideframe_item(
                _("Start a new draft from the current revision"),
                url=admin_reverse("drugs_revision_start"),
            )

    def post_template_populate(self) -> None:
        item = self.toolbar.get_object()
        revision = item.revision if isinstance(item, Entry) else item
        if not isinstance(revision, Revision) or revision.is_published:
            return
        if not user_may(self.request.user, "change", Revision):
            return
        menu = self.toolbar.get_or_create_menu(MENU_ID, _("Drug list"))
        menu.add_break()
        menu.add_sideframe_item(
            _("Edit draft %(label)s") % {"label": revision.label},
            url=admin_reverse("drugs_revision_change", args=[revision.pk]),
        )
        menu.add_sideframe_item(
            _("Publish draft %(label)s") % {"label": revision.label},
            url=admin_reverse("drugs_revision_publish", args=[revision.pk]),
        )
