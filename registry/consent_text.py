"""A consent text as participants read it, and the fingerprint of exactly that text.

Editors write plain text (no HTML): paragraphs separated by empty lines, a heading on a line
starting with "## ", a list as lines starting with "- ". Rendering escapes everything, so the
text can hold no markup, and the SHA-256 of the title and text is what a ConsentRecord keeps.
"""

import hashlib

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from .models import ConsentVersionTranslation

HEADING = "## "
LIST_ITEM = "- "


def text_sha256(text: ConsentVersionTranslation) -> str:
    """The fingerprint of the title and text a participant was shown."""
    shown = f"{text.title}\n\n{text.text}".replace("\r\n", "\n")
    return hashlib.sha256(shown.encode("utf-8")).hexdigest()


def render_consent_text(text: str, *, heading_level: int = 2) -> SafeString:
    """The text as HTML: each heading line, each run of list lines and each paragraph (lines
    until an empty line, a heading or a list) becomes its element; every text is escaped."""
    html: list[SafeString] = []
    paragraph: list[str] = []
    items: list[str] = []

    def close() -> None:
        if paragraph:
            html.append(format_html("<p>{}</p>", " ".join(paragraph)))
            paragraph.clear()
        if items:
            entries = format_html_join("", "<li>{}</li>", ((item,) for item in items))
            html.append(format_html("<ul>{}</ul>", entries))
            items.clear()

    for raw_line in text.replace("\r\n", "\n").split("\n"):
        line = raw_line.strip()
        if not line:
            close()
        elif line.startswith(HEADING):
            close()
            heading = line[len(HEADING) :]
            html.append(format_html("<h{}>{}</h{}>", heading_level, heading, heading_level))
        elif line.startswith(LIST_ITEM):
            if paragraph:
                close()
            items.append(line[len(LIST_ITEM) :])
        else:
            if items:
                close()
            paragraph.append(line)
    close()
    return format_html_join("\n", "{}", ((piece,) for piece in html))
