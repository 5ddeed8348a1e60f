"""The admin as a board editor meets it at 1280 px: named for IMP, only what they edit, forms and
lists that fit the screen, and uploads that land in the Images folder."""

import io
import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from tests.e2e.conftest import log_in
from tests.site.test_admin_index import ADMIN_NAME, EDITOR_INDEX

pytestmark = pytest.mark.e2e

LONG_FUNDING = (
    "European Joint Programme on Rare Diseases, with co-funding from the national patient "
    "organisations of Germany, the Netherlands, Italy and Belgium"
)


def scrolls_sideways(page):
    return page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )


def admin_screenshot(page, name):
    """The admin is for desktops: one picture at 1280 px (conftest.screenshot takes two)."""
    from tests.e2e.conftest import SCREENSHOTS

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}-desktop.png"), full_page=True)


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_the_editor_reads_imp_and_only_what_they_edit_on_the_admin_index(page, site, language):
    log_in(page, site, language, f"/{language}/admin/")

    expect(page.locator("#site-name")).to_have_text(ADMIN_NAME[language])
    for section, entries in EDITOR_INDEX[language].items():
        caption = page.locator("caption", has_text=re.compile(rf"^\s*{re.escape(section)}\s*$"))
        module = page.locator("#content-main .module", has=caption)
        expect(module.locator('th[scope="row"]')).to_have_text(entries)
    expect(page.locator("#content-main .module")).to_have_count(len(EDITOR_INDEX[language]))
    assert not scrolls_sideways(page)
    admin_screenshot(page, f"editor-admin-index-{language}")


def test_the_project_form_shows_long_texts_whole_without_sideways_scrolling(page, site):
    log_in(page, site, "en", "/en/admin/projects/project/add/")

    funding = page.locator("#id_funding_source__en")
    funding.fill(LONG_FUNDING)

    assert not scrolls_sideways(page)
    hidden = funding.evaluate(
        "box => [box.scrollWidth - box.clientWidth, box.scrollHeight - box.clientHeight]"
    )
    assert max(hidden) <= 1, f"part of the text is out of view: {hidden}"
    admin_screenshot(page, "editor-project-form")


def test_the_aliases_list_shows_every_action_within_the_screen(page, site):
    log_in(page, site, "en", "/en/admin/djangocms_alias/alias/")

    actions = page.locator("#result_list td.field-list_actions a")
    expect(actions.first).to_be_visible()
    rights = actions.evaluate_all("links => links.map(a => a.getBoundingClientRect().right)")
    assert max(rights) <= page.viewport_size["width"]
    assert not scrolls_sideways(page)
    results = page.locator(".results")
    assert results.evaluate("div => div.scrollWidth <= div.clientWidth")
    admin_screenshot(page, "editor-aliases-list")


def test_an_image_dropped_on_the_project_form_lands_in_the_images_folder(page, site):
    log_in(page, site, "en", "/en/admin/projects/project/add/")
    photo = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(photo, "PNG")
    expect(page.locator(".js-filer-dropzone")).to_be_attached()

    with page.expect_response(re.compile(r"/operations/upload/")) as upload:
        page.evaluate(
            """([bytes, name]) => {
                const transfer = new DataTransfer();
                transfer.items.add(new File([new Uint8Array(bytes)], name, {type: 'image/png'}));
                const zone = document.querySelector('.js-filer-dropzone');
                for (const type of ['dragenter', 'dragover', 'drop']) {
                    const event = {dataTransfer: transfer, bubbles: true};
                    zone.dispatchEvent(new DragEvent(type, event));
                }
            }""",
            [list(photo.getvalue()), "light-up-for-mito.png"],
        )
    assert upload.value.status == 200

    page.goto(f"{site}/en/admin/filer/folder/last/?_pick=file")
    expect(page.locator(".navigator-breadcrumbs, .breadcrumbs, #content").first).to_contain_text(
        "Images"
    )
    expect(page.locator("#content-main")).to_contain_text("light-up-for-mito.png")
    admin_screenshot(page, "editor-file-picker")
