"""The frame of a page (header, menu, aliases, footer: all but what differs between visits) kept
by each server process, for pages that differ on nearly every visit: searches.

The page cache keeps whole pages by address, so a search nobody asked before renders the whole
page again, and the frame costs more than the search. A framed page's template includes what
differs with `{% frame_hole "template" %}` (imp_site/templatetags/site_tags.py). Its frame is
rendered once per address and language with a marker in each hole, and with markers where the
address's query appears (the language chooser's links carry the search to the other languages,
the text-size form returns to it). Each visit then renders the holes' templates alone and fills
the markers in. The frame is kept under the page cache's generation (imp_site.page_copies) and
for no longer than the CMS keeps a page, so it is never older than a cached page would be.

Only visitors' pages are framed (the caller decides; editors see the toolbar). A frame is used
once and not kept if the CMS would not cache its page whole for its full time: something for one
visitor alone (a CSRF token, messages, a cookie), or a placeholder that asks for less time or
varies with the request. A hole's template must not add to sekizai blocks (the frame holds
them)."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from cms.toolbar.utils import get_toolbar_from_request
from django.http import HttpRequest, QueryDict
from django.template.context import make_context
from django.template.response import TemplateResponse
from django.utils.encoding import iri_to_uri
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString
from django.utils.timezone import now

from imp_site.page_cache import is_personal
from imp_site.page_copies import KeptCopies, kept_or_made, page_lifetime

# The context variable that asks the template for its frame.
FRAME_FLAG = "rendering_its_frame"
# Letters and digits only: no escaping or quoting in a template changes them.
HOLE_MARKER = "impframehole5e1d9a"
QUERY_MARKER = "impframequery5e1d9a"
RAW_QUERY_MARKER = "impframerawquery5e1d9a"
# A frame weighs about 20 KB: the three languages of a few addresses, many times over.
BUDGET_BYTES = 4 * 1024 * 1024


class Frame(NamedTuple):
    """The page's text between its holes, and the name of each hole, in the page's order."""

    texts: tuple[str, ...]
    holes: tuple[str, ...]

    def filled(self, contents: dict[str, str], request: HttpRequest) -> str:
        texts = [_with_query(text, request) for text in self.texts]
        filled = [text + contents[hole] for text, hole in zip(texts, self.holes, strict=False)]
        return "".join(filled) + texts[-1]

    def size(self) -> int:
        return sum(len(text) for text in self.texts)


kept_frames = KeptCopies(BUDGET_BYTES)


def hole_marker(template_name: str) -> SafeString:
    return format_html("{}{}{}", HOLE_MARKER, template_name, HOLE_MARKER)


class FramedTemplateResponse(TemplateResponse):
    """A TemplateResponse whose template includes what differs between visits with
    `{% frame_hole "template name" %}` (imp_site/templatetags/site_tags.py): each visit renders
    those templates alone, into the kept frame."""

    @property
    def rendered_content(self) -> str:
        frame = self._frame()
        if not frame.holes:
            return super().rendered_content
        return frame.filled(self._holes_rendered(set(frame.holes)), self._request)

    def _holes_rendered(self, holes: set[str]) -> dict[str, str]:
        """Each hole's template, as `{% include %}` renders it, in one context: the context
        processors run once."""
        # The Django engine's own templates: the backend's wrappers bind a context per render.
        wrappers: dict[str, Any] = {hole: self.resolve_template(hole) for hole in holes}
        templates = {hole: wrapper.template for hole, wrapper in wrappers.items()}
        context = make_context(self.context_data, self._request, autoescape=True)
        with context.bind_template(next(iter(templates.values()))):
            contents = {}
            for hole, template in templates.items():
                with context.push():
                    contents[hole] = template.render(context)
            return contents

    def _frame(self) -> Frame:
        return kept_or_made(
            kept_frames,
            (self._request.path, self._request.LANGUAGE_CODE),
            self._render_frame,
            size=Frame.size,
            may_keep=self._may_keep,
        )

    def _may_keep(self, frame: Frame) -> bool:
        """Whether the CMS would cache this page whole, for its full time and for everyone:
        nothing personal on it, and no placeholder in it asks for less time or varies with the
        request (the page cache, storing a page filled from a frame, no longer sees them)."""
        if not frame.holes or is_personal(self._request, self):
            return False
        moment, duration = now(), page_lifetime().total_seconds()
        renderer = get_toolbar_from_request(self._request).content_renderer
        return all(
            placeholder.get_cache_expiration(self._request, moment) >= duration
            and not placeholder.get_vary_cache_on(self._request)
            for placeholder in renderer.get_rendered_placeholders()
        )

    def _render_frame(self) -> Frame:
        """The page with a marker in each hole (a page without holes has none)."""
        template = self.resolve_template(self.template_name)
        context = {**(self.context_data or {}), FRAME_FLAG: True}
        with _query_replaced_by_markers(self._request):
            page = template.render(context, self._request)
        parts = page.split(HOLE_MARKER)
        texts, holes = tuple(parts[0::2]), tuple(parts[1::2])
        return Frame(texts, holes)


@contextmanager
def _query_replaced_by_markers(request: HttpRequest) -> Iterator[None]:
    """While the frame renders, the address's query is a marker wherever the page reads it."""
    query, raw_query = request.GET, request.META.get("QUERY_STRING", "")
    request.GET = QueryDict(f"{QUERY_MARKER}=")
    request.META["QUERY_STRING"] = RAW_QUERY_MARKER
    try:
        yield
    finally:
        request.GET, request.META["QUERY_STRING"] = query, raw_query


def _with_query(part: str, request: HttpRequest) -> str:
    """The frame's markers replaced by this request's query, as the template would write it."""
    raw_query = iri_to_uri(request.META.get("QUERY_STRING", ""))
    return part.replace(f"{QUERY_MARKER}=", escape(request.GET.urlencode())).replace(
        RAW_QUERY_MARKER, escape(raw_query)
    )
