"""Plugins, page-cache freshness and the editors' toolbar."""

import pytest
from django.test import Client

from projects.models import Project
from tests.conftest import page_url
from tests.projects.factories import make_project

pytestmark = pytest.mark.django_db


def test_home_page_features_the_published_demo_projects(visitor):
    html = visitor.get(page_url("home", "nl")).content.decode()

    for project in Project.objects.published():
        assert project.get_absolute_url("nl") in html


def test_unpublishing_a_project_removes_it_from_the_cached_home_page(
    visitor, django_capture_on_commit_callbacks
):
    project = Project.objects.published().first()
    url = page_url("home", "en")
    assert project.get_absolute_url("en") in visitor.get(url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        Project.objects.filter(pk=project.pk).set_published(False)

    assert project.get_absolute_url("en") not in visitor.get(url).content.decode()


def test_editing_a_project_title_shows_on_the_cached_home_page(
    visitor, django_capture_on_commit_callbacks
):
    project = Project.objects.published().first()
    url = page_url("home", "en")
    visitor.get(url)

    with django_capture_on_commit_callbacks(execute=True):
        project.set_current_language("en")
        project.title = "A brand new title"
        project.save()

    assert "A brand new title" in visitor.get(url).content.decode()


def test_cached_pages_are_dropped_once_the_change_is_committed_not_before(
    visitor, django_capture_on_commit_callbacks
):
    """Dropped inside the transaction, a page asked for before the commit would be cached again
    with the old title (the asker cannot see the uncommitted change yet)."""
    project = Project.objects.published().first()
    url = page_url("home", "en")
    old_title = project.safe_translation_getter("title", language_code="en")
    visitor.get(url)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        project.set_current_language("en")
        project.title = "Renamed in a transaction"
        project.save()
        before_commit = visitor.get(url).content.decode()

    assert callbacks, "the drop waits for the commit"
    assert old_title in before_commit and "Renamed in a transaction" not in before_commit
    assert "Renamed in a transaction" in visitor.get(url).content.decode()


def test_editors_get_an_edit_entry_for_the_project_on_screen(editor_client):
    project = make_project()

    html = editor_client.get(project.get_absolute_url("en") + "?toolbar_on").content.decode()

    assert f"/en/admin/projects/project/{project.pk}/change/" in html


@pytest.mark.parametrize("client_of", ["visitor", "staff_client"])
def test_people_who_may_not_change_projects_get_no_projects_menu(request, client_of):
    """Staff without rights get the CMS toolbar, but not its entries for projects."""
    client = request.getfixturevalue(client_of)
    project = make_project()

    html = client.get(project.get_absolute_url("en") + "?toolbar_on").content.decode()

    assert "/admin/projects/project/" not in html
    assert "/admin/projects/continuousactivity/" not in html


def test_unpublishing_a_project_removes_it_from_the_cached_projects_list(
    visitor, django_capture_on_commit_callbacks
):
    project = make_project(title="Soon withdrawn")
    assert "Soon withdrawn" in visitor.get("/en/projects/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        Project.objects.filter(pk=project.pk).set_published(False)

    assert "Soon withdrawn" not in visitor.get("/en/projects/").content.decode()
    assert visitor.get(project.get_absolute_url("en")).status_code == 404


def test_editors_never_get_a_page_cached_for_visitors(editor_client):
    make_project(published=False, title="Draft only editors see")
    visitor_page = Client().get("/en/projects/").content.decode()

    editor_page = editor_client.get("/en/projects/").content.decode()

    assert "Draft only editors see" not in visitor_page
    assert "Draft only editors see" in editor_page
