"""What every page a visitor can reach must show, read from its HTML.

The unit crawl (tests/site/test_every_page.py) and the browser crawl (tests/e2e/test_every_page.py)
both start at the home page of each language, follow every link of the site and hold each page
they reach to these rules; pages that new sections add are held to them without a new test.
"""

from dataclasses import dataclass
from urllib.parse import urldefrag

from lxml import html as lxml_html

SITE_NAME = "International Mito Patients"
# What the tab title puts between the page's name and the site's.
TITLE_SEPARATOR = " · "
# Marks what is meant for editors only (previews of unpublished items); visitors never get it.
EDITORS_ONLY_CLASS = "editors-only"
# Addresses under a language prefix that are not pages for visitors.
NOT_VISITOR_PAGES = ("admin/", "cms_wizard/", "filer/")
# Pages for visitors that search engines are told to leave out: logging in and signing up.
NOT_INDEXED_PAGES = ("accounts/",)


@dataclass(frozen=True)
class Image:
    src: str
    alt: str | None


@dataclass(frozen=True)
class PageReading:
    """What a person reads on a page: its language, tab title, headings, links, images, any
    notice for editors, what it tells search engines, and the text of its main content."""

    language: str
    title: str
    headings: list[str]
    links: list[str]
    images: list[Image]
    editor_notices: list[str]
    robots: str
    text: str

    @property
    def h1(self) -> str:
        return self.headings[0] if self.headings else ""


def read_page(html: str) -> PageReading:
    tree = lxml_html.fromstring(html)
    return PageReading(
        language=tree.get("lang", ""),
        title=_text(tree.xpath("//head/title")),
        headings=[_text([h1]) for h1 in tree.xpath("//h1")],
        # A link marked with another type than HTML (the drug list's PDF) is a download, and one
        # to a page's version for print (rel=alternate media=print) is that page again.
        links=tree.xpath(
            "//a[(not(@type) or @type='text/html') and not(@rel='alternate' and @media='print')]"
            "/@href"
        ),
        images=[Image(img.get("src", ""), img.get("alt")) for img in tree.xpath("//img")],
        editor_notices=[_text([e]) for e in tree.xpath(_with_class(EDITORS_ONLY_CLASS))],
        robots=" ".join(tree.xpath("//meta[@name='robots']/@content")),
        text=_text(tree.xpath("//main")),
    )


def tab_title_for(h1: str) -> str:
    """The tab title of a page whose heading is `h1`: its name, then the site's, said once."""
    return h1 if h1 == SITE_NAME else f"{h1}{TITLE_SEPARATOR}{SITE_NAME}"


def broken_rules(page: PageReading, *, language: str, address: str = "") -> list[str]:
    """The rules the page breaks, said as a person would notice them; none for a good page.

    The tab title starts with the page's name and ends with the site's; between them it may say
    where the page stands ("Amikacin · Drug list · ...") or that it is a search. A page at an
    address with a query (a filtered list, a search) keeps out of search engines (noindex)."""
    path_in_language = address.partition("/")[2].partition("/")[2]  # after "/<language>/"
    not_indexed = "?" in address or path_in_language.startswith(NOT_INDEXED_PAGES)
    problems = []
    if len(page.headings) != 1:
        problems.append(f"{len(page.headings)} main headings (<h1>) instead of one")
    elif not page.h1:
        problems.append("an empty main heading (<h1>)")
    elif not _title_names(page.title, page.h1):
        problems.append(f"the tab title {page.title!r} does not name the page {page.h1!r}")
    if page.language != language:
        problems.append(f'<html lang="{page.language}"> on a page in {language!r}')
    if page.editor_notices:
        problems.append(f"a notice meant for editors: {page.editor_notices}")
    if "noindex" in page.robots and not not_indexed:
        problems.append("hidden from search engines (robots noindex)")
    problems += [
        f"an image without alt text: {image.src}" for image in page.images if image.alt is None
    ]
    return problems


def site_links(page: PageReading, *, language: str) -> set[str]:
    """The addresses of the visitor's pages in `language` that the page links to."""
    prefix = f"/{language}/"
    found = set()
    for href in page.links:
        address = urldefrag(href).url
        if address.startswith(prefix) and not address[len(prefix) :].startswith(NOT_VISITOR_PAGES):
            found.add(address)
    return found


def _title_names(title: str, h1: str) -> bool:
    return title == tab_title_for(h1) or (
        title.startswith(f"{h1}{TITLE_SEPARATOR}")
        and title.endswith(f"{TITLE_SEPARATOR}{SITE_NAME}")
    )


def _text(elements: list) -> str:
    return " ".join(" ".join(element.text_content().split()) for element in elements).strip()


def _with_class(name: str) -> str:
    return f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]"
