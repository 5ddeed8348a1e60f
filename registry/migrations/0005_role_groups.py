# The registry's two staff roles as groups, in every database: production needs them as much as
# the demo, and a group missing or holding other permissions would open or close registry data.
# So they are made here rather than by load_demo_content's account_groups.yaml, which only
# adds permissions for the demo's editors. The lists are frozen here, as a migration must be;
# tests/registry/test_role_groups.py checks them against registry/roles.py.

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = {
    "Registry committee": ["review_entries"],
    "Registry administrators": [
        "administer_registry",
        "view_consentversion",
        "add_consentversion",
        "change_consentversion",
        "delete_consentversion",
        "view_committeeaccount",
        "add_committeeaccount",
        "change_committeeaccount",
    ],
}


def create_groups(apps, schema_editor):
    # Permissions are normally made after all migrations; these groups need them now.
    registry = apps.get_app_config("registry")
    registry.models_module = True
    create_permissions(registry, apps=apps, verbosity=0, using=schema_editor.connection.alias)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        permissions = Permission.objects.filter(
            content_type__app_label="registry", codename__in=codenames
        )
        group.permissions.add(*permissions)


def delete_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("registry", "0004_committeeaccount"),
    ]

    operations = [migrations.RunPython(create_groups, delete_groups)]
