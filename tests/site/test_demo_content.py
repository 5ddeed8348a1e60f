"""The demo content command builds the site once and is safe to run again."""

from io import StringIO

import pytest
from cms.models import PageContent
from django.core.management import call_command
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.models import Version

from imp_site.demo_content_data import ACTIVITIES, PAGES, PROJECTS
from projects.models import ContinuousActivity, Project

pytestmark = pytest.mark.django_db


def test_demo_content_has_the_projects_and_activities_of_imp():
    assert Project.objects.published().count() == len(PROJECTS) == 3
    assert ContinuousActivity.objects.published().count() == len(ACTIVITIES) == 12
    for item in [*Project.objects.all(), *ContinuousActivity.objects.all()]:
        assert sorted(item.get_available_languages()) == ["en", "fr", "nl"]


def test_every_demo_page_is_published_in_three_languages():
    published = Version.objects.filter(state=PUBLISHED).values_list("object_id", flat=True)
    contents = PageContent.admin_manager.filter(pk__in=published)

    for spec in PAGES:
        languages = sorted(
            contents.filter(page__reverse_id=spec["key"]).values_list("language", flat=True)
        )
        assert languages == ["en", "fr", "nl"], spec["key"]


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
