"""A board editor (the demo's account in the Editors group) logs in, edits a page in the CMS,
publishes it, and visitors see the change."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import log_in, page_path, screenshot

pytestmark = pytest.mark.e2e

# The toolbar speaks the editor's own language setting, whatever the page's language.
PAGE_MENU = re.compile(r"^\s*Page\s*$")
PAGE_SETTINGS = re.compile(r"Page settings|Paramètres de la page", re.I)


def open_toolbar_menu(page, menu_name, item_name):
    """The item of a toolbar menu, once the menu is open: a click that comes before the toolbar's
    script has bound its menus (a busy machine) opens nothing, so it is tried again."""
    item = page.locator(".cms-toolbar").get_by_role("link", name=item_name)
    menu = page.locator(".cms-toolbar .cms-toolbar-item-navigation > li > a", has_text=menu_name)
    for _ in range(5):
        menu.click()
        try:
            expect(item).to_be_visible(timeout=3000)
            return item
        except AssertionError:
            continue
    expect(item).to_be_visible()
    return item


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
    open_toolbar_menu(page, PAGE_MENU, PAGE_SETTINGS).click()
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
