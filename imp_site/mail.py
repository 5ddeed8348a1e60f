"""Mail about something the site has already stored (a contact message, a group suggestion, a
committee's review): a mail server that is down must lose nothing and show no error."""

import logging
from collections.abc import Callable

from django.core.mail import EmailMessage

logger = logging.getLogger(__name__)


def send_about_stored(
    make_message: Callable[[], EmailMessage], failure_log: str, *log_args: object
) -> bool:
    """Make the message and send it; whether it went. Any failure on the way (its template, the
    mail server or the connection to it) is logged, never raised, with
    `failure_log` % (*log_args, the error's class name): the caller names what is stored by its
    number only, never by what someone wrote or their address."""
    try:
        make_message().send()
    except Exception as error:  # whatever failed, what the mail is about is stored
        logger.error(failure_log, *log_args, type(error).__name__)
        return False
    return True
