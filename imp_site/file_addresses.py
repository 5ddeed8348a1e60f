"""Addresses of files (uploads under MEDIA_URL, static files under STATIC_URL) are not pages.

Django's LocaleMiddleware answers any 404 outside a language prefix with a redirect to the same
address under one, on the chance that it names a page, and the CMS's catch-all makes every such
address look like one: a missing image would be redirected to /en/media/.../photo.jpg/. Here a
file address that nothing outside the language prefix serves is answered 404 where it was asked.

Who serves files: WhiteNoise the static files, before this; nginx the uploads in production,
before Django (README, "Production"); with DEBUG on, Django's own view (imp_site/urls.py).
"""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotFound
from django.urls import Resolver404, resolve


def is_file_address(path: str) -> bool:
    return path.startswith((settings.MEDIA_URL, settings.STATIC_URL))


class FileAddressesMiddleware:
    """Goes before LocaleMiddleware: a file address nothing serves is a 404, not a redirect."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if is_file_address(request.path_info) and not _served_here(request.path_info):
            return HttpResponseNotFound()
        return self.get_response(request)


def _served_here(path: str) -> bool:
    try:
        resolve(path)
    except Resolver404:
        return False
    return True
