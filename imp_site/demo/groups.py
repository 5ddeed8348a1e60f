"""Groups of accounts and what their members may do, from each app's demo_data/account_groups.yaml:

    Editors:                    # the group's name
      permissions:              # Django permissions, as "app_label.codename"
        - cms.change_page
      file_folders:             # optional: folders of the file library (at its root) that the
        - Images                # members may open, change and upload files to

Each app lists the permissions on its own models, so a later section adds its own file and the
group gets the union. Missing groups, permissions and folders are added; nothing is taken away,
so what an administrator granted since stays.
"""

from collections import defaultdict
from typing import Any

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ImproperlyConfigured
from filer.models import Folder, FolderPermission

from .data_files import demo_data_path, read_yaml

GroupSpec = dict[str, list[str]]


def all_group_specs() -> dict[str, GroupSpec]:
    """Every group that an app's demo_data/account_groups.yaml names, with what all of them list."""
    merged: dict[str, GroupSpec] = defaultdict(lambda: defaultdict(list))
    for app_config in apps.get_app_configs():
        path = demo_data_path(app_config, "account_groups.yaml")
        if path.is_file():
            for name, spec in read_yaml(path).items():
                for key, values in spec.items():
                    merged[name][key] += values
    return {name: dict(spec) for name, spec in merged.items()}


def ensure_groups(specs: dict[str, GroupSpec]) -> list[str]:
    """Create the missing groups and give each what its spec lists; return what was created."""
    created = []
    for name, spec in specs.items():
        permissions = _permissions(spec.get("permissions", []))
        group, is_new = Group.objects.get_or_create(name=name)
        if is_new:
            created.append(f"group '{name}'")
        group.permissions.add(*permissions)
        for folder_name in spec.get("file_folders", []):
            _let_group_use_folder(group, folder_name)
    return created


def _permissions(names: list[str]) -> list[Permission]:
    """The permissions named "app_label.codename"; a name that matches none is a mistake in the
    data file, reported rather than skipped."""
    found = []
    for name in names:
        app_label, _dot, codename = name.partition(".")
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is None:
            raise ImproperlyConfigured(f"account_groups.yaml names an unknown permission: {name!r}")
        found.append(permission)
    return found


def _let_group_use_folder(group: Group, folder_name: str) -> None:
    """Members may open, change and upload to the folder and everything in it (these rights
    count when filer checks folder permissions, FILER_ENABLE_PERMISSIONS)."""
    folder, _created = Folder.objects.get_or_create(parent=None, name=folder_name)
    rights: dict[str, Any] = {
        "can_read": FolderPermission.ALLOW,
        "can_edit": FolderPermission.ALLOW,
        "can_add_children": FolderPermission.ALLOW,
    }
    FolderPermission.objects.get_or_create(
        folder=folder, group=group, type=FolderPermission.ALL, defaults=rights
    )
