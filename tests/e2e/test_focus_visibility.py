"""The keyboard focus shows on every background of the site: each focused element's outline
contrasts at least 3:1 with what it is drawn on (WCAG 2.2, 1.4.11 and 2.4.7)."""

import re

import pytest

from tests.e2e.conftest import page_path, public_paths

pytestmark = pytest.mark.e2e

# The focused element's outline and the colour behind it: the element's own background when
# the outline is drawn inside it (negative offset), else its parent's; the first colour that
# is not transparent, going up the page.
FOCUS_STYLE = """() => {
    const element = document.activeElement;
    window.focusedBefore = window.focusedBefore || new Set();
    const again = window.focusedBefore.has(element) || element === document.body;
    window.focusedBefore.add(element);
    const style = getComputedStyle(element);
    const offset = parseFloat(style.outlineOffset) || 0;
    let behind = offset < 0 ? element : element.parentElement;
    let background = "rgb(255, 255, 255)";
    for (; behind; behind = behind.parentElement) {
        const colour = getComputedStyle(behind).backgroundColor;
        if (colour !== "transparent" && !/, 0\\)$/.test(colour)) { background = colour; break; }
    }
    return {
        again: again,
        element: element.outerHTML.slice(0, 120),
        outlineStyle: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth),
        outlineColor: style.outlineColor,
        background: background,
    };
}"""


def relative_luminance(colour):
    red, green, blue = (int(value) / 255 for value in re.findall(r"\d+", colour)[:3])

    def linear(channel):
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast(first, second):
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def weak_focus_indicators(page, *, limit=150):
    """Tab through the whole page; every focused element whose outline is missing, thinner
    than 2 px or under 3:1 against its background."""
    weak = []
    reached = 0
    for _ in range(limit):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_STYLE)
        if focus["again"]:
            break
        reached += 1
        ratio = contrast(focus["outlineColor"], focus["background"])
        if focus["outlineStyle"] == "none" or focus["outlineWidth"] < 2 or ratio < 3:
            weak.append((round(ratio, 2), focus))
    assert reached > 10, "the Tab key reached too few elements"
    return weak


PAGES = [
    public_paths("en")[0],
    page_path("about", "fr"),  # a sidebar on a light background
    public_paths("nl")[-2],  # a project
    "/fr/recherche/?q=registre",
    "/nl/no-such-page/",
]


@pytest.mark.parametrize("path", PAGES)
def test_focus_outline_contrasts_with_every_background_on_a_wide_screen(page, site, path):
    page.goto(site + path)

    assert weak_focus_indicators(page) == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_focus_outline_contrasts_in_the_phone_menu(browser, site, language):
    context = browser.new_context(viewport={"width": 375, "height": 667})
    page = context.new_page()
    page.goto(site + page_path("about", language))
    # Opened without a click, so that the Tab key starts from the top of the page.
    page.evaluate("document.querySelector('.main-nav__disclosure').open = true")

    weak = weak_focus_indicators(page)

    context.close()
    assert weak == []


def test_footer_link_focus_is_light_on_the_dark_footer(page, site):
    page.goto(site + page_path("home", "en"))
    footer_link = page.locator(".footer-nav a").first
    footer_link.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")

    focus = page.evaluate(FOCUS_STYLE)

    assert focus["element"].startswith('<a href="/en/contact/"')
    assert contrast(focus["outlineColor"], focus["background"]) >= 3
