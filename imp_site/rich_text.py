"""What editors' rich text may hold: headings from h2 down, paragraphs, bold, italic, lists, links
and quotes. Nothing else reaches visitors.

The editor's toolbar offers only these (TEXT_EDITOR_SETTINGS in the settings), but pasted text
and older content can carry anything, so the sanitizer that djangocms-text runs whenever a text
is saved (nh3, in djangocms_text.html) is narrowed to the same set. Its settings can only widen
nh3's defaults (TEXT_ADDITIONAL_TAGS/ATTRIBUTES), which allow colours, h1, spans and classes; this
narrows the library's shared sanitizer once, at start-up. Colours and fonts set by hand would break
the site's contrast and text size, and a second h1 the page's outline.
"""

from djangocms_text.html import NH3Parser, cms_parser

ALLOWED_TAGS = frozenset(
    {
        "p",
        "br",
        "h2",
        "h3",
        "h4",
        "strong",
        "em",
        "ul",
        "ol",
        "li",
        "a",
        "blockquote",
        # Where a plugin sits inside a text (djangocms-text renders it in its place).
        "cms-plugin",
    }
)
ALLOWED_ATTRIBUTES = {
    "a": frozenset({"href", "target", "rel", "title"}),
    "ol": frozenset({"start"}),
    "cms-plugin": frozenset({"id", "title", "name", "alt", "render-plugin", "type"}),
}


def limit_rich_text(parser: NH3Parser = cms_parser) -> None:
    """Let the sanitizer keep only the allowed tags and attributes (and the data-/aria-
    attributes djangocms-text's links and plugins carry). Tags it drops keep their text."""
    parser.ALLOWED_TAGS = set(ALLOWED_TAGS)
    parser.ALLOWED_ATTRIBUTES = {tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()}
