from typing import Any

from cms.toolbar_base import CMSToolbar
from cms.toolbar_pool import toolbar_pool
from cms.utils.urlutils import admin_reverse
from django.db.models import Model
from django.utils.translation import gettext_lazy as _

from imp_site.permissions import user_may

from .models import ContinuousActivity, Project

MENU_ID = "projects-menu"


@toolbar_pool.register
class ProjectsToolbar(CMSToolbar):
    """A "Projects" menu for editors: list and add projects and activities, and edit the one on
    screen (the detail views register it with toolbar.set_object)."""

    def populate(self) -> None:
        user = self.request.user
        models = [
            model for model in (Project, ContinuousActivity) if user_may(user, "change", model)
        ]
        if not models:
            return
        menu = self.toolbar.get_or_create_menu(MENU_ID, _("Projects"))
        for model in models:
            menu.add_sideframe_item(
                model._meta.verbose_name_plural.capitalize(), url=_admin_url(model, "changelist")
            )
            if user_may(user, "add", model):
                menu.add_modal_item(
                    _("Add %(item)s") % {"item": model._meta.verbose_name},
                    url=_admin_url(model, "add"),
                )

    def post_template_populate(self) -> None:
        item = self.toolbar.get_object()
        if not isinstance(item, Project | ContinuousActivity):
            return
        if not user_may(self.request.user, "change", type(item)):
            return
        menu = self.toolbar.get_or_create_menu(MENU_ID, _("Projects"))
        menu.add_break()
        menu.add_modal_item(
            _("Edit this %(item)s") % {"item": item._meta.verbose_name},
            url=_admin_url(type(item), "change", item.pk),
        )


def _admin_url(model: type[Model], view: str, *args: Any) -> str:
    opts = model._meta
    return admin_reverse(f"{opts.app_label}_{opts.model_name}_{view}", args=args)
