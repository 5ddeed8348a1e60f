"""What happens to a suggestion: stored first, then mailed to the editors; approved (the group
is created) or rejected with a reason, then the suggester is told in their language.

Mails are sent after what they report is stored for good, and a mail that cannot be sent is
logged, never raised: the suggestion and the decision are kept, and editors see in the admin who
was told.
"""

import logging
from datetime import date
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from imp_site.mail import send_about_stored
from imp_site.permissions import permission_name

from .forms import SuggestionForm
from .models import FacebookGroup, GroupSuggestion

logger = logging.getLogger(__name__)

# Who holds a permission is asked of Django's own backend (django-axes' backend grants none).
PERMISSIONS_BACKEND = "django.contrib.auth.backends.ModelBackend"


class SuggestionAlreadyDecided(Exception):
    """Another editor approved or rejected the suggestion first."""


def suggestion_receive(form: SuggestionForm, *, language: str) -> GroupSuggestion:
    """Store the suggestion of a valid form, then tell the editors by e-mail."""
    form.instance.language = language
    suggestion: GroupSuggestion = form.save()
    if _send(_editors_mail(suggestion), what=f"Group suggestion {suggestion.pk}"):
        GroupSuggestion.objects.filter(pk=suggestion.pk).update(editors_told_at=timezone.now())
    return suggestion


def suggestion_approve(
    *, suggestion: GroupSuggestion, group: FacebookGroup, by: object, today: date | None = None
) -> GroupSuggestion:
    """Record that `suggestion` became `group` (saved by the caller in the same transaction);
    the editor looked at the group, so its link counts as checked today."""
    with transaction.atomic():
        decided = _decide(suggestion, GroupSuggestion.Status.APPROVED, by=by)
        decided.group = group
        decided.save(update_fields=["group"])
        if group.link_checked_on is None:
            group.link_checked_on = today or timezone.localdate()
            group.save(update_fields=["link_checked_on"])
    return decided


def suggestion_reject(*, suggestion: GroupSuggestion, reason: str, by: object) -> GroupSuggestion:
    with transaction.atomic():
        decided = _decide(suggestion, GroupSuggestion.Status.REJECTED, by=by)
        decided.rejection_reason = reason
        decided.save(update_fields=["rejection_reason"])
    return decided


def _decide(suggestion: GroupSuggestion, status: str, *, by: object) -> GroupSuggestion:
    """Set the outcome of a pending suggestion (locked, so that two editors cannot both decide)
    and tell the suggester once the decision is committed."""
    locked = GroupSuggestion.objects.select_for_update().get(pk=suggestion.pk)
    if not locked.is_pending():
        raise SuggestionAlreadyDecided
    locked.status = status
    locked.decided_at = timezone.now()
    locked.decided_by = by  # type: ignore[assignment]
    locked.save(update_fields=["status", "decided_at", "decided_by"])
    transaction.on_commit(partial(_tell_suggester, locked.pk))
    return locked


def _tell_suggester(suggestion_pk: int) -> None:
    suggestion = GroupSuggestion.objects.select_related("group").get(pk=suggestion_pk)
    if not suggestion.email:
        return
    if _send(_outcome_mail(suggestion), what=f"The outcome of group suggestion {suggestion.pk}"):
        GroupSuggestion.objects.filter(pk=suggestion.pk).update(suggester_told_at=timezone.now())


def _send(message: EmailMessage | None, *, what: str) -> bool:
    """Send `message`; whether it went. Logs name the suggestion by its number only, never by
    what the visitor wrote or their address."""
    if message is None:
        logger.warning("%s is stored but not mailed: no editor has an e-mail address.", what)
        return False
    return send_about_stored(
        lambda: message,
        "%s is stored but could not be mailed (%s); editors see it in the admin.",
        what,
    )


def editors_addresses() -> list[str]:
    """The addresses of the staff who may review suggestions."""
    users = get_user_model().objects.with_perm(
        permission_name("change", GroupSuggestion), backend=PERMISSIONS_BACKEND
    )
    return sorted(
        set(users.filter(is_staff=True).exclude(email="").values_list("email", flat=True))
    )


def _editors_mail(suggestion: GroupSuggestion) -> EmailMessage | None:
    """The mail to the editors, in the site's main language; answering it answers the
    suggester when they left an address."""
    addresses = editors_addresses()
    if not addresses:
        return None
    with translation.override(settings.LANGUAGE_CODE):
        admin_path = reverse("admin:community_groupsuggestion_change", args=[suggestion.pk])
        subject = gettext("Facebook group suggested: %(name)s") % {"name": suggestion.name}
        body = render_to_string(
            "community/mail/new_suggestion.txt",
            {"suggestion": suggestion, "admin_url": settings.SITE_URL + admin_path},
        )
    return EmailMessage(
        subject=subject,
        body=body,
        bcc=addresses,
        reply_to=[suggestion.email] if suggestion.email else None,
    )


def _outcome_mail(suggestion: GroupSuggestion) -> EmailMessage:
    """The mail to the suggester, in the language they used on the site."""
    with translation.override(suggestion.language):
        if suggestion.status == GroupSuggestion.Status.APPROVED:
            subject = gettext("%(name)s is now in our directory") % {"name": suggestion.name}
            template = "community/mail/suggestion_approved.txt"
        else:
            subject = gettext("Your suggestion of %(name)s") % {"name": suggestion.name}
            template = "community/mail/suggestion_rejected.txt"
        body = render_to_string(
            template,
            {"suggestion": suggestion, "directory_url": directory_url(suggestion.language)},
        )
    return EmailMessage(subject=subject, body=body, to=[suggestion.email])


def directory_url(language: str) -> str:
    """The directory's absolute address in `language` (the home page while no page shows it)."""
    with translation.override(language):
        try:
            path = reverse("community:group_list")
        except NoReverseMatch:
            path = f"/{language}/"
    return settings.SITE_URL + path
