"""Demo content, described by data files that each app keeps beside its code.

Every installed app may have, found by these names as the admin finds `admin.py` (so this package
imports no section app):
- `demo_data/pages.yaml`: the CMS pages it owns (format in pages.py);
- `demo_content.py` with a function `load(build)`: creates the app's own records from its data
  files, and may add its plugins to pages of the other apps.

Every step creates only what is missing, so running it again changes nothing and keeps what
editors changed since. The records come first and the pages last, so a page can show records of
any app.
"""

import secrets
from dataclasses import dataclass, field
from importlib import import_module
from types import ModuleType

from django.apps import AppConfig, apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser, Group
from django.contrib.sites.models import Site
from django.db import transaction
from django.utils.module_loading import module_has_submodule

from .data_files import read_demo_data
from .groups import all_group_specs, ensure_groups
from .items import ensure_translated_items
from .pages import PageBuilder, all_page_specs

__all__ = [
    "ADMIN_USERNAME",
    "EDITOR_USERNAME",
    "EDITORS_GROUP",
    "DemoBuild",
    "all_group_specs",
    "DemoLogin",
    "all_page_specs",
    "ensure_translated_items",
    "load_demo_content",
    "read_demo_data",
]

ADMIN_USERNAME = "admin"
# A board editor's account, in the group (demo_data/account_groups.yaml) that sees only what
# it edits.
EDITOR_USERNAME = "editor"
EDITORS_GROUP = "Editors"


@dataclass(frozen=True)
class DemoLogin:
    """A demo account an app made, for the report printed at the end of `make run`."""

    who: str  # what the account is for, such as "Registry: a parent with two children"
    login: str  # the username or e-mail address to log in with
    password: str | None  # None: set when the account was made, not known any more
    url: str  # the path of the login page
    notes: tuple[str, ...] = ()  # more lines to print, such as an authenticator app's key


@dataclass
class DemoBuild:
    """What every app's loader gets: the account that makes the content, the pages to build and
    the lists of what was created and of the demo logins, for the report."""

    admin: AbstractUser
    pages: PageBuilder
    created: list[str] = field(default_factory=list)
    logins: list[DemoLogin] = field(default_factory=list)


@dataclass
class DemoReport:
    created: list[str]
    admin_password: str | None
    editor_password: str | None = None
    logins: list[DemoLogin] = field(default_factory=list)


@transaction.atomic
def load_demo_content(
    *, admin_password: str | None = None, editor_password: str | None = None
) -> DemoReport:
    admin, created_admin, admin_password = _ensure_account(
        ADMIN_USERNAME, admin_password, is_superuser=True
    )
    build = DemoBuild(admin=admin, pages=PageBuilder(admin))
    if created_admin:
        build.created.append(f"admin account '{ADMIN_USERNAME}'")
    build.created += ensure_groups(all_group_specs())
    editor, created_editor, editor_password = _ensure_account(EDITOR_USERNAME, editor_password)
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
    if created_editor:
        build.created.append(f"editor account '{EDITOR_USERNAME}'")
    _name_the_site()
    for app_config in apps.get_app_configs():
        module = _demo_module(app_config)
        if module is not None:
            module.load(build)
    build.created += build.pages.create_missing(all_page_specs())
    return DemoReport(
        created=build.created,
        admin_password=admin_password,
        editor_password=editor_password,
        logins=build.logins,
    )


def _demo_module(app_config: AppConfig) -> ModuleType | None:
    if not module_has_submodule(app_config.module, "demo_content"):
        return None
    return import_module(f"{app_config.name}.demo_content")


def _ensure_account(
    username: str, password: str | None, *, is_superuser: bool = False
) -> tuple[AbstractUser, bool, str | None]:
    """A staff account with `password` (generated for a new account when none is given; an
    existing account keeps its own). Returns the password set, if any."""
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={
            "email": f"{username}@example.org",
            "is_staff": True,
            "is_superuser": is_superuser,
        },
    )
    if created and not password:
        password = secrets.token_urlsafe(12)
    if password:
        user.set_password(password)
        user.save()
    return user, created, password


def _name_the_site() -> None:
    """The CMS shows the site's name in its toolbar; Django starts with "example.com"."""
    Site.objects.filter(pk=settings.SITE_ID, domain="example.com").update(
        domain="127.0.0.1:8000", name="International Mito Patients"
    )
