"""Long single-line texts in the side-by-side translation forms are edited in a box that wraps,
so all of the text is in view, and are saved as one line."""

import re

import pytest

from projects.models import Project
from tests.projects.test_admin import ADD_URL, project_form

pytestmark = pytest.mark.django_db

LONG_FUNDING = (
    "European Joint Programme on Rare Diseases, with co-funding from the national patient "
    "organisations of Germany, the Netherlands and Italy"
)


def field_tag(html, name):
    return re.search(rf'<(input|textarea)[^>]*name="{name}"[^>]*>', html).group(0)


def test_long_single_line_fields_are_edited_in_a_wrapping_box(editor_client):
    html = editor_client.get(ADD_URL).content.decode()

    for name in ("funding_source__en", "responsible_body__fr", "title__nl"):
        tag = field_tag(html, name)
        assert tag.startswith("<textarea")
        assert 'class="wrapping-line"' in tag


def test_short_fields_and_slugs_keep_their_input(editor_client):
    html = editor_client.get(ADD_URL).content.decode()

    assert field_tag(html, "slug__en").startswith("<input")


def test_a_line_break_in_a_long_single_line_text_is_saved_as_a_space(editor_client):
    typed = LONG_FUNDING.replace(", with", ",\nwith")

    response = editor_client.post(ADD_URL, project_form(funding_source__en=typed))

    assert response.status_code == 302
    project = Project.objects.translated("en", title="Muscle pain standard").get()
    assert project.safe_translation_getter("funding_source", language_code="en") == LONG_FUNDING


def test_the_admin_stylesheet_is_on_every_admin_page(editor_client):
    html = editor_client.get(ADD_URL).content.decode()

    assert re.search(r'<link rel="stylesheet" href="/static/css/admin\.css">', html)
