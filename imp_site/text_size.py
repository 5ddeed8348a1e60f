"""The visitor's chosen text size, kept in a cookie so it holds across pages.

The page HTML is the same for everyone (so the CMS page cache can serve it); the size is applied
by a tiny stylesheet that varies with the cookie, which also works with JavaScript off.
"""

from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.functional import Promise
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import etag, require_safe

COOKIE_NAME = "imp_text_size"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60


@dataclass(frozen=True)
class TextSize:
    code: str
    label: str | Promise
    root_font_size: str


TEXT_SIZES = (
    TextSize("smaller", _("Smaller text"), "87.5%"),
    TextSize("normal", _("Normal text"), "100%"),
    TextSize("larger", _("Larger text"), "125%"),
)
DEFAULT_SIZE = TEXT_SIZES[1]
_SIZES_BY_CODE = {size.code: size for size in TEXT_SIZES}


def text_size_named(code: str) -> TextSize | None:
    """The text size called `code`, or None when there is no such size."""
    return _SIZES_BY_CODE.get(code)


def text_size_from_request(request: HttpRequest) -> TextSize:
    return text_size_named(request.COOKIES.get(COOKIE_NAME, "")) or DEFAULT_SIZE


def stylesheet_for(size: TextSize) -> str:
    """CSS that sets the root font size (every length in the site CSS is in rem/em) and marks the
    chosen button for sighted users; aria-pressed marks it for assistive technology."""
    return (
        f"html{{font-size:{size.root_font_size}}}\n"
        f'.text-size button[value="{size.code}"]'
        "{background:var(--color-text);color:var(--color-background)}\n"
    )


@require_safe
def set_text_size(request: HttpRequest) -> HttpResponseRedirect:
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


def _text_size_etag(request: HttpRequest) -> str:
    return text_size_from_request(request).code


@require_safe
@etag(_text_size_etag)
def text_size_stylesheet(request: HttpRequest) -> HttpResponse:
    """The stylesheet applying the visitor's text size. Browsers revalidate it on each page (a
    cheap 304 thanks to the ETag), so a new choice shows at once."""
    size = text_size_from_request(request)
    response = HttpResponse(stylesheet_for(size), content_type="text/css; charset=utf-8")
    patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ["Cookie"])
    return response
