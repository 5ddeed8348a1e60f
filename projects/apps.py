from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projects and activities")

    def ready(self) -> None:
        from imp_site.page_cache import drop_cached_pages_when_changed

        from .models import ContinuousActivity, Project

        drop_cached_pages_when_changed([Project], plugin_types=["FeaturedProjectsPlugin"])
        drop_cached_pages_when_changed(
            [ContinuousActivity], plugin_types=["ActivitiesOverviewPlugin"]
        )
