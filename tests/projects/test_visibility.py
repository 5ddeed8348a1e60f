"""Publication state: visitors see published items only; editors can preview the others."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils.html import escape

from tests.projects.factories import make_activity, make_project

pytestmark = pytest.mark.django_db


def test_visitors_see_published_projects_in_the_list(anonymous):
    published = make_project(title="Published one")

    html = anonymous.get("/en/projects/").content.decode()

    assert published.safe_translation_getter("title", language_code="en") in html


def test_visitors_do_not_see_unpublished_projects_in_the_list(anonymous):
    hidden = make_project(published=False, title="Secret draft")

    response = anonymous.get("/en/projects/")

    assert response.status_code == 200
    assert "Secret draft" not in response.content.decode()
    assert hidden.get_absolute_url("en") not in response.content.decode()


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_unpublished_project_page_is_not_found_for_visitors(anonymous, language):
    hidden = make_project(published=False)

    assert anonymous.get(hidden.get_absolute_url(language)).status_code == 404


def test_editors_can_preview_an_unpublished_project(editor_client):
    hidden = make_project(published=False, title="Draft to review")

    response = editor_client.get(hidden.get_absolute_url("en"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Draft to review" in html
    assert "visitors cannot see this page" in html
    assert '<meta name="robots" content="noindex">' in html


def test_editors_see_unpublished_projects_marked_in_the_list(editor_client):
    make_project(published=False, title="Draft in list")

    html = editor_client.get("/en/projects/").content.decode()

    assert "Draft in list" in html
    assert "Not published" in html


def test_unpublished_activity_is_hidden_from_visitors(anonymous):
    hidden = make_activity(published=False, title="Hidden activity")

    assert "Hidden activity" not in anonymous.get("/en/activities/").content.decode()
    assert anonymous.get(hidden.get_absolute_url("en")).status_code == 404


def test_project_page_is_found_by_its_slug_in_each_language(anonymous):
    project = make_project(title="Trilingual")

    french = anonymous.get(project.get_absolute_url("fr"))

    assert project.get_absolute_url("fr").startswith("/fr/projets/fr-project-")
    assert french.status_code == 200
    assert "Projet Trilingual" in french.content.decode()


def test_language_chooser_on_a_project_leads_to_its_other_translations(anonymous):
    project = make_project()

    html = anonymous.get(project.get_absolute_url("en")).content.decode()

    assert f'href="{project.get_absolute_url("nl")}" hreflang="nl"' in html
    assert f'href="{project.get_absolute_url("fr")}" hreflang="fr"' in html


def test_demo_projects_and_activities_are_listed_in_french(anonymous):
    from imp_site.demo_content_data import ACTIVITIES, PROJECTS

    projects_html = anonymous.get("/fr/projets/").content.decode()
    activities_html = anonymous.get("/fr/activites/").content.decode()

    for spec in PROJECTS:
        assert escape(spec["fr"]["title"]) in projects_html
    for spec in ACTIVITIES:
        assert escape(spec["fr"]["title"]) in activities_html


def test_staff_without_the_right_to_change_projects_sees_only_published_ones(
    client, django_user_model
):
    client.force_login(django_user_model.objects.create_user("other-staff", is_staff=True))
    hidden = make_project(published=False, title="Not for other staff")

    assert "Not for other staff" not in client.get("/en/projects/").content.decode()
    assert client.get(hidden.get_absolute_url("en")).status_code == 404


def test_visible_to_is_the_one_rule_for_each_role(django_user_model, editor):
    from projects.models import Project

    draft = make_project(published=False)
    public = make_project()
    roles = {
        "anonymous": AnonymousUser(),
        "staff without rights": django_user_model.objects.create_user("s", is_staff=True),
        "editor": editor,
        "superuser": django_user_model.objects.create_superuser("root", password="x-9-long-pw"),
    }

    seen = {name: set(Project.objects.visible_to(user)) for name, user in roles.items()}

    assert draft not in seen["anonymous"] and public in seen["anonymous"]
    assert draft not in seen["staff without rights"]
    assert {draft, public} <= seen["editor"]
    assert {draft, public} <= seen["superuser"]
