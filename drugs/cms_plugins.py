"""Plugins an editor can place on any page: a search box that leads to the list, the tier
legend, and the latest changes of the list. Their output depends only on the language and the
published revisions, so the CMS caches it; publishing a revision drops it (apps.py)."""

from typing import Any

from cms.models import CMSPlugin, Placeholder
from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from .changes import compare_revisions
from .models import Revision
from .tiers import TIER_MEANINGS

MODULE = _("Potentially harmful drugs")
PLUGIN_NAMES = ["DrugSearchBoxPlugin", "DrugTierLegendPlugin", "DrugLatestChangesPlugin"]


def list_address() -> str | None:
    """The list's address in the active language; None while no page shows the list."""
    try:
        return reverse("drugs:list")
    except NoReverseMatch:
        return None


@plugin_pool.register_plugin
class DrugSearchBoxPlugin(CMSPluginBase):
    """A search field that shows its results on the list's page."""

    name = _("Drug search box")
    module = MODULE
    render_template = "drugs/plugins/search_box.html"
    cache = True

    def render(
        self, context: dict[str, Any], instance: CMSPlugin, placeholder: Placeholder
    ) -> dict[str, Any]:
        context = super().render(context, instance, placeholder)
        context["list_url"] = list_address()
        return context


@plugin_pool.register_plugin
class DrugTierLegendPlugin(CMSPluginBase):
    """What the yellow, orange and red tiers mean."""

    name = _("Drug tier legend")
    module = MODULE
    render_template = "drugs/plugins/tier_legend.html"
    cache = True

    def render(
        self, context: dict[str, Any], instance: CMSPlugin, placeholder: Placeholder
    ) -> dict[str, Any]:
        context = super().render(context, instance, placeholder)
        context.update({"tiers": TIER_MEANINGS, "legend_id": f"-{instance.pk}"})
        return context


@plugin_pool.register_plugin
class DrugLatestChangesPlugin(CMSPluginBase):
    """The current revision and what it changed since the one before."""

    name = _("Latest changes to the drug list")
    module = MODULE
    render_template = "drugs/plugins/latest_changes.html"
    cache = True

    def render(
        self, context: dict[str, Any], instance: CMSPlugin, placeholder: Placeholder
    ) -> dict[str, Any]:
        context = super().render(context, instance, placeholder)
        latest = list(Revision.objects.published().order_by("-publication_number")[:2])
        context.update({"list_url": list_address(), "revision": None})
        if latest:
            context["revision"] = latest[0]
        if len(latest) == 2:
            context["comparison"] = compare_revisions(latest[1], latest[0])
        return context
