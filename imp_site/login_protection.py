"""Limits on guessing passwords, and how long a staff login lasts.

django-axes records every failed login. Three rules are checked, each with its own limit and
lockout (LOGIN_LOCKOUT_RULES in the settings): one username from one address (the usual typo
case, 30 minutes), one address trying many usernames, and one username tried from many
addresses. The last is short on purpose: anyone can trigger it against a known username, and it
must not keep that person out for long.
"""

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.db.models import Sum
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils import timezone


@dataclass(frozen=True)
class LockoutRule:
    parameters: tuple[str, ...]
    failure_limit: int
    lockout: timedelta


def lockout_rules() -> list[LockoutRule]:
    return [
        LockoutRule(tuple(rule["parameters"]), rule["failures"], timedelta(minutes=rule["minutes"]))
        for rule in settings.LOGIN_LOCKOUT_RULES
    ]


class TieredLockoutHandler(AxesDatabaseHandler):
    """django-axes' database handler, with a limit and a lockout per rule instead of one for all.

    AXES_LOCKOUT_PARAMETERS lists the rules' parameters in the same order, so axes records and
    filters attempts for each; this decides, rule by rule, whether the request is locked."""

    def is_locked(self, request: HttpRequest, credentials: dict[str, Any] | None = None) -> bool:
        attempts_per_rule = self.filter_user_attempts(request, credentials)
        now = timezone.now()
        return any(
            _failures_since(attempts, now - rule.lockout) >= rule.failure_limit
            for attempts, rule in zip(attempts_per_rule, lockout_rules(), strict=True)
        )


def _failures_since(attempts: Any, since: Any) -> int:
    total = attempts.filter(attempt_time__gte=since).aggregate(Sum("failures_since_start"))
    return int(total["failures_since_start__sum"] or 0)


@receiver(user_logged_in, dispatch_uid="imp-staff-session-length")
def end_staff_sessions_after_a_working_day(
    sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any
) -> None:
    """Staff can change the whole site: their login lasts a working day, not the 14 days of
    everyone else's, so a forgotten session on a shared computer closes by itself."""
    if request is not None and user.is_staff:
        request.session.set_expiry(settings.STAFF_SESSION_SECONDS)
