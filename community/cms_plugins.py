from typing import Any

from cms.models import Placeholder
from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import FeaturedGroupsPluginModel


@plugin_pool.register_plugin
class FeaturedGroupsPlugin(CMSPluginBase):
    """Cards for Facebook groups an editor picks; only listed ones reach visitors."""

    model = FeaturedGroupsPluginModel
    name = _("Featured Facebook groups")
    module = _("Community")
    render_template = "community/plugins/featured_groups.html"
    filter_horizontal = ["groups"]
    cache = True

    def render(
        self,
        context: dict[str, Any],
        instance: FeaturedGroupsPluginModel,
        placeholder: Placeholder,
    ) -> dict[str, Any]:
        context = super().render(context, instance, placeholder)
        # The related manager has the queryset methods of FacebookGroup.objects.
        groups = instance.groups.listed()  # type: ignore[attr-defined]
        context["groups"] = groups.for_directory().in_order_for(get_language())
        return context
