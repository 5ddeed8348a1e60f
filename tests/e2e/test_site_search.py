"""Site search in the browser: the search box of a phone's header, the results and the "not
found" page, with and without JavaScript, clean in the accessibility audit."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.conftest import page_path, screenshot
from tests.e2e.test_accessibility import WCAG_AA, violations_report

pytestmark = pytest.mark.e2e

SEARCH_PAGES = [
    "/en/search/?q=registry",
    "/fr/recherche/?q=hopital",
    "/nl/zoeken/?q=register",
    "/fr/recherche/?q=xylophone",
    "/nl/zoeken/",
    "/en/search/?q=" + "a" * 300,
]


@pytest.fixture
def phone_page(browser, request):
    context = browser.new_context(
        viewport={"width": 375, "height": 667}, java_script_enabled=request.param
    )
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("phone_page", [True, False], ids=["script", "no-script"], indirect=True)
def test_header_search_on_a_phone_finds_a_project_typed_without_accents(phone_page, site):
    page = phone_page
    page.goto(site + page_path("home", "fr"))

    # The header's search; the home page also has the drug list's own search box.
    site_search = page.get_by_role("search", name="Recherche sur le site")
    site_search.get_by_label("Rechercher sur ce site").fill("hopital")
    site_search.get_by_role("button", name="Rechercher").click()

    expect(page).to_have_url(site + "/fr/recherche/?q=hopital")
    results = page.locator(".search-results")
    expect(results.locator("mark").first).to_have_text("hôpital")
    result = results.get_by_role("link", name="Registre mondial des patients")
    result.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Registre mondial des patients")


@pytest.mark.parametrize("path", SEARCH_PAGES)
def test_search_page_has_no_wcag_violation(page, site, path):
    page.goto(site + path)

    results = Axe().run(page, options=WCAG_AA)

    screenshot(page, "search-" + path.split("?")[-1][:30])
    assert results.violations_count == 0, violations_report(results)


@pytest.mark.parametrize("language, words", [("en", "quality life"), ("nl", "kwaliteit")])
def test_not_found_page_leads_on_through_its_search(page, site, language, words):
    response = page.goto(f"{site}/{language}/no-such-page/")
    assert response.status == 404
    screenshot(page, f"not-found-{language}")

    page.locator("main").get_by_role("searchbox").fill(words)
    page.locator("main").get_by_role("button").click()

    expect(page.locator(".search-results li").first).to_be_visible()


def test_not_found_page_leads_on_through_its_menu_on_a_phone(browser, site):
    context = browser.new_context(viewport={"width": 375, "height": 667})
    page = context.new_page()
    page.goto(f"{site}/fr/nulle-part/")

    page.locator(".main-nav__toggle").click()
    page.locator(".main-nav").get_by_role("link", name="Projets").click()

    expect(page).to_have_url(site + page_path("projects", "fr"))
    context.close()
