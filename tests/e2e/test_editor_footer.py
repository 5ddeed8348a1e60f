"""A board editor changes the English footer from an English page, publishes it, and visitors
see the new English footer while the French and Dutch pages keep theirs."""

import re

import pytest
from playwright.sync_api import expect

from imp_site.demo import read_demo_data
from tests.e2e.conftest import log_in, page_path, screenshot

pytestmark = pytest.mark.e2e

# The toolbar speaks the editor's own language setting, whichever page they are on.
FOOTER_MENU = re.compile(r"Header and footer|En-tête et pied de page|Kop en voettekst")
EDIT_FOOTER = re.compile(r"Edit the footer|Modifier le pied de page|Voettekst bewerken")
NEW_DRAFT = re.compile(r"draft|brouillon|concept", re.I)
EDIT_OBJECT = re.compile(r"Edit object|Modifier l.objet|Object bewerken")
ADDED = "Our office is closed in August."


def demo_footer_sentence(language):
    """The first sentence of the demo footer in `language`, as visitors read it."""
    html = read_demo_data("imp_site", "aliases.yaml")["footer"][language]
    return re.search(r"<p>(.*?\.)", html).group(1)


def open_new_draft(page):
    """From a published object's preview, the CMS's button that starts a draft to edit."""
    page.locator(".cms-toolbar-right a").filter(has_text=NEW_DRAFT).first.click()
    expect(page).to_have_url(re.compile(r"/admin/cms/placeholder/object/\d+/edit/\d+/"))


def test_editor_changes_the_english_footer_and_only_english_visitors_see_it(page, browser, site):
    log_in(page, site, "en", page_path("contact", "en"))

    page.locator(".cms-toolbar-item-navigation > li > a", has_text=FOOTER_MENU).click()
    page.locator(".cms-toolbar a", has_text=EDIT_FOOTER).click()
    expect(page).to_have_url(re.compile(r"^.+/en/admin/cms/placeholder/object/\d+/preview/\d+/"))
    open_new_draft(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Footer")
    expect(page.locator("body")).to_contain_text(demo_footer_sentence("en"))
    assert page.locator("body").inner_text().count(demo_footer_sentence("en")) == 1

    page.locator(".alias-preview__content .ProseMirror p").last.click()
    page.keyboard.press("Control+End")  # End alone stops at the wrapped line's end
    with page.expect_response(lambda r: "/edit-plugin/" in r.url and r.request.method == "POST"):
        page.keyboard.type(f" {ADDED}")
        page.get_by_role("heading", level=1).click()  # leaving the text saves it
    screenshot(page, "editor-footer-draft-en")
    page.locator("a.cms-versioning-js-publish-btn").click()
    expect(page).to_have_url(re.compile(r"/preview/\d+/"))

    visitor = browser.new_context().new_page()
    for key in ("home", "contact"):
        visitor.goto(site + page_path(key, "en"))
        expect(visitor.locator("footer")).to_contain_text(ADDED)
    for language in ("fr", "nl"):
        visitor.goto(site + page_path("home", language))
        expect(visitor.locator("footer")).to_contain_text(demo_footer_sentence(language))
        expect(visitor.locator("footer")).not_to_contain_text(ADDED)
    screenshot(visitor, "visitor-new-footer-en")
    visitor.context.close()


def test_the_structure_board_edits_the_footer_of_the_page_language(page, site):
    log_in(page, site, "en", page_path("about", "en"))
    open_new_draft(page)

    page.locator(".cms-toolbar-item-cms-mode-switcher a").first.click()
    footer_bar = page.locator(".cms-dragarea-static").filter(
        has=page.locator(".cms-dragbar-title", has_text="Footer")
    )
    expect(footer_bar).to_be_visible()
    screenshot(page, "editor-structure-board-en")
    edit_link = footer_bar.locator(".cms-submenu-edit-obj a")
    expect(edit_link).to_have_attribute("href", re.compile(r"^/en/admin/"))
    page.goto(site + edit_link.get_attribute("href"))

    expect(page.get_by_role("heading", level=1)).to_have_text("Footer")
    expect(page.locator("body")).to_contain_text(demo_footer_sentence("en"))
