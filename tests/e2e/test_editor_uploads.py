"""An editor uploads a project's image in the admin; visitors see it (served by nginx, as in
production), described in their language; the admin shows its thumbnails.

(Named to run before the crawl of every page, which then also checks this image loads.)
"""

import base64
import io

import pytest
from PIL import Image, ImageDraw
from playwright.sync_api import expect

from tests.demo_data import demo_items
from tests.e2e.conftest import image_loaded, item_path, log_in, screenshot

pytestmark = pytest.mark.e2e

PROJECT = demo_items("projects", "projects.yaml")[0]
DESCRIPTIONS = {
    "en": "A town hall lit up in green for World Mito Week",
    "fr": "Un hôtel de ville illuminé en vert pour la semaine mondiale de la mito",
    "nl": "Een stadhuis dat groen verlicht is voor de wereldwijde mitoweek",
}
NGINX_DEFAULT_UPLOAD_LIMIT = 1024 * 1024


def photo_bytes():
    """A PNG of some 1.5 MB: more than nginx accepts unless configured for uploads."""
    width, height = 1400, 900
    picture = Image.effect_noise((width, height), 40).convert("RGB")
    tint = Image.new("RGB", (width, height), (20, 110, 90))
    picture = Image.blend(picture, tint, 0.6)
    draw = ImageDraw.Draw(picture)
    draw.rectangle((380, 300, 1020, 900), fill=(40, 160, 80))
    draw.polygon([(340, 300), (700, 120), (1060, 300)], fill=(30, 130, 70))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    assert buffer.tell() > NGINX_DEFAULT_UPLOAD_LIMIT
    return buffer.getvalue()


def drop_file(page, selector, name, content, mime_type):
    """Drop a file on the element, as a person dragging it from their desktop would."""
    page.evaluate(
        """([selector, name, encoded, mimeType]) => {
            const bytes = Uint8Array.from(atob(encoded), c => c.charCodeAt(0));
            const transfer = new DataTransfer();
            transfer.items.add(new File([bytes], name, {type: mimeType}));
            const target = document.querySelector(selector);
            for (const type of ['dragenter', 'dragover', 'drop']) {
                target.dispatchEvent(new DragEvent(type, {
                    dataTransfer: transfer, bubbles: true, cancelable: true,
                }));
            }
        }""",
        [selector, name, base64.b64encode(content).decode(), mime_type],
    )


def test_an_image_an_editor_uploads_reaches_visitors(page, browser, site):
    log_in(page, site, "en", "/en/admin/projects/project/")
    page.get_by_role("link", name=PROJECT["en"]["title"]).click()

    drop_file(page, ".field-image .js-filer-dropzone", "town-hall.png", photo_bytes(), "image/png")
    expect(page.locator("#id_image")).not_to_have_value("", timeout=30_000)
    for language, description in DESCRIPTIONS.items():
        page.locator(f"#id_image_alt_text__{language}").fill(description)
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist .success")).to_have_count(1)

    visitor = browser.new_context().new_page()
    for language in ("fr", "nl", "en"):
        response = visitor.goto(site + item_path("projects", PROJECT, language))
        assert response.status == 200
        image = visitor.locator("main img")
        expect(image).to_have_attribute("alt", DESCRIPTIONS[language])
        assert image_loaded(image), image.get_attribute("src")
        assert image.get_attribute("src").startswith("/media/")
        screenshot(visitor, f"project-with-image-{language}")
    visitor.context.close()


def test_the_admin_shows_the_uploaded_images_thumbnails(page, site):
    """After the upload above: the project's form and the file library's Images folder show it."""
    log_in(page, site, "en", "/en/admin/projects/project/")
    page.get_by_role("link", name=PROJECT["en"]["title"]).click()

    widget_thumbnail = page.locator(".field-image img[src]").first
    expect(widget_thumbnail).to_be_visible()
    assert image_loaded(widget_thumbnail), widget_thumbnail.get_attribute("src")

    # Uploads made without choosing a folder land in "Images" (imp_site/file_uploads.py).
    page.goto(site + "/en/admin/filer/folder/")
    page.locator("#result_list").get_by_role("link", name="Images", exact=True).first.click()
    thumbnails = page.locator("#result_list img[src]")
    expect(thumbnails.first).to_be_visible()
    not_loaded = [
        thumbnail.get_attribute("src")
        for thumbnail in thumbnails.all()
        if not image_loaded(thumbnail)
    ]
    assert not_loaded == []
    screenshot(page, "admin-file-library")


def test_a_missing_upload_is_not_found_without_a_language_prefix(page, site):
    response = page.goto(site + "/media/filer_public/no/such/photo.jpg")

    assert response.status == 404
    assert page.url == site + "/media/filer_public/no/such/photo.jpg"
