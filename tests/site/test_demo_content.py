"""The demo content command builds the site from each app's data files, once."""

from io import StringIO

import pytest
from cms.models import PageContent
from django.core.management import call_command
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.models import Version

from projects.models import ContinuousActivity, Project
from tests.conftest import LANGUAGES
from tests.demo_data import PAGES, demo_items

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "model, filename", [(Project, "projects.yaml"), (ContinuousActivity, "activities.yaml")]
)
def test_every_item_of_the_data_file_is_published_with_its_texts(model, filename):
    for spec in demo_items("projects", filename):
        item = model.objects.published().translated("en", slug=spec["en"]["slug"]).get()
        for language in LANGUAGES:
            assert (
                item.safe_translation_getter("title", language_code=language)
                == (spec[language]["title"])
            )


def test_every_page_of_the_data_files_is_published_in_every_language():
    published = Version.objects.filter(state=PUBLISHED).values_list("object_id", flat=True)
    contents = PageContent.admin_manager.filter(pk__in=published)

    for spec in PAGES:
        titles = dict(
            contents.filter(page__reverse_id=spec["key"]).values_list("language", "title")
        )
        assert titles == {language: spec[language]["title"] for language in LANGUAGES}


def test_running_it_again_changes_nothing():
    counts = (
        Project.objects.count(),
        ContinuousActivity.objects.count(),
        PageContent.admin_manager.count(),
    )
    output = StringIO()

    call_command("load_demo_content", stdout=output)

    assert "nothing changed" in output.getvalue()
    assert counts == (
        Project.objects.count(),
        ContinuousActivity.objects.count(),
        PageContent.admin_manager.count(),
    )


def test_it_prints_how_to_log_in_with_the_given_password(monkeypatch, django_user_model):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-chosen-demo-password")
    output = StringIO()

    call_command("load_demo_content", stdout=output)

    assert "http://127.0.0.1:8000/en/admin/" in output.getvalue()
    assert "a-chosen-demo-password" in output.getvalue()
    assert django_user_model.objects.get(username="admin").check_password("a-chosen-demo-password")
