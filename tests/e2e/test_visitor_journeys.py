"""What visitors do: change language, find their way, enlarge the text, use the keyboard."""

import pytest
from playwright.sync_api import expect

from tests.demo_data import page_spec
from tests.e2e.conftest import page_path, screenshot, title_of

pytestmark = pytest.mark.e2e

# (start language, language switched to)
LANGUAGE_PAIRS = [("en", "fr"), ("fr", "nl"), ("nl", "en")]
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "nl": "Nederlands"}


@pytest.mark.parametrize("start, switch_to", LANGUAGE_PAIRS)
def test_switching_language_stays_on_the_same_page(page, site, start, switch_to):
    page.goto(site + page_path("home", start))
    screenshot(page, f"home-{start}")

    page.locator(".main-nav").get_by_role("link", name=menu_title("about", start)).click()
    expect(page).to_have_url(site + page_path("about", start))
    page.locator(".language-chooser").get_by_role("link", name=LANGUAGE_NAMES[switch_to]).click()

    expect(page).to_have_url(site + page_path("about", switch_to))
    expect(page.locator("html")).to_have_attribute("lang", switch_to)
    expect(page.get_by_role("heading", level=1)).to_have_text(title_of("about", switch_to))
    screenshot(page, f"about-{switch_to}")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_main_navigation_leads_to_each_section(page, site, language):
    page.goto(site + page_path("home", language))

    for key in ("projects", "activities", "drugs", "registry", "community", "contact"):
        page.locator(".main-nav").get_by_role("link", name=menu_title(key, language)).click()
        expect(page).to_have_url(site + page_path(key, language))
        expect(page.get_by_role("heading", level=1)).to_have_count(1)
        link = page.locator(".main-nav").get_by_role("link", name=menu_title(key, language))
        expect(link).to_have_attribute("aria-current", "page")
        screenshot(page, f"navigation-{language}-{key}")


def root_font_size(page):
    return page.evaluate("getComputedStyle(document.documentElement).fontSize")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_larger_text_persists_on_the_next_page(page, site, language):
    page.goto(site + page_path("home", language))
    assert root_font_size(page) == "16px"

    page.locator("form.text-size button[value=larger]").click()
    expect(page.locator("html")).to_have_css("font-size", "20px")
    expect(page.locator("form.text-size button[value=larger]")).to_have_attribute(
        "aria-pressed", "true"
    )
    page.locator(".main-nav").get_by_role("link", name=menu_title("projects", language)).click()

    expect(page).to_have_url(site + page_path("projects", language))
    expect(page.locator("html")).to_have_css("font-size", "20px")
    screenshot(page, f"projects-larger-text-{language}")


def test_text_size_control_works_without_javascript(no_script_page, site):
    page = no_script_page
    page.goto(site + page_path("about", "nl"))

    page.locator("form.text-size button[value=smaller]").click()

    expect(page).to_have_url(site + page_path("about", "nl"))
    expect(page.locator("html")).to_have_css("font-size", "14px")
    page.goto(site + page_path("contact", "nl"))
    expect(page.locator("html")).to_have_css("font-size", "14px")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_keyboard_user_reaches_main_content_through_the_skip_link(page, site, language):
    page.goto(site + page_path("activities", language))

    page.keyboard.press("Tab")
    skip_link = page.locator(".skip-link")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")

    expect(page.locator("#main-content")).to_be_focused()
    page.keyboard.press("Tab")
    focused_inside_main = page.evaluate(
        "document.getElementById('main-content').contains(document.activeElement)"
    )
    assert focused_inside_main


def menu_title(key, language):
    return page_spec(key)[language]["menu_title"]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_printed_page_has_the_content_without_the_controls(page, site, language):
    page.goto(site + page_path("about", language))

    page.emulate_media(media="print")

    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator(".page-body")).to_be_visible()
    expect(page.locator(".main-nav")).to_be_hidden()
    expect(page.locator("form.text-size")).to_be_hidden()
    expect(page.locator(".language-chooser")).to_be_hidden()
