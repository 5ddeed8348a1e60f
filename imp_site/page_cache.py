"""The CMS page cache, extended to the sections' pages, and kept in step with their items.

django CMS caches for visitors the pages it renders itself and the placeholders inside them, and
drops both when a page is published. The sections add two things, both here:

- `PageCachedForVisitorsMixin`: apphook views render the same page frame (menu, header and footer
  aliases) and would cost a dozen queries per visit; their responses for visitors go into the
  same cache, under the same keys and version, so whatever drops CMS pages drops them too, and
  `CachedSectionPageMiddleware` serves them back before the view.
- `drop_cached_pages_when_changed()`: a section names the models whose rows its plugins show; a
  save or delete of one drops the cached pages and the placeholders holding those plugins, after
  the transaction commits (dropped before, a visitor arriving in between would cache the old text
  again, for as long as pages are cached).
"""

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from cms.cache import invalidate_cms_page_cache
from cms.cache.placeholder import clear_placeholder_cache
from cms.models import Placeholder
from cms.views import details as cms_page_view
from django.conf import settings
from django.contrib.messages import get_messages
from django.contrib.sites.models import Site
from django.db import transaction
from django.db.models import Model
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.template.response import SimpleTemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.timezone import now

from imp_site.page_copies import (
    CachedPage,
    cached_page,
    generation_read_once,
    kept_page_for,
    store_page,
)

# Which plugins show the rows of which model, and which model a signal's sender stands for (an
# item's parler translations are saved after the item and change what the page shows as well).
_PLUGINS_SHOWING: dict[type[Model], frozenset[str]] = {}
_ITEM_MODEL_OF_SENDER: dict[type[Model], type[Model]] = {}


class PageCachedForVisitorsMixin:
    """For a view: visitors (not logged in, no toolbar) get its page from the CMS page cache
    (CachedSectionPageMiddleware), and a page rendered for them is stored there, unless something
    on it was for them alone."""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        response = super().dispatch(request, *args, **kwargs)  # type: ignore[misc]
        if (
            is_visitor(request)
            and response.status_code == 200
            and isinstance(response, SimpleTemplateResponse)
        ):
            response.add_post_render_callback(partial(_store_unless_personal, request))
        return response


class CachedSectionPageMiddleware:
    """Visitors get a cached page, a section's or the CMS's own, before its view is called.

    The CMS wraps every apphook view in its permission check (cms.utils.decorators.cms_perms),
    which looks the page up in the database: for a page served from the cache, that lookup cost
    as much as the rest of the request. django CMS serves its own pages from the cache at the
    same point, before looking them up (cms.views.details): what is in the cache was rendered
    for a visitor who passed that check, and changing a page drops the cache. Both kinds are
    read here through this process's copies (imp_site/page_copies.py)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if not is_visitor(request):
            return self.get_response(request)
        with generation_read_once():
            return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Callable[..., HttpResponseBase], *args: object
    ) -> HttpResponseBase | None:
        if not (_serves_cached_pages(view_func) and is_visitor(request)):
            return None
        cached = cached_page(request)
        if cached is not None:
            return _response_from_cache(cached)
        kept_page_for(request)  # the view's permission check and the page's rendering read it
        return None


def _serves_cached_pages(view_func: Callable[..., HttpResponseBase]) -> bool:
    view_class = getattr(view_func, "view_class", None)
    return view_func is cms_page_view or (
        isinstance(view_class, type) and issubclass(view_class, PageCachedForVisitorsMixin)
    )


def is_visitor(request: HttpRequest) -> bool:
    toolbar = getattr(request, "toolbar", None)
    return (
        request.method in ("GET", "HEAD")
        and not request.user.is_authenticated
        and toolbar is not None
        and not toolbar.show_toolbar
        and not toolbar.edit_mode_active
    )


def _store_unless_personal(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    if is_personal(request, response):
        return response
    return store_page(response)


def is_personal(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether the rendered page holds something for this visitor alone: a form's CSRF token,
    messages shown to them, a cookie set for them, or the view's own word that it is private."""
    return bool(
        request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or getattr(get_messages(request), "used", False)
        or response.cookies
        or "private" in response.get("Cache-Control", "")
    )


def _response_from_cache(cached: CachedPage) -> HttpResponse:
    """As django CMS replays its own cached pages (cms.views.details), with the page's own
    clickjacking decision (a section's page never opts out of the site's X-Frame-Options)."""
    content, headers, expires_at, *rest = cached
    response = HttpResponse(content)
    response.xframe_options_exempt = bool(rest and rest[0])
    response.headers = headers
    patch_cache_control(response, max_age=max(0, int((expires_at - now()).total_seconds() + 0.5)))
    return response


def drop_cached_pages_when_changed(
    models: Iterable[type[Model]], *, plugin_types: Iterable[str]
) -> None:
    """Connect the drop of cached pages to saves and deletes of these models and of their
    translations. Call it from the section's AppConfig.ready()."""
    for model in models:
        _PLUGINS_SHOWING[model] = _PLUGINS_SHOWING.get(model, frozenset()) | set(plugin_types)
        for sender in _senders_for(model):
            _ITEM_MODEL_OF_SENDER[sender] = model
            uid = f"imp-page-cache-{sender._meta.label}"
            post_save.connect(_drop_after_change, sender=sender, dispatch_uid=f"{uid}-save")
            post_delete.connect(_drop_after_change, sender=sender, dispatch_uid=f"{uid}-delete")


def forget_pages_showing(model: type[Model]) -> None:
    """Drop the cached pages and the placeholders that show rows of `model`, once the current
    transaction commits (at once outside a transaction). For changes that send no signal, such
    as a queryset's update()."""
    transaction.on_commit(partial(_forget_pages_with_plugins, _PLUGINS_SHOWING.get(model, ())))


def _senders_for(model: type[Model]) -> list[type[Model]]:
    parler_meta = getattr(model, "_parler_meta", None)
    translation_models = [meta.model for meta in parler_meta] if parler_meta else []
    return [model, *translation_models]


def _drop_after_change(sender: type[Model], **kwargs: Any) -> None:
    forget_pages_showing(_ITEM_MODEL_OF_SENDER[sender])


def _forget_pages_with_plugins(plugin_types: Iterable[str]) -> None:
    placeholders = Placeholder.objects.filter(cmsplugin__plugin_type__in=plugin_types).distinct()
    site_ids = list(Site.objects.values_list("pk", flat=True))
    for placeholder in placeholders:
        for language, _name in settings.LANGUAGES:
            for site_id in site_ids:
                clear_placeholder_cache(placeholder, language, site_id)
    invalidate_cms_page_cache()
