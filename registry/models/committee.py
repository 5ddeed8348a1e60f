"""The committee's accounts as the registry administrators see them in the admin: only the
members of the committee's group, never the participants' accounts and their addresses, nor a
superuser's account (which a registry administrator must not be able to switch off)."""

from typing import Any

from django.contrib.auth.models import User, UserManager
from django.utils.translation import gettext_lazy as _

from ..roles import COMMITTEE_GROUP


class CommitteeAccountManager(UserManager[Any]):
    def get_queryset(self) -> Any:
        return super().get_queryset().filter(groups__name=COMMITTEE_GROUP, is_superuser=False)


class CommitteeAccount(User):
    objects = CommitteeAccountManager()  # type: ignore[misc]

    class Meta:
        proxy = True
        verbose_name = _("committee account")
        verbose_name_plural = _("committee accounts")
        ordering = ["email"]

    def __str__(self) -> str:
        return self.email
