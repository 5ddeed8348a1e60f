"""Plugins, page-cache freshness and the editors' toolbar."""

import pytest
from django.test import Client

from projects.models import Project
from tests.conftest import page_url
from tests.projects.factories import make_project

pytestmark = pytest.mark.django_db


def test_home_page_features_the_published_demo_projects(anonymous):
    html = anonymous.get(page_url("home", "nl")).content.decode()

    for project in Project.objects.published():
        assert project.get_absolute_url("nl") in html


def test_unpublishing_a_project_removes_it_from_the_cached_home_page(anonymous):
    project = Project.objects.published().first()
    url = page_url("home", "en")
    assert project.get_absolute_url("en") in anonymous.get(url).content.decode()

    Project.objects.filter(pk=project.pk).set_published(False)

    assert project.get_absolute_url("en") not in anonymous.get(url).content.decode()


def test_editing_a_project_title_shows_on_the_cached_home_page(anonymous):
    project = Project.objects.published().first()
    url = page_url("home", "en")
    anonymous.get(url)

    project.set_current_language("en")
    project.title = "A brand new title"
    project.save()

    assert "A brand new title" in anonymous.get(url).content.decode()


def test_editors_get_an_edit_entry_for_the_project_on_screen(editor_client):
    project = make_project()

    html = editor_client.get(project.get_absolute_url("en") + "?toolbar_on").content.decode()

    assert f"/en/admin/projects/project/{project.pk}/change/" in html


def test_visitors_get_no_toolbar_entries(anonymous):
    project = make_project()

    html = anonymous.get(project.get_absolute_url("en")).content.decode()

    assert "/admin/projects/project/" not in html


def test_unpublishing_a_project_removes_it_from_the_cached_projects_list(anonymous):
    project = make_project(title="Soon withdrawn")
    assert "Soon withdrawn" in anonymous.get("/en/projects/").content.decode()

    Project.objects.filter(pk=project.pk).set_published(False)

    assert "Soon withdrawn" not in anonymous.get("/en/projects/").content.decode()
    assert anonymous.get(project.get_absolute_url("en")).status_code == 404


def test_editors_never_get_a_page_cached_for_visitors(editor_client):
    make_project(published=False, title="Draft only editors see")
    visitor_page = Client().get("/en/projects/").content.decode()

    editor_page = editor_client.get("/en/projects/").content.decode()

    assert "Draft only editors see" not in visitor_page
    assert "Draft only editors see" in editor_page
