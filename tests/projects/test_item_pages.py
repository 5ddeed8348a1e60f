"""What a visitor reads on a project's or an activity's own page."""

import re

import pytest

from tests.conftest import LANGUAGES
from tests.page_rules import read_page
from tests.projects.factories import make_activity, make_project

pytestmark = pytest.mark.django_db


def text_of(tag, html):
    match = re.search(rf"<{tag}[^>]*>(.*?)</{tag}>", html, re.S)
    assert match, f"no <{tag}>"
    return match.group(1).strip()


@pytest.mark.parametrize("language", LANGUAGES)
def test_activity_page_shows_its_title_and_summary(visitor, language):
    activity = make_activity(title="Light up for mito")
    activity.set_current_language(language)

    html = visitor.get(activity.get_absolute_url(language)).content.decode()

    assert text_of("h1", html) == activity.title
    assert text_of("title", html).startswith(f"{activity.title} · ")
    assert f'<p class="lead">{activity.summary}</p>' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_project_page_shows_its_title_and_summary(visitor, language):
    project = make_project(title="Registry")
    project.set_current_language(language)

    html = visitor.get(project.get_absolute_url(language)).content.decode()

    assert text_of("h1", html) == project.title
    assert text_of("title", html).startswith(f"{project.title} · ")
    assert f'<p class="lead">{project.summary}</p>' in html


@pytest.mark.parametrize("make_item", [make_activity, make_project])
def test_a_published_items_page_tells_visitors_nothing_about_publication(visitor, make_item):
    item = make_item()

    html = visitor.get(item.get_absolute_url("en")).content.decode()

    assert "not published" not in html
    assert 'name="robots"' not in html


@pytest.mark.parametrize("make_item", [make_activity, make_project])
def test_the_notice_on_an_unpublished_items_preview_is_marked_for_editors_only(
    editor_client, make_item
):
    """The crawls of the site check that visitors never get what is marked so."""
    item = make_item(published=False)

    page = read_page(editor_client.get(item.get_absolute_url("en")).content.decode())

    assert len(page.editor_notices) == 1
    assert "visitors cannot see this page" in page.editor_notices[0]
