"""Shared test setup: the demo site and a fixed cast of users, built once per test database.

Each test runs in a transaction that is rolled back, so what django_db_setup built is there,
unchanged, for every test. The cast (later sections add theirs):
- `visitor`: a browser with nobody logged in;
- `editor`: a board editor, the demo content's account in the Editors group (pages, aliases,
  projects, activities, files);
- `staff_without_rights`: staff, but with no permission at all;
- `member`: logged in, not staff (a registry participant, later).
"""

import pytest
from cms.models import Page
from cms.utils.apphook_reload import reload_urlconf
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
        reload_urlconf()
        _create_the_cast()


def _create_the_cast():
    """The demo content made `editor`, in its Editors group; the others are the tests' own."""
    users = get_user_model().objects
    users.create_user("staff-without-rights", password="staff-pass", is_staff=True)
    users.create_user("member", password="member-pass")


@pytest.fixture(autouse=True)
def fresh_caches():
    """Page, placeholder, menu and permission caches outlive a test's rolled-back transaction;
    every test starts without them."""
    cache.clear()
    yield
    cache.clear()


def _user(username: str) -> AbstractUser:
    return get_user_model().objects.get(username=username)


def _logged_in(username: str) -> Client:
    client = Client()
    client.force_login(_user(username))
    return client


@pytest.fixture
def visitor(client):
    return client


@pytest.fixture
def editor(db):
    return _user("editor")


@pytest.fixture
def editor_client(editor):
    return _logged_in("editor")


@pytest.fixture
def staff_without_rights(db):
    return _user("staff-without-rights")


@pytest.fixture
def staff_client(staff_without_rights):
    return _logged_in("staff-without-rights")


@pytest.fixture
def member(db):
    return _user("member")


@pytest.fixture
def member_client(member):
    return _logged_in("member")


def page_url(reverse_id: str, language: str) -> str:
    return Page.objects.get(reverse_id=reverse_id).get_absolute_url(language)
