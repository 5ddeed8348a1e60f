"""The demo content gives the site an Editors group, from each app's
demo_data/account_groups.yaml, and a board editor's account in it."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from filer.models import Folder, FolderPermission

from imp_site.demo import ensure_groups

pytestmark = pytest.mark.django_db


def test_the_demo_editor_is_staff_in_the_editors_group_and_no_superuser(editor):
    assert editor.is_staff
    assert not editor.is_superuser
    assert list(editor.groups.values_list("name", flat=True)) == ["Editors"]


def test_editors_may_change_and_publish_pages_aliases_projects_and_files(editor):
    for permission in (
        "cms.change_page",
        "cms.publish_page",
        "djangocms_alias.change_aliascontent",
        "projects.change_project",
        "filer.add_image",
    ):
        assert editor.has_perm(permission), permission


def test_editors_may_not_manage_accounts_or_site_settings(editor):
    for permission in ("auth.change_user", "auth.change_group", "sites.change_site"):
        assert not editor.has_perm(permission), permission


def test_editors_may_use_the_images_folder_and_all_in_it():
    rights = FolderPermission.objects.get(
        folder=Folder.objects.get(parent=None, name="Images"), group__name="Editors"
    )

    assert rights.type == FolderPermission.ALL
    assert (rights.can_read, rights.can_edit, rights.can_add_children) == (
        FolderPermission.ALLOW,
    ) * 3


def test_it_prints_the_editor_login_with_the_given_password(monkeypatch, editor):
    monkeypatch.setenv("DEMO_EDITOR_PASSWORD", "a-chosen-editor-password")
    output = StringIO()

    call_command("load_demo_content", stdout=output)

    assert "user:     editor" in output.getvalue()
    assert "a-chosen-editor-password" in output.getvalue()
    editor.refresh_from_db()
    assert editor.check_password("a-chosen-editor-password")


def test_running_it_again_keeps_what_an_administrator_granted_since():
    editors = Group.objects.get(name="Editors")
    extra = Permission.objects.get(codename="delete_page")
    editors.permissions.add(extra)

    call_command("load_demo_content", stdout=StringIO())

    assert editors.permissions.filter(pk=extra.pk).exists()


def test_an_unknown_permission_in_a_data_file_is_reported_and_nothing_is_created():
    with pytest.raises(ImproperlyConfigured, match="cms.fly_page"):
        ensure_groups({"Pilots": {"permissions": ["cms.change_page", "cms.fly_page"]}})

    assert not Group.objects.filter(name="Pilots").exists()
