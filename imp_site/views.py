from django.http import HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.templatetags.static import static
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import defaults
from django.views.decorators.http import etag, require_GET

from .text_size import (
    COOKIE_MAX_AGE,
    COOKIE_NAME,
    stylesheet_for,
    text_size_from_request,
    text_size_named,
)


@require_GET
def set_text_size(request):
    """Remember the chosen text size and go back to the page the visitor was on.

    A GET form, so the control needs no CSRF token in cached pages; it only sets a display
    preference and only redirects to a page of this site.
    """
    size = text_size_named(request.GET.get("size", ""))
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    if size is not None:
        response.set_cookie(
            COOKIE_NAME,
            size.code,
            max_age=COOKIE_MAX_AGE,
            samesite="Lax",
            secure=request.is_secure(),
        )
    return response


def _text_size_etag(request):
    return text_size_from_request(request).code


@require_GET
@etag(_text_size_etag)
def text_size_stylesheet(request):
    """The stylesheet applying the visitor's text size. Browsers revalidate it on each page (a
    cheap 304 thanks to the ETag), so a new choice shows at once."""
    size = text_size_from_request(request)
    response = HttpResponse(stylesheet_for(size), content_type="text/css; charset=utf-8")
    patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ["Cookie"])
    return response


@require_GET
def favicon(request):
    # Resolved per request: the hashed name exists only once collectstatic has run.
    return HttpResponsePermanentRedirect(static("favicon.svg"))


def server_error(request):
    """The 500 page in the language of the address, even when the error came before the locale
    middleware chose it (the database being down fails the first middleware)."""
    language = translation.get_language_from_path(request.path_info)
    with translation.override(language or translation.get_language()):
        return defaults.server_error(request)
