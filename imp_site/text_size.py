"""The visitor's chosen text size, kept in a cookie so it holds across pages.

The page HTML is the same for everyone (so the CMS page cache can serve it); the size is applied
by a tiny stylesheet that varies with the cookie, which also works with JavaScript off.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

COOKIE_NAME = "imp_text_size"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60


@dataclass(frozen=True)
class TextSize:
    code: str
    label: str
    root_font_size: str


TEXT_SIZES = (
    TextSize("smaller", _("Smaller text"), "87.5%"),
    TextSize("normal", _("Normal text"), "100%"),
    TextSize("larger", _("Larger text"), "125%"),
)
DEFAULT_SIZE = TEXT_SIZES[1]
_SIZES_BY_CODE = {size.code: size for size in TEXT_SIZES}


def text_size_named(code):
    """The text size called `code`, or None when there is no such size."""
    return _SIZES_BY_CODE.get(code)


def text_size_from_request(request):
    return text_size_named(request.COOKIES.get(COOKIE_NAME, "")) or DEFAULT_SIZE


def stylesheet_for(size):
    """CSS that sets the root font size (every length in the site CSS is in rem/em) and marks the
    chosen button for sighted users; aria-pressed marks it for assistive technology."""
    return (
        f"html{{font-size:{size.root_font_size}}}\n"
        f'.text-size button[value="{size.code}"]'
        "{background:var(--color-text);color:var(--color-background)}\n"
    )
