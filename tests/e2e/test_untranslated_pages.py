"""An editor publishes a project in English only; French and Dutch visitors find it in their own
list and read it in English, in a page that otherwise speaks their language and says why."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import log_in, page_path, screenshot

pytestmark = pytest.mark.e2e

TITLE = "Exercise advice for adults with mito"
NOTICE = {
    "fr": "Cette page n'est pas encore disponible en français",
    "nl": "Deze pagina is nog niet in het Nederlands beschikbaar",
}
SKIP_LINK = {"fr": "Aller au contenu principal", "nl": "Naar de hoofdinhoud"}


@pytest.fixture(scope="module")
def english_only_project(browser, site):
    page = browser.new_context().new_page()
    log_in(page, site, "en", "/en/admin/projects/project/add/")
    page.locator("#id_title__en").fill(TITLE)
    page.locator("#id_summary__en").fill("Safe ways to stay active, written with physiotherapists.")
    page.locator("#id_is_published").check()
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist .success")).to_have_count(1)
    page.context.close()
    return TITLE


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_project_in_english_only_is_read_in_english_in_the_visitors_frame(
    page, site, english_only_project, language
):
    page.goto(site + page_path("projects", language))
    link = page.locator("main").get_by_role("link", name=english_only_project)
    expect(link).to_have_attribute("lang", "en")
    link.click()

    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator(".skip-link")).to_have_text(SKIP_LINK[language])
    expect(page.locator(".untranslated-notice")).to_contain_text(NOTICE[language])
    content = page.locator(".untranslated-content")
    expect(content).to_have_attribute("lang", "en")
    expect(content.get_by_role("heading", level=1)).to_have_text(english_only_project)
    screenshot(page, f"untranslated-project-{language}")

    page.locator(".untranslated-notice").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/projects/"))
    expect(page.locator(".untranslated-notice")).to_have_count(0)
