"""Keep cached CMS pages in step with projects and activities.

Visitors get CMS pages (the home page with its "featured projects", say) from the CMS page cache,
and the placeholders inside them from the placeholder cache. A change to a project or an activity
must drop both for every placeholder that shows such items, whoever makes the change.
"""

from cms.cache import invalidate_cms_page_cache
from cms.cache.placeholder import clear_placeholder_cache
from cms.models import Placeholder
from django.conf import settings
from django.contrib.sites.models import Site

PLUGINS_SHOWING_ITEMS = ["FeaturedProjectsPlugin", "ActivitiesOverviewPlugin"]


def forget_pages_showing_items():
    placeholders = Placeholder.objects.filter(
        cmsplugin__plugin_type__in=PLUGINS_SHOWING_ITEMS
    ).distinct()
    site_ids = list(Site.objects.values_list("pk", flat=True))
    for placeholder in placeholders:
        for language, _name in settings.LANGUAGES:
            for site_id in site_ids:
                clear_placeholder_cache(placeholder, language, site_id)
    invalidate_cms_page_cache()
