"""IMP's projects and continuous activities (demo_data/*.yaml), published, and featured on the
home page."""

from typing import TYPE_CHECKING

from cms.models import CMSPlugin

from imp_site.demo import ensure_translated_items, read_demo_data

from .models import ContinuousActivity, Project

if TYPE_CHECKING:
    from imp_site.demo import DemoBuild


def load(build: "DemoBuild") -> None:
    for model, filename in ((Project, "projects.yaml"), (ContinuousActivity, "activities.yaml")):
        specs = read_demo_data("projects", filename)
        build.created += ensure_translated_items(model, specs, is_published=True)
    build.pages.add_plugin("home", "highlights", "FeaturedProjectsPlugin", fill=_feature_all)
    build.pages.add_plugin("home", "highlights", "ActivitiesOverviewPlugin", limit=6)


def _feature_all(plugin: CMSPlugin) -> None:
    plugin.projects.set(Project.objects.published())
