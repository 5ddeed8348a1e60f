from typing import Any

from cms.models import Placeholder
from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool
from django.utils.translation import gettext_lazy as _

from .models import ActivitiesOverviewPluginModel, ContinuousActivity, FeaturedProjectsPluginModel


@plugin_pool.register_plugin
class FeaturedProjectsPlugin(CMSPluginBase):
    """Cards for projects an editor picks; only published ones reach visitors."""

    model = FeaturedProjectsPluginModel
    name = _("Featured projects")
    module = _("Projects and activities")
    render_template = "projects/plugins/featured_projects.html"
    filter_horizontal = ["projects"]
    cache = True

    def render(
        self,
        context: dict[str, Any],
        instance: FeaturedProjectsPluginModel,
        placeholder: Placeholder,
    ) -> dict[str, Any]:
        context = super().render(context, instance, placeholder)
        # The related manager has the queryset methods of Project.objects (stubs cannot tell).
        context["projects"] = instance.projects.published().for_listing()  # type: ignore[attr-defined]
        return context


@plugin_pool.register_plugin
class ActivitiesOverviewPlugin(CMSPluginBase):
    """The first published continuous activities, optionally of one category."""

    model = ActivitiesOverviewPluginModel
    name = _("Activities overview")
    module = _("Projects and activities")
    render_template = "projects/plugins/activities_overview.html"
    cache = True

    def render(
        self,
        context: dict[str, Any],
        instance: ActivitiesOverviewPluginModel,
        placeholder: Placeholder,
    ) -> dict[str, Any]:
        context = super().render(context, instance, placeholder)
        activities = ContinuousActivity.objects.published().for_listing()
        if instance.category:
            activities = activities.filter(category=instance.category)
        context["activities"] = activities[: instance.limit]
        return context
