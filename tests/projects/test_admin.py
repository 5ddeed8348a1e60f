"""Editors write the three languages of a project side by side in the admin."""

import pytest

from projects.models import ContinuousActivity, Project
from tests.conftest import LANGUAGES
from tests.projects.factories import make_project

pytestmark = pytest.mark.django_db

ADD_URL = "/en/admin/projects/project/add/"


def project_form(**overrides):
    data = {
        "title__en": "Muscle pain standard",
        "title__fr": "Norme pour la douleur musculaire",
        "title__nl": "",
        "slug__en": "",
        "slug__fr": "",
        "slug__nl": "",
        "summary__en": "A standard therapy for muscle pain.",
        "summary__fr": "Une thérapie standard pour la douleur musculaire.",
        "summary__nl": "",
        "status": "planned",
        "start_date": "",
        "end_date": "",
        "is_published": "on",
    }
    for name in ("body", "funding_source", "responsible_body", "partners", "outcome"):
        for language in LANGUAGES:
            data.setdefault(f"{name}__{language}", "")
    data.update(overrides)
    return data


def test_admin_form_shows_each_field_in_three_languages(admin_client):
    html = admin_client.get(ADD_URL).content.decode()

    for language in LANGUAGES:
        assert f'name="title__{language}"' in html
        assert f'name="summary__{language}"' in html
    assert html.index('name="title__nl"') < html.index('name="funding_source__en"')


def test_saving_stores_the_languages_given_and_derives_slugs(admin_client):
    response = admin_client.post(ADD_URL, project_form())

    assert response.status_code == 302
    project = Project.objects.translated("en", title="Muscle pain standard").get()
    assert project.safe_translation_getter("slug", language_code="en") == "muscle-pain-standard"
    project.set_current_language("fr")
    assert project.title == "Norme pour la douleur musculaire"
    assert project.slug == "norme-pour-la-douleur-musculaire"
    assert not project.has_translation("nl")


def test_missing_english_title_is_refused_and_nothing_is_saved(admin_client):
    count = Project.objects.count()

    response = admin_client.post(ADD_URL, project_form(title__en="", summary__en=""))

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert Project.objects.count() == count


def test_a_partial_translation_is_refused_with_a_clear_message(admin_client):
    response = admin_client.post(ADD_URL, project_form(title__nl="Alleen een titel"))

    assert response.status_code == 200
    assert "required when the text is given in this language" in response.content.decode()
    assert not Project.objects.translated("en", title="Muscle pain standard").exists()


def test_a_slug_already_used_in_that_language_is_refused(admin_client):
    existing = make_project()
    taken = existing.safe_translation_getter("slug", language_code="fr")

    response = admin_client.post(ADD_URL, project_form(slug__fr=taken))

    assert response.status_code == 200
    assert "already uses this address" in response.content.decode()


def test_end_before_start_is_refused(admin_client):
    response = admin_client.post(
        ADD_URL, project_form(start_date="2024-05-01", end_date="2023-01-01")
    )

    assert response.status_code == 200
    assert not Project.objects.translated("en", title="Muscle pain standard").exists()


def test_emptying_a_language_removes_its_translation(admin_client):
    project = make_project()
    change_url = f"/en/admin/projects/project/{project.pk}/change/"
    form = project_form(
        title__en="Kept",
        title__fr="Gardé",
        summary__en="Kept summary",
        summary__fr="Résumé gardé",
        slug__en="kept",
        slug__fr="garde",
    )

    response = admin_client.post(change_url, form)

    assert response.status_code == 302
    project.refresh_from_db()
    assert sorted(project.get_available_languages()) == ["en", "fr"]


def test_publish_action_publishes_the_selected_projects(admin_client):
    draft = make_project(published=False)

    admin_client.post(
        "/en/admin/projects/project/",
        {"action": "publish", "_selected_action": [draft.pk]},
    )

    draft.refresh_from_db()
    assert draft.is_published


def test_activities_can_be_reordered_from_the_list_page(admin_client):
    activities = list(ContinuousActivity.objects.order_by("order", "pk")[:2])
    first, second = activities
    changelist = admin_client.get("/en/admin/projects/continuousactivity/")
    form = changelist.context["cl"].formset
    data = {
        "form-TOTAL_FORMS": str(form.total_form_count()),
        "form-INITIAL_FORMS": str(form.initial_form_count()),
        "_save": "Save",
    }
    for index, row in enumerate(form.forms):
        data[f"form-{index}-id"] = str(row.instance.pk)
        data[f"form-{index}-order"] = str(row.instance.order)
    position = {row.instance.pk: index for index, row in enumerate(form.forms)}
    data[f"form-{position[first.pk]}-order"] = "900"

    response = admin_client.post("/en/admin/projects/continuousactivity/", data)

    assert response.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.order == 900
    assert sorted(first.get_available_languages()) == sorted(LANGUAGES)
