"""axe-core's WCAG 2.0/2.1/2.2 A and AA rules on every public page and form, in three languages;
reflow at 200% zoom; every page usable without JavaScript."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.conftest import LANGUAGES
from tests.e2e.conftest import drug_print_path, page_path, public_paths, screenshot

pytestmark = pytest.mark.e2e

WCAG_AA = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}
axe = Axe()

PAGES_TO_AUDIT = [
    (language, path)
    for language in LANGUAGES
    for path in [*public_paths(language), drug_print_path(language)]
]
# The community directory's other pages: filtered, the suggestion form and its thank-you page
# (the form showing errors: test_community_journey.py).
PAGES_TO_AUDIT += [
    (language, page_path("community", language) + tail)
    for language in LANGUAGES
    for tail in ("?focus=general&organiser=organisation", "suggest/", "suggest/thanks/")
]
FORMS_TO_AUDIT = [f"/{language}/admin/login/" for language in LANGUAGES]


def violations_report(results):
    lines = []
    for violation in results.response["violations"]:
        targets = [", ".join(node["target"]) for node in violation["nodes"]][:5]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
    return "\n".join(lines)


@pytest.mark.parametrize("language, path", PAGES_TO_AUDIT)
def test_public_page_has_no_wcag_violation(page, site, language, path):
    response = page.goto(site + path)
    assert response.status == 200

    results = axe.run(page, options=WCAG_AA)

    screenshot(page, path.strip("/").replace("?", "-") or "root")
    assert results.violations_count == 0, violations_report(results)


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_found_page_has_no_wcag_violation(page, site, language):
    response = page.goto(f"{site}/{language}/no-such-page/")
    assert response.status == 404

    results = axe.run(page, options=WCAG_AA)

    assert results.violations_count == 0, violations_report(results)


@pytest.mark.parametrize("path", FORMS_TO_AUDIT)
def test_login_form_has_no_wcag_violation(page, site, path):
    page.goto(site + path)

    results = axe.run(page, options=WCAG_AA)

    screenshot(page, "login-" + path.split("/")[1])
    assert results.violations_count == 0, violations_report(results)


@pytest.mark.parametrize("path", public_paths("fr"))
def test_text_at_200_percent_zoom_needs_no_horizontal_scrolling(page, site, path):
    # A 1280 px wide window zoomed to 200% lays the page out in 640 CSS pixels.
    page.set_viewport_size({"width": 640, "height": 900})
    page.goto(site + path)

    scroll_width = page.evaluate("document.documentElement.scrollWidth")

    assert scroll_width <= 640


@pytest.mark.parametrize("path", public_paths("nl"))
def test_narrow_phone_needs_no_horizontal_scrolling_even_with_larger_text(page, site, path):
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(site + path)
    page.locator("form.text-size button[value=larger]").click()

    scroll_width = page.evaluate("document.documentElement.scrollWidth")

    assert scroll_width <= 320


@pytest.mark.parametrize("path", public_paths("en"))
def test_page_works_without_javascript(no_script_page, site, path):
    response = no_script_page.goto(site + path)

    assert response.status == 200
    expect(no_script_page.get_by_role("heading", level=1)).to_have_count(1)
    expect(no_script_page.locator(".main-nav a").first).to_be_visible()
    expect(no_script_page.locator(".language-chooser a")).to_have_count(3)
