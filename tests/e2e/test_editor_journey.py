"""An editor logs in, edits a page in the CMS, publishes it, and visitors see the change."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import EDITOR_PASSWORD, page_path, screenshot

pytestmark = pytest.mark.e2e

# The toolbar speaks the editor's own language setting, whatever the page's language.
PAGE_MENU = re.compile(r"^\s*Page\s*$")
PAGE_SETTINGS = re.compile(r"Page settings|Paramètres de la page", re.I)


def log_in(page, site, language, next_path):
    page.goto(f"{site}/{language}/admin/login/?next={next_path}")
    page.locator("#id_username").fill("admin")
    page.locator("#id_password").fill(EDITOR_PASSWORD)
    page.locator("#login-form [type=submit]").click()
    expect(page).to_have_url(site + next_path)


@pytest.mark.parametrize("language, key", [("en", "contact"), ("fr", "privacy")])
def test_editor_changes_a_page_title_and_publishes_it(page, browser, site, language, key):
    new_title = f"Edited by the board ({language})"
    path = page_path(key, language)
    log_in(page, site, language, path)

    # A published page is edited through a new draft, in the CMS's edit mode.
    toolbar = page.locator(".cms-toolbar")
    toolbar.locator(".cms-toolbar-right a").filter(
        has_text=re.compile("draft|brouillon", re.I)
    ).click()
    expect(page).to_have_url(re.compile(r"/admin/cms/placeholder/object/\d+/edit/\d+/"))
    toolbar.locator(".cms-toolbar-item-navigation > li > a", has_text=PAGE_MENU).click()
    toolbar.get_by_role("link", name=PAGE_SETTINGS).click()
    page.frame_locator(".cms-modal-frame iframe").locator("#id_title").fill(new_title)
    page.locator(".cms-modal-buttons .cms-btn-action").first.click()
    expect(page.locator(".cms-modal")).to_be_hidden()
    screenshot(page, f"editor-draft-{language}")
    page.locator("a.cms-versioning-js-publish-btn").click()
    expect(page).to_have_url(site + path)

    visitor = browser.new_context().new_page()
    visitor.goto(site + path)
    expect(visitor.get_by_role("heading", level=1)).to_have_text(new_title)
    expect(visitor.locator(".cms-toolbar")).to_have_count(0)
    visitor.context.close()
