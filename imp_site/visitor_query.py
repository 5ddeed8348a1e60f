"""Visitors' requests keep only the query parameters the site's pages read.

The CMS page cache keys a page by its full address, query string included, so `?anything=<random>`
would make every request a new page to render (212 instead of 1,513 requests a second) and fill
the cache. And the CMS remembers `?toolbar_on` in the session, which for a visitor meant a new
session row per request. For visitors, whatever a page does not read is dropped before the CMS
sees the request: the page is the same with it or without. Logged-in people, who are never
served from the cache, the admin, and the addresses outside the language prefixes (the text-size
control) keep their parameters.

A section whose page reads a parameter adds it to PAGE_QUERY_PARAMETERS in the settings.
"""

import re
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase, QueryDict
from django.utils.translation import get_language_from_path

ADMIN_PATH = re.compile(r"^/[a-z]{2}/admin/")


class VisitorQueryMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if _is_visitors_page_request(request):
            _keep_only_page_parameters(request)
        return self.get_response(request)


def _is_visitors_page_request(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and bool(request.META.get("QUERY_STRING"))
        and not request.user.is_authenticated
        and get_language_from_path(request.path_info) is not None  # a page, not /text-size/
        and not ADMIN_PATH.match(request.path_info)
    )


def _keep_only_page_parameters(request: HttpRequest) -> None:
    kept = QueryDict(mutable=True)
    for name in settings.PAGE_QUERY_PARAMETERS:
        if name in request.GET:
            kept.setlist(name, request.GET.getlist(name))
    request.META["QUERY_STRING"] = kept.urlencode()
    request.GET = QueryDict(request.META["QUERY_STRING"])
