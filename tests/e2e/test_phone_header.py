"""On a phone (375 x 667) the page's heading is on the first screen at every text size, and the
menu folded behind its button opens by touch, by keyboard and without JavaScript."""

import pytest
from playwright.sync_api import expect

from tests.conftest import LANGUAGES
from tests.demo_data import page_spec
from tests.e2e.conftest import page_path, public_paths, screenshot

pytestmark = pytest.mark.e2e

PHONE = {"width": 375, "height": 667}
TEXT_SIZES = ["smaller", "normal", "larger"]
SEARCH_PATHS = {
    "en": "/en/search/?q=registry",
    "fr": "/fr/recherche/?q=registre",
    "nl": "/nl/zoeken/?q=register",
}


def main_page_kinds(language):
    """Every kind of page a visitor lands on: CMS pages, section lists and items, the search
    results and the "not found" page."""
    return [*public_paths(language), SEARCH_PATHS[language], f"/{language}/no-such-page/"]


@pytest.fixture
def phone(browser, site):
    """A phone's browser: open_phone(text_size, javascript=True) gives a page of it."""
    contexts = []

    def open_phone(text_size="normal", *, javascript=True, viewport=PHONE):
        context = browser.new_context(viewport=viewport, java_script_enabled=javascript)
        context.add_cookies([{"name": "imp_text_size", "value": text_size, "url": site}])
        contexts.append(context)
        return context.new_page()

    yield open_phone
    for context in contexts:
        context.close()


def first_line_bottom_of_heading(page):
    """Where the first line of the page's h1 ends, from the top of the page."""
    return page.evaluate(
        """() => {
            const heading = document.querySelector("h1");
            const top = heading.getBoundingClientRect().top + window.scrollY;
            return top + parseFloat(getComputedStyle(heading).lineHeight);
        }"""
    )


@pytest.mark.parametrize("text_size", TEXT_SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_page_heading_is_on_the_first_phone_screen(phone, site, language, text_size):
    page = phone(text_size)
    below_the_fold = {}

    for path in main_page_kinds(language):
        page.goto(site + path)
        bottom = first_line_bottom_of_heading(page)
        if bottom > PHONE["height"]:
            below_the_fold[path] = bottom

    assert below_the_fold == {}


def menu_link(page, key, language):
    title = page_spec(key)[language]["menu_title"]
    return page.locator(".main-nav").get_by_role("link", name=title)


def tab_until_focused(page, locator, *, limit=40):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if locator.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError("never reached by the Tab key")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_menu_opens_by_keyboard_and_leads_to_a_section(phone, site, language):
    page = phone("larger")
    page.goto(site + page_path("home", language))
    toggle = page.locator(".main-nav__toggle")
    expect(menu_link(page, "projects", language)).to_be_hidden()

    tab_until_focused(page, toggle)
    page.keyboard.press("Enter")
    expect(menu_link(page, "projects", language)).to_be_visible()
    screenshot(page, f"phone-menu-open-{language}")
    tab_until_focused(page, menu_link(page, "projects", language))
    page.keyboard.press("Enter")

    expect(page).to_have_url(site + page_path("projects", language))
    expect(menu_link(page, "projects", language)).to_be_hidden()


def test_escape_closes_the_menu_and_returns_to_its_button(phone, site):
    page = phone()
    page.goto(site + page_path("about", "nl"))
    toggle = page.locator(".main-nav__toggle")
    tab_until_focused(page, toggle)
    page.keyboard.press("Enter")
    tab_until_focused(page, menu_link(page, "community", "nl"))

    page.keyboard.press("Escape")

    expect(menu_link(page, "community", "nl")).to_be_hidden()
    expect(toggle).to_be_focused()


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_menu_works_without_javascript(phone, site, language):
    page = phone(javascript=False)
    page.goto(site + page_path("about", language))

    page.locator(".main-nav__toggle").click()
    menu_link(page, "activities", language).click()

    expect(page).to_have_url(site + page_path("activities", language))
    expect(page.get_by_role("heading", level=1)).to_have_count(1)


def menu_button_in_accessibility_tree(page):
    """The menu button as the browser gives it to screen readers: (role, expanded)."""
    tree = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")["nodes"]
    for node in tree:
        properties = {
            item["name"]: item["value"].get("value") for item in node.get("properties", [])
        }
        if node.get("name", {}).get("value") == "Menu" and "expanded" in properties:
            return node["role"]["value"], properties["expanded"]
    raise AssertionError("no expandable Menu button for screen readers")


def test_menu_button_tells_screen_readers_whether_it_is_open(phone, site):
    page = phone()
    page.goto(site + page_path("home", "en"))

    assert menu_button_in_accessibility_tree(page) == ("DisclosureTriangle", False)
    page.locator(".main-nav__toggle").click()
    assert menu_button_in_accessibility_tree(page) == ("DisclosureTriangle", True)


def test_wide_screens_show_the_menu_links_without_a_button(page, site):
    page.goto(site + page_path("home", "fr"))

    expect(page.locator(".main-nav__toggle")).to_be_hidden()
    expect(menu_link(page, "community", "fr")).to_be_visible()


@pytest.mark.parametrize("text_size", TEXT_SIZES)
@pytest.mark.parametrize("javascript", [True, False], ids=["script", "no-script"])
def test_narrow_phone_needs_no_horizontal_scrolling_with_the_menu_open(
    phone, site, text_size, javascript
):
    page = phone(text_size, javascript=javascript, viewport={"width": 320, "height": 640})
    too_wide = {}

    for language in LANGUAGES:
        for path in main_page_kinds(language):
            page.goto(site + path)
            page.locator(".main-nav__toggle").click()
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 320:
                too_wide[path] = width

    assert too_wide == {}


@pytest.mark.parametrize("width", [320, 375, 768, 1024, 1280])
@pytest.mark.parametrize("text_size", TEXT_SIZES)
def test_text_size_buttons_stay_together_on_one_line(phone, site, width, text_size):
    page = phone(text_size, viewport={"width": width, "height": 800})

    for language in LANGUAGES:
        page.goto(site + page_path("about", language))
        tops = [
            page.locator(f"form.text-size button[value={size}]").bounding_box()["y"]
            for size in TEXT_SIZES
        ]
        assert len(set(tops)) == 1, (language, tops)
