"""Shared test setup: the demo site is built once per test database, and a fixed cast of users.

Each test runs in a transaction that is rolled back, so the demo content built in
django_db_setup is there, unchanged, for every test.
"""

import pytest
from cms.models import Page
from cms.utils.apphook_reload import reload_urlconf
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.core.management import call_command

LANGUAGES = ["en", "fr", "nl"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
        reload_urlconf()


@pytest.fixture(autouse=True)
def fresh_caches():
    """Page, placeholder, menu and permission caches outlive a test's rolled-back transaction;
    every test starts without them."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editor(django_user_model):
    """A board editor: staff, may change pages, projects and activities, not a superuser."""
    user = django_user_model.objects.create_user("editor", password="editor-pass", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label__in=["projects", "cms"],
            codename__regex=r"^(add|change|view|delete)_",
        )
    )
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def anonymous(client):
    return client


def page_url(reverse_id, language):
    return Page.objects.get(reverse_id=reverse_id).get_absolute_url(language)
