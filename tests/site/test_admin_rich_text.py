"""Editors' rich text holds headings from h2, bold, italic, lists, links and quotes: the editor's
toolbar offers nothing else, and nothing else reaches visitors."""

import re
from pathlib import Path

from cms.models import Page, PageContent
from cms.utils.urlutils import admin_reverse
from django.conf import settings
from djangocms_versioning.models import Version

from tests.conftest import page_url

ROOT = Path(__file__).resolve().parents[2]
PAGE = "contact"


def editor_saves_the_page_text(editor_client, editor, html):
    """The editor edits the first text of the English contact page in a draft, through the
    CMS's own plugin form, and publishes it."""
    published = PageContent.admin_manager.get(page=Page.objects.get(reverse_id=PAGE), language="en")
    draft = Version.objects.get_for_content(published).copy(editor).content
    text = (
        draft.get_placeholders().get(slot="content").get_plugins("en").get(plugin_type="TextPlugin")
    )
    response = editor_client.post(
        admin_reverse("cms_placeholder_edit_plugin", args=[text.pk])
        + f"?cms_path={page_url(PAGE, 'en')}",
        {"body": html},
    )
    assert response.status_code == 200
    Version.objects.get_for_content(draft).publish(editor)


def main_content(client):
    html = client.get(page_url(PAGE, "en")).content.decode()
    return re.search(r"<main\b.*?</main>", html, re.S).group(0)


def test_colours_set_by_an_editor_do_not_reach_visitors(editor_client, editor, visitor):
    editor_saves_the_page_text(
        editor_client, editor, '<p>Call us <span style="color:red">today</span>.</p>'
    )

    main = main_content(visitor)
    assert "Call us today." in main
    assert "color" not in main
    assert "<span" not in main


def test_a_heading_1_from_an_editor_does_not_reach_visitors(editor_client, editor, visitor):
    editor_saves_the_page_text(editor_client, editor, "<h1>A second title</h1><p>Text.</p>")

    main = main_content(visitor)
    assert "A second title" in main
    assert len(re.findall(r"<h1\b", main)) == 1  # the page's own title


def test_the_allowed_markup_reaches_visitors_unchanged(editor_client, editor, visitor):
    allowed = (
        "<h2>Heading</h2><h3>Sub</h3><p><strong>Bold</strong> and <em>italic</em> with "
        '<a href="https://www.eurordis.org/">a link</a>.</p><ul><li><p>One</p></li></ul>'
        "<ol><li>First</li></ol><blockquote><p>Quoted</p></blockquote>"
    )
    editor_saves_the_page_text(editor_client, editor, allowed)

    assert allowed in main_content(visitor)


def test_the_editor_toolbar_offers_no_colours_alignment_or_raw_html():
    offered = {item for group in settings.TEXT_EDITOR_SETTINGS["toolbar_CMS"] for item in group}

    assert offered.isdisjoint(
        {"TextColor", "Highlight", "BGColor", "JustifyLeft", "JustifyBlock", "Source", "Format"}
    )
    assert {"Heading2", "Bold", "Italic", "BulletedList", "Link", "Blockquote"} <= offered


def test_a_list_saved_by_the_editor_reaches_visitors_as_a_list(editor_client, editor, visitor):
    editor_saves_the_page_text(
        editor_client, editor, "<ul><li><p>Write to us</p></li><li><p>Call us</p></li></ul>"
    )

    main = main_content(visitor)
    assert re.search(r"<ul><li><p>Write to us</p></li><li><p>Call us</p></li></ul>", main)


def test_paragraphs_in_list_items_have_no_margins_in_the_site_stylesheet():
    stylesheet = (ROOT / "static" / "css" / "site.css").read_text()

    rule = re.search(r"(?m)^li > p \{([^}]*)\}", stylesheet)
    assert rule is not None
    assert re.search(r"margin-block:\s*0;", rule.group(1))
