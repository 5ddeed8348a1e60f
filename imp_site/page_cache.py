"""The CMS page cache, extended to the section pages that apphooks serve.

django CMS caches the pages it renders itself, not the views of apphooks. Those views render the
same page frame (menu, header and footer aliases) and would cost a dozen queries per visit. This
mixin stores their responses for anonymous visitors in the CMS page cache, under the same keys and
version, so whatever drops CMS pages (publishing a page, changing a project) drops them too.
"""

from cms.cache.page import get_page_cache, set_page_cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.timezone import now


class VisitorPageCacheMixin:
    def dispatch(self, request, *args, **kwargs):
        if not _may_use_page_cache(request):
            return super().dispatch(request, *args, **kwargs)
        cached = get_page_cache(request)
        if cached is not None:
            return _response_from_cache(cached)
        response = super().dispatch(request, *args, **kwargs)
        if response.status_code == 200 and hasattr(response, "add_post_render_callback"):
            response.add_post_render_callback(set_page_cache)
        return response


def _may_use_page_cache(request):
    toolbar = getattr(request, "toolbar", None)
    return (
        request.method in ("GET", "HEAD")
        and not request.user.is_authenticated
        and toolbar is not None
        and not toolbar.show_toolbar
        and not toolbar.edit_mode_active
    )


def _response_from_cache(cached):
    """As django CMS replays its own cached pages (cms.views.details)."""
    content, headers, expires_at, *_rest = cached
    response = HttpResponse(content)
    response.headers = headers
    patch_cache_control(response, max_age=max(0, int((expires_at - now()).total_seconds() + 0.5)))
    return response
