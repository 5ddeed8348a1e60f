"""A project's image: uploaded by an editor, described in each language, shown to visitors."""

import pytest
from django.core.files.storage import default_storage
from lxml import html as lxml_html

from projects.models import Project
from tests.conftest import LANGUAGES
from tests.projects.factories import (
    IMAGE_DESCRIPTIONS,
    make_project_with_image,
    make_uploaded_image,
)
from tests.projects.test_admin import ADD_URL, project_form

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def uploads(settings, tmp_path):
    """Uploaded files go to a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def image_on_page(client, url):
    tree = lxml_html.fromstring(client.get(url).content.decode())
    images = tree.xpath("//main//img")
    assert len(images) == 1
    return images[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_project_page_shows_the_image_described_in_the_visitors_language(visitor, language):
    project = make_project_with_image()

    image = image_on_page(visitor, project.get_absolute_url(language))

    assert image.get("alt") == IMAGE_DESCRIPTIONS[language]


def test_visitors_get_copies_sized_for_the_screen_not_the_upload(visitor):
    project = make_project_with_image()

    image = image_on_page(visitor, project.get_absolute_url("en"))

    assert image.get("src").startswith("/media/")
    assert image.get("src") != project.image.url
    assert (int(image.get("width")), int(image.get("height"))) == (960, 540)
    for candidate in image.get("srcset").split(","):
        address = candidate.split()[0]
        assert default_storage.exists(address.removeprefix("/media/")), address


def image_form(project_image, **overrides):
    data = project_form(image=str(project_image.pk))
    for code in LANGUAGES:
        data[f"image_alt_text__{code}"] = ""
    data.update(overrides)
    return data


def test_an_image_without_its_description_is_refused_and_nothing_is_saved(admin_client):
    response = admin_client.post(ADD_URL, image_form(make_uploaded_image()))

    assert response.status_code == 200
    assert "Describe the image in this language" in response.content.decode()
    assert not Project.objects.translated("en", title="Muscle pain standard").exists()


def test_the_image_needs_its_description_in_each_language_the_project_is_written_in(
    admin_client,
):
    """The form gives French texts but no Dutch ones: French readers need the description
    too; Dutch readers get the English page, description included."""
    response = admin_client.post(
        ADD_URL, image_form(make_uploaded_image(), image_alt_text__en=IMAGE_DESCRIPTIONS["en"])
    )

    tree = lxml_html.fromstring(response.content.decode())
    assert response.status_code == 200
    assert "Describe the image in this language" in errors_of(tree, "image_alt_text__fr")
    assert errors_of(tree, "image_alt_text__nl") == ""


def errors_of(tree, field_name):
    return " ".join(tree.xpath(f"//ul[@id='id_{field_name}_error']//text()"))


def test_a_described_image_is_saved_with_its_descriptions(admin_client):
    project_image = make_uploaded_image()

    response = admin_client.post(
        ADD_URL,
        image_form(
            project_image,
            image_alt_text__en=IMAGE_DESCRIPTIONS["en"],
            image_alt_text__fr=IMAGE_DESCRIPTIONS["fr"],
        ),
    )

    assert response.status_code == 302
    project = Project.objects.translated("en", title="Muscle pain standard").get()
    assert project.image == project_image
    assert (
        project.safe_translation_getter("image_alt_text", language_code="fr")
        == (IMAGE_DESCRIPTIONS["fr"])
    )


def test_a_project_without_an_image_needs_no_description(admin_client):
    response = admin_client.post(ADD_URL, project_form())

    assert response.status_code == 302


def test_the_description_is_asked_right_under_the_image(admin_client):
    html = admin_client.get(ADD_URL).content.decode()

    image_field = html.index('name="image"')
    assert image_field < html.index('name="image_alt_text__en"')
    assert html.index('name="outcome__nl"') < image_field
    assert "for people who cannot see it" in html
