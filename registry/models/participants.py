"""The people in the registry (Participant), the account that manages each, and their identity,
which is kept apart from the research data (Identity)."""

import secrets
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..vocabularies import Capacity

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

# Crockford's base 32: no I, L, O or U, so a pseudonym read aloud or copied by hand is not
# mistaken for another.
PSEUDONYM_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_pseudonym() -> str:
    """A random pseudonym (50 bits), derived from nothing about the person: "IMP-7KQ2M-X9D4R"."""
    characters = "".join(secrets.choice(PSEUDONYM_ALPHABET) for _ in range(10))
    return f"IMP-{characters[:5]}-{characters[5:]}"


class ParticipantQuerySet(models.QuerySet["Participant"]):
    def managed_by(self, user: "AbstractBaseUser | AnonymousUser") -> "ParticipantQuerySet":
        """The participants this account registered; none for anyone not logged in."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(account_id=user.pk)

    def with_current_consent(self) -> "ParticipantQuerySet":
        """Each participant annotated with the state of their consent (registry/consent.py)."""
        from ..consent import annotate_current_consent

        return annotate_current_consent(self, participant_path="")

    def consent_active(self) -> "ParticipantQuerySet":
        """Participants whose latest consent is in force: given, not withdrawn, and no version
        requiring re-consent has taken effect since."""
        from ..consent import active_consent_filter

        return self.with_current_consent().filter(active_consent_filter())

    def research_use_active(self) -> "ParticipantQuerySet":
        """Participants whose consent in force includes use by approved researchers (HMB)."""
        return self.consent_active().filter(Q(consent_research_use=True))


class Participant(models.Model):
    """A person registered in the registry, by themselves or by a parent, guardian or legal
    representative. The pseudonym is what researchers and the committee know them by."""

    pseudonym = models.CharField(
        _("pseudonym"), max_length=20, unique=True, default=new_pseudonym, editable=False
    )
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        related_name="registry_participants",
        # Only the erasure service removes a participant (it then deletes an account left
        # without participants); deleting the account alone must not take the ledger with it.
        on_delete=models.PROTECT,
    )
    capacity = models.CharField(
        _("the account acts as"), max_length=30, choices=Capacity.choices, default=Capacity.SELF
    )
    registered_at = models.DateTimeField(_("registered"), default=timezone.now, editable=False)

    objects = ParticipantQuerySet.as_manager()

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["registered_at", "pk"]
        constraints = [
            # A person registers themselves once; a parent may register several children.
            models.UniqueConstraint(
                fields=["account"],
                condition=Q(capacity=Capacity.SELF),
                name="registry_one_self_participant_per_account",
            ),
        ]

    def __str__(self) -> str:
        return self.pseudonym

    @property
    def is_proxy(self) -> bool:
        return self.capacity != Capacity.SELF

    @property
    def audit_role(self) -> str:
        from .audit import AuditRole

        return AuditRole.PROXY if self.is_proxy else AuditRole.PARTICIPANT


class Identity(models.Model):
    """Who the participant is and how to reach them: stored apart from the research data, and
    never part of what the committee sees (part 2)."""

    participant = models.OneToOneField(
        Participant, on_delete=models.CASCADE, related_name="identity"
    )
    full_name = models.CharField(_("full name"), max_length=200)
    representative_name = models.CharField(
        _("name of the parent, guardian or representative"), max_length=200, blank=True
    )
    phone = models.CharField(_("telephone number"), max_length=40, blank=True)
    contact_email = models.EmailField(_("e-mail address for the registry"), blank=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("identity")
        verbose_name_plural = _("identities")

    def __str__(self) -> str:
        return str(_("Identity of a participant"))

    def as_data(self) -> dict[str, Any]:
        return {
            "full_name": self.full_name,
            "representative_name": self.representative_name,
            "phone": self.phone,
            "contact_email": self.contact_email,
        }
