"""The mail that tells a participant (or the account acting for them) that the committee
reviewed their entry: in the language they last read the consent in, with the decision and a
link to their page, never a data value nor the reason (which may speak of their health: they
read it on their page, after logging in). The one place of the committee's code that reads an
address, and it never shows it to the committee."""

from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext

from imp_site.mail import send_about_stored

from ..models import EntryReview, Participant


def tell_participant(review_pk: int) -> bool:
    """Mail the participant about this review; whether it went. Failures are logged by the
    review's number only."""
    review = EntryReview.objects.select_related("participant__identity", "participant__account")
    found = review.filter(pk=review_pk).first()
    if found is None:  # erased in between
        return False
    return send_about_stored(
        partial(_review_mail, found),
        "Review %s is stored but its mail could not be sent (%s); the participant reads it on "
        "their page.",
        review_pk,
    )


def _review_mail(review: EntryReview) -> EmailMessage:
    participant = review.participant
    language = _language_of(participant)
    with translation.override(language):
        subject = gettext("The steering committee has looked at the registry entry")
        body = render_to_string(
            "registry/mail/review_message.txt",
            {"review": review, "participant_url": _participant_url(participant)},
        )
    return EmailMessage(subject=subject, body=body, to=[_address_of(participant)])


def _language_of(participant: Participant) -> str:
    """The language of their latest consent record, else the site's."""
    record = participant.consent_records.latest_first().only("language").first()
    languages = {code for code, _name in settings.LANGUAGES}
    if record is not None and record.language in languages:
        return record.language
    return str(settings.LANGUAGE_CODE)


def _address_of(participant: Participant) -> str:
    identity = getattr(participant, "identity", None)
    return (identity.contact_email if identity else "") or participant.account.email


def _participant_url(participant: Participant) -> str:
    try:
        path = reverse("registry:participant", kwargs={"participant_id": participant.pk})
    except NoReverseMatch:  # no page holds the registry's apphook
        path = "/"
    return settings.SITE_URL + path
