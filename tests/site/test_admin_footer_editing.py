"""Editors reach the header and footer (static aliases) of the language they are editing in."""

import re

import pytest
from cms.api import add_plugin
from cms.models import Page, PageContent
from cms.toolbar.utils import get_object_edit_url, get_object_structure_url
from djangocms_alias.models import AliasContent
from djangocms_versioning.models import Version

from imp_site.demo import read_demo_data
from tests.conftest import LANGUAGES, page_url


def structure_board(client, language, page_key="contact"):
    content = PageContent.admin_manager.get(
        page=Page.objects.get(reverse_id=page_key), language=language
    )
    response = client.get(get_object_structure_url(content, language=language))
    assert response.status_code == 200
    return response.content.decode()


def alias_edit_links(html):
    """The "Edit" links of the static aliases (external placeholders) on the structure board."""
    return re.findall(r'<a data-cms-icon="edit" href="([^"]+)"', html)


def alias_content(static_code, language):
    return AliasContent.admin_manager.current_content(
        alias__static_code=static_code, language=language
    ).get()


@pytest.mark.parametrize("language", LANGUAGES)
def test_structure_board_edits_the_footer_in_the_page_language(editor_client, language):
    links = alias_edit_links(structure_board(editor_client, language))

    assert get_object_edit_url(alias_content("footer", language), language=language) in links


@pytest.mark.parametrize("language", LANGUAGES)
def test_structure_board_offers_no_alias_of_another_language(editor_client, language):
    expected = {
        get_object_edit_url(alias_content(code, language), language=language)
        for code in ("header", "footer")
    }

    assert set(alias_edit_links(structure_board(editor_client, language))) == expected


def test_structure_board_lists_the_text_of_the_english_footer(editor_client):
    html = structure_board(editor_client, "en")

    assert "<strong>Text</strong> International Mito Patients..." in html
    assert "Copy from Dutch" not in html


def test_the_footer_edit_view_shows_the_footer_text_once(editor_client):
    english_footer = read_demo_data("imp_site", "aliases.yaml")["footer"]["en"]
    first_sentence = re.search(r"<p>(.*?\.)", english_footer).group(1)
    content = alias_content("footer", "en")

    response = editor_client.get(get_object_edit_url(content, language="en"), follow=True)
    html = response.content.decode()

    assert html.count(first_sentence) == 1
    assert re.search(r"<h1>\s*Footer\s*</h1>", html)


# The toolbar speaks the language of the editor's first page in the CMS.
FOOTER_MENU_ITEM = {
    "en": "Edit the footer (English)",
    "fr": "Modifier le pied de page (français)",
    "nl": "Voettekst bewerken (Nederlands)",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_toolbar_leads_to_the_footer_of_the_page_language(editor_client, language):
    html = editor_client.get(page_url("contact", language) + "?toolbar_on").content.decode()

    edit_url = get_object_edit_url(alias_content("footer", language), language=language)
    link = rf'<a href="{re.escape(edit_url)}"[^>]*>\s*<span>{re.escape(FOOTER_MENU_ITEM[language])}'
    assert re.search(link, html)


def test_people_without_alias_rights_get_no_footer_menu(staff_client):
    html = staff_client.get(page_url("contact", "en") + "?toolbar_on").content.decode()

    assert "Edit the footer" not in html


# djangocms-alias's copy of a content for a new draft warns that it creates no version itself.
@pytest.mark.filterwarnings("ignore:No user has been supplied")
def test_visitors_see_a_published_footer_at_once_even_on_cached_pages(
    editor, visitor, django_capture_on_commit_callbacks
):
    home = page_url("home", "en")
    assert "Written by the board" not in visitor.get(home).content.decode()  # now cached
    draft = Version.objects.get_for_content(alias_content("footer", "en")).copy(editor).content
    add_plugin(draft.placeholder, "TextPlugin", "en", body="<p>Written by the board.</p>")

    with django_capture_on_commit_callbacks(execute=True):
        Version.objects.get_for_content(draft).publish(editor)

    assert "Written by the board." in visitor.get(home).content.decode()
