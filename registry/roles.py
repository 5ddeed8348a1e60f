"""Who an account is to the registry besides a participant.

Two roles, each a permission on the registry entry (models/entries.py) that the admin grants
through groups: a member of the steering committee reviews consented entries; a registry
administrator manages consent versions and committee accounts. Both must use a second factor
before they reach any registry data. Every check of these roles goes through this module.
"""

from typing import Any

REVIEW_PERMISSION = "registry.review_entries"
ADMINISTER_PERMISSION = "registry.administer_registry"


def is_committee_member(user: Any) -> bool:
    return bool(user.is_authenticated and user.has_perm(REVIEW_PERMISSION))


def is_registry_administrator(user: Any) -> bool:
    return bool(user.is_authenticated and user.has_perm(ADMINISTER_PERMISSION))


def needs_second_factor(user: Any) -> bool:
    """True for the accounts that must use two-factor authentication before registry data."""
    return is_committee_member(user) or is_registry_administrator(user)


# The groups that hold these permissions, made by a migration (role_groups) in every
# database: production needs them as much as the demo.
COMMITTEE_GROUP = "Registry committee"
ADMINISTRATORS_GROUP = "Registry administrators"
