"""Publication state: visitors see published items only; editors can preview the others."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils.html import escape

from projects.models import Project
from tests.conftest import LANGUAGES
from tests.demo_data import demo_items
from tests.projects.factories import make_activity, make_project

pytestmark = pytest.mark.django_db


def test_visitors_see_published_projects_in_the_list(visitor):
    published = make_project(title="Published one")

    html = visitor.get("/en/projects/").content.decode()

    assert published.safe_translation_getter("title", language_code="en") in html


def test_visitors_do_not_see_unpublished_projects_in_the_list(visitor):
    hidden = make_project(published=False, title="Secret draft")

    response = visitor.get("/en/projects/")

    assert response.status_code == 200
    assert "Secret draft" not in response.content.decode()
    assert hidden.get_absolute_url("en") not in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_unpublished_project_page_is_not_found_for_visitors(visitor, language):
    hidden = make_project(published=False)

    assert visitor.get(hidden.get_absolute_url(language)).status_code == 404


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


def test_unpublished_activity_is_hidden_from_visitors(visitor):
    hidden = make_activity(published=False, title="Hidden activity")

    assert "Hidden activity" not in visitor.get("/en/activities/").content.decode()
    assert visitor.get(hidden.get_absolute_url("en")).status_code == 404


def test_project_page_is_found_by_its_slug_in_each_language(visitor):
    project = make_project(title="Trilingual")

    french = visitor.get(project.get_absolute_url("fr"))

    assert project.get_absolute_url("fr").startswith("/fr/projets/fr-project-")
    assert french.status_code == 200
    assert "Projet Trilingual" in french.content.decode()


def test_language_chooser_on_a_project_leads_to_its_other_translations(visitor):
    project = make_project()

    html = visitor.get(project.get_absolute_url("en")).content.decode()

    assert f'href="{project.get_absolute_url("nl")}" hreflang="nl"' in html
    assert f'href="{project.get_absolute_url("fr")}" hreflang="fr"' in html


def test_demo_projects_and_activities_are_listed_in_french(visitor):
    projects_html = visitor.get("/fr/projets/").content.decode()
    activities_html = visitor.get("/fr/activites/").content.decode()

    for spec in demo_items("projects", "projects.yaml"):
        assert escape(spec["fr"]["title"]) in projects_html
    for spec in demo_items("projects", "activities.yaml"):
        assert escape(spec["fr"]["title"]) in activities_html


@pytest.mark.parametrize("client_of", ["staff_client", "member_client"])
def test_people_without_the_right_to_change_projects_see_only_published_ones(request, client_of):
    client = request.getfixturevalue(client_of)
    hidden = make_project(published=False, title="Not for other staff")

    assert "Not for other staff" not in client.get("/en/projects/").content.decode()
    assert client.get(hidden.get_absolute_url("en")).status_code == 404


def test_visible_to_is_the_one_rule_for_each_role(
    django_user_model, editor, staff_without_rights, member
):
    draft = make_project(published=False)
    public = make_project()
    roles = {
        "visitor": AnonymousUser(),
        "member": member,
        "staff without rights": staff_without_rights,
        "editor": editor,
        "superuser": django_user_model.objects.get(username="admin"),
    }

    seen = {name: set(Project.objects.visible_to(user)) for name, user in roles.items()}

    for name in ("visitor", "member", "staff without rights"):
        assert draft not in seen[name] and public in seen[name], name
    for name in ("editor", "superuser"):
        assert {draft, public} <= seen[name], name


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_an_address_with_the_english_slug_redirects_to_the_translated_one(visitor, language):
    project = make_project()
    english_slug = project.safe_translation_getter("slug", language_code="en")
    section = project.get_absolute_url(language).rsplit("/", 2)[0]

    response = visitor.get(f"{section}/{english_slug}/")

    assert response.status_code == 301
    assert response["Location"] == project.get_absolute_url(language)


def test_an_item_without_a_translation_is_shown_in_english_at_the_english_slug(visitor):
    project = make_project(title="Only in English")
    project.delete_translation("nl")
    english_slug = project.safe_translation_getter("slug", language_code="en")

    response = visitor.get(f"/nl/projecten/{english_slug}/")

    assert response.status_code == 200
    assert "Only in English" in response.content.decode()
