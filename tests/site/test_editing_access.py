"""A staff account reaches only what its permissions allow; the editing endpoints answer bad
input with a 400, not a server error."""

import pytest
from cms.models import PageContent
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from djangocms_alias.models import AliasContent
from filer.models import File

pytestmark = pytest.mark.django_db


def draft_urls(model, object_id):
    content_type = ContentType.objects.get_for_model(model).pk
    return [
        f"/en/admin/cms/placeholder/object/{content_type}/{view}/{object_id}/"
        for view in ("preview", "structure", "edit")
    ]


@pytest.fixture
def about_content():
    return PageContent.admin_manager.get(page__reverse_id="about", language="en")


def test_staff_without_rights_cannot_read_page_drafts_by_id(staff_client, about_content):
    for url in draft_urls(PageContent, about_content.pk):
        response = staff_client.get(url)

        assert response.status_code == 403, url
        assert "Our mission" not in response.content.decode()


def test_staff_without_rights_cannot_read_the_footer_drafts(staff_client):
    footer = AliasContent.admin_manager.filter(alias__static_code="footer").first()

    for url in draft_urls(AliasContent, footer.pk):
        assert staff_client.get(url).status_code == 403, url


def test_editors_still_see_the_drafts_of_pages(editor_client, about_content):
    response = editor_client.get(draft_urls(PageContent, about_content.pk)[0])

    assert response.status_code == 200
    assert "Our mission" in response.content.decode()


def test_staff_without_rights_cannot_list_the_sites_files(staff_client, django_user_model):
    File.objects.create(
        original_filename="board-minutes.pdf",
        owner=django_user_model.objects.get(username="admin"),
    )

    for url in ("/en/admin/filer/file/", "/en/admin/filer/image/"):
        response = staff_client.get(url)

        assert response.status_code == 403, url
        assert "board-minutes" not in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/en/cms_wizard/create/?page=abc",
        "/en/cms_wizard/create/?page=1.5",
        "/en/admin/djangocms_versioning/pagecontentversion/?page=abc",
    ],
)
def test_a_malformed_page_id_is_a_bad_request(admin_client, url):
    admin_client.raise_request_exception = False

    response = admin_client.get(url)

    assert response.status_code == 400
    assert "<h1>Bad request</h1>" in response.content.decode()


def test_a_well_formed_page_id_still_reaches_the_wizard(admin_client):
    page_id = PageContent.admin_manager.get(page__reverse_id="about", language="en").page_id

    assert admin_client.get(f"/en/cms_wizard/create/?page={page_id}").status_code == 200


def test_a_visitor_asking_for_a_draft_is_sent_to_the_login_page(about_content):
    response = Client().get(draft_urls(PageContent, about_content.pk)[0])

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
