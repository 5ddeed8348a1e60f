"""A list an editor saves reaches visitors as a list, without paragraph spacing between items."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import log_in, page_path
from tests.e2e.test_editor_footer import open_new_draft

pytestmark = pytest.mark.e2e


def test_a_list_saved_by_an_editor_keeps_single_spacing_for_visitors(page, browser, site):
    path = page_path("privacy", "en")
    log_in(page, site, "en", path)
    open_new_draft(page)

    page.locator("main .ProseMirror li").first.click()
    page.keyboard.press("End")
    with page.expect_response(lambda r: "/edit-plugin/" in r.url and r.request.method == "POST"):
        page.keyboard.type(" Nothing else.")
        page.get_by_role("heading", level=1).click()  # leaving the text saves it
    page.locator("a.cms-versioning-js-publish-btn").click()
    expect(page).to_have_url(site + path)

    visitor = browser.new_context().new_page()
    visitor.goto(site + path)
    first_list = visitor.locator("main ul").first
    expect(first_list.locator("li").first).to_contain_text("Nothing else.")
    # The editor saved each item's text as a paragraph: it must not add space around it.
    assert re.search(r"<li><p>", first_list.inner_html())
    margins = first_list.locator("li > p").evaluate_all(
        "ps => ps.map(p => [getComputedStyle(p).marginTop, getComputedStyle(p).marginBottom])"
    )
    assert margins and all(margin == ["0px", "0px"] for margin in margins)
    visitor.context.close()
