"""The rich text editor submits an empty paragraph for an empty description: that is no text,
and gives no translation into a language the editor left empty."""

import pytest

from projects.models import Project
from tests.projects.test_admin import ADD_URL, project_form

pytestmark = pytest.mark.django_db

EMPTY_EDITOR = "<p></p>"


def test_a_project_written_in_english_only_is_saved_from_the_browsers_form(admin_client):
    data = project_form(title__fr="", summary__fr="")
    for language in ("en", "fr", "nl"):
        data[f"body__{language}"] = EMPTY_EDITOR

    response = admin_client.post(ADD_URL, data)

    assert response.status_code == 302
    project = Project.objects.translated("en", title="Muscle pain standard").get()
    assert list(project.get_available_languages()) == ["en"]
