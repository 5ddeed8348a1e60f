"""Editors' uploads land in the "Images" folder without their choosing one, also when filer
checks folder permissions (FILER_ENABLE_PERMISSIONS), and the other editors find them there."""

import io

import filer.settings
import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from filer.models import File, Folder
from PIL import Image

pytestmark = pytest.mark.parametrize("folder_permissions", [True, False])


@pytest.fixture(autouse=True)
def filer_checks(monkeypatch, folder_permissions, tmp_path):
    """Folder permissions on or off, and uploads stored in a temporary folder."""
    monkeypatch.setattr(filer.settings, "FILER_ENABLE_PERMISSIONS", folder_permissions)
    for storage in (
        filer.settings.FILER_PUBLICMEDIA_STORAGE,
        filer.settings.FILER_PUBLICMEDIA_THUMBNAIL_STORAGE,
    ):
        monkeypatch.setattr(storage, "base_location", str(tmp_path))
        monkeypatch.setattr(storage, "location", str(tmp_path))


def images_folder():
    return Folder.objects.get(parent=None, name="Images")


def a_photo(name="walk-for-mito.png"):
    content = io.BytesIO()
    Image.new("RGB", (8, 8), "teal").save(content, "PNG")
    return SimpleUploadedFile(name, content.getvalue(), content_type="image/png")


def test_the_file_picker_opens_in_the_images_folder(editor_client):
    response = editor_client.get(
        reverse("admin:filer-directory_listing-last") + "?_pick=file&_popup=1"
    )

    assert response.status_code == 302
    assert response["Location"].startswith(
        reverse("admin:filer-directory_listing", kwargs={"folder_id": images_folder().pk})
    )


def test_the_images_folder_offers_a_working_upload_button(editor_client):
    listing = reverse("admin:filer-directory_listing", kwargs={"folder_id": images_folder().pk})

    html = editor_client.get(listing).content.decode()

    upload_url = reverse("admin:filer-ajax_upload", kwargs={"folder_id": images_folder().pk})
    assert f'data-url="{upload_url}"' in html
    assert "You have to select a folder first" not in html


def test_a_file_dropped_on_an_image_field_lands_in_the_images_folder(editor_client):
    response = editor_client.post(reverse("admin:filer-ajax_upload"), {"file": a_photo()})

    assert response.status_code == 200
    assert File.objects.get(pk=response.json()["file_id"]).folder == images_folder()


def test_a_file_uploaded_in_the_picker_lands_in_the_images_folder(editor_client):
    upload_url = reverse("admin:filer-ajax_upload", kwargs={"folder_id": images_folder().pk})

    response = editor_client.post(upload_url, {"file": a_photo()})

    assert response.status_code == 200
    assert File.objects.get(pk=response.json()["file_id"]).folder == images_folder()


def test_another_editor_finds_the_upload_in_the_images_folder(
    editor_client, django_user_model, client
):
    editor_client.post(reverse("admin:filer-ajax_upload"), {"file": a_photo("light-up.png")})
    colleague = django_user_model.objects.create_user("colleague", is_staff=True)
    colleague.groups.add(Group.objects.get(name="Editors"))
    client.force_login(colleague)

    listing = reverse("admin:filer-directory_listing", kwargs={"folder_id": images_folder().pk})
    assert "light-up.png" in client.get(listing).content.decode()
