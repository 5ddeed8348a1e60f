from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projects and activities")

    def ready(self):
        from . import signals  # noqa: F401 - connects the page-cache invalidation receivers
