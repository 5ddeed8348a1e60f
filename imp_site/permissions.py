"""Whether a user may act on a kind of item, with permission names spelled as Django spells them."""

from django.contrib.auth import get_permission_codename
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser, PermissionsMixin
from django.db.models import Model


def permission_name(action: str, model: type[Model]) -> str:
    """ "projects.change_project" for ("change", Project)."""
    opts = model._meta
    return f"{opts.app_label}.{get_permission_codename(action, opts)}"


def user_may(user: AbstractBaseUser | AnonymousUser, action: str, model: type[Model]) -> bool:
    """Whether `user` holds the permission to `action` ("add", "change", ...) rows of `model`."""
    if not isinstance(user, PermissionsMixin | AnonymousUser):
        return False  # a user model without permissions grants none
    return user.has_perm(permission_name(action, model))
