"""Responses for logged-in people are never stored: not by the browser's cache, not by a proxy.

Pages for visitors come from the shared page cache; a page rendered for someone logged in can
show their drafts, their name or, in the registry, their health data. Most such responses were
only marked `Vary: Cookie`, which a shared proxy may still store.
"""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponseBase
from django.utils.cache import patch_cache_control


class PrivateForLoggedInMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response
