"""A page an editor creates gets the standard page template, not the home page's (a top-level
page "inheriting" its template would get the first of CMS_TEMPLATES)."""

import pytest
from cms.cms_wizards import cms_page_wizard
from cms.models import PageContent
from cms.toolbar.utils import get_object_edit_url
from djangocms_versioning.models import Version

pytestmark = pytest.mark.django_db

STANDARD_TEMPLATE = "pages/page.html"
WIZARD_URL = "/en/cms_wizard/create/"


def template_of_page_titled(title):
    content = PageContent.admin_manager.get(title=title, language="en")
    return content.template, content.get_template()


def test_a_page_created_with_the_create_wizard_gets_the_standard_template(editor_client):
    """The toolbar's "Create" button: choose "New page", then give its title."""
    editor_client.post(
        WIZARD_URL,
        {
            "wizard_create_view-current_step": "0",
            "0-entry": cms_page_wizard.id,
            "0-language": "en",
        },
    )
    response = editor_client.post(
        WIZARD_URL,
        {"wizard_create_view-current_step": "1", "1-title": "Made by wizard", "1-slug": ""},
    )

    assert response.status_code == 200
    assert template_of_page_titled("Made by wizard") == (STANDARD_TEMPLATE, STANDARD_TEMPLATE)


def test_a_page_added_from_the_page_menu_gets_the_standard_template(editor_client):
    """The toolbar's Page > "Add page...", which opens the admin's add form."""
    response = editor_client.post(
        "/en/admin/cms/pagecontent/add/?language=en",
        {"title": "Added from the menu", "slug": "added-from-the-menu"},
    )

    assert response.status_code == 302
    assert template_of_page_titled("Added from the menu") == (STANDARD_TEMPLATE, STANDARD_TEMPLATE)


def test_the_templates_menu_offers_no_inheriting_template(editor, editor_client):
    published = PageContent.admin_manager.get(page__reverse_id="about", language="en")
    draft = Version.objects.get_for_content(published).copy(editor).content

    html = editor_client.get(get_object_edit_url(draft)).content.decode()

    assert "Standard page" in html  # the toolbar's Page > Templates menu, in edit mode
    assert "Inherit the template" not in html
