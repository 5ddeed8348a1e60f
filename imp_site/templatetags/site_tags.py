from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from ..page_frames import FRAME_FLAG, hole_marker
from ..text_size import TEXT_SIZES, TextSize

register = template.Library()

SITE_NAME = "International Mito Patients"


@register.simple_tag
def text_sizes() -> tuple[TextSize, ...]:
    return TEXT_SIZES


@register.filter(is_safe=True)
def tab_title(page_name: str) -> str:
    """A browser tab's title: the page's name, then the site's; a page named after the site (the
    home page) has the site's name once."""
    name = " ".join(str(page_name).split())
    if not name or name == SITE_NAME:
        return SITE_NAME
    return f"{name} · {SITE_NAME}"


@register.simple_tag
def lang_attribute_unless_current(language: str) -> SafeString | str:
    """` lang="xx"` for an element whose text is in `language` while the page is in another
    (an item not translated yet, shown in its fallback); nothing when they are the same."""
    if not language or language == get_language():
        return ""
    return format_html(' lang="{}"', language)


@register.simple_tag(takes_context=True)
def frame_hole(context: template.Context, template_name: str) -> SafeString:
    """What `template_name` renders (as {% include %} would), or its hole while the page's frame
    is rendered (imp_site/page_frames.py)."""
    if context.get(FRAME_FLAG):
        return hole_marker(template_name)
    included = context.template.engine.get_template(template_name)  # type: ignore[union-attr]
    with context.push():  # what the hole sets stays in it, as with {% include %}
        rendered: SafeString = included.render(context)
    return rendered
