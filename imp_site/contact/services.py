"""What happens to a message: stored first, then mailed, so that a mail failure loses nothing."""

import logging
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from imp_site.mail import send_about_stored

from .forms import ContactForm
from .models import ContactMessage

logger = logging.getLogger(__name__)


def receive_contact_message(form: ContactForm, *, language: str) -> ContactMessage:
    """Store the message of a valid form, then try to mail it to the board."""
    form.instance.language = language
    message = form.save()
    if forward_to_board(message):
        ContactMessage.objects.filter(pk=message.pk).update(mailed_at=timezone.now())
    return message


def forward_to_board(message: ContactMessage) -> bool:
    """Mail the message to CONTACT_EMAIL; whether it went. A failure is logged, never raised: the
    message is stored and the visitor is thanked all the same. Logs name the message by its
    number only, never by what it says or who sent it."""
    if not settings.CONTACT_EMAIL:
        logger.warning(
            "Contact message %s is stored but not mailed: CONTACT_EMAIL is not set.", message.pk
        )
        return False
    return send_about_stored(
        partial(_board_mail, message),
        "Contact message %s is stored but could not be mailed (%s); editors can read it in "
        "the admin.",
        message.pk,
    )


def _board_mail(message: ContactMessage) -> EmailMessage:
    """The mail to the board, in the site's main language; answering it answers the visitor."""
    with translation.override(settings.LANGUAGE_CODE):
        admin_path = reverse("admin:imp_site_contactmessage_change", args=[message.pk])
        subject = gettext("Contact form: %(subject)s") % {"subject": message.subject}
        body = render_to_string(
            "imp_site/contact/message_mail.txt",
            {"message": message, "admin_url": settings.SITE_URL + admin_path},
        )
    return EmailMessage(
        subject=subject, body=body, to=[settings.CONTACT_EMAIL], reply_to=[message.email]
    )
