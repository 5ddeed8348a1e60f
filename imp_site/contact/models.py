from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ContactMessageQuerySet(models.QuerySet["ContactMessage"]):
    def unhandled(self) -> "ContactMessageQuerySet":
        return self.filter(is_handled=False)


class ContactMessage(models.Model):
    """A message a visitor sent with the contact form, kept whether or not it could be mailed."""

    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail address"))
    subject = models.CharField(_("subject"), max_length=200)
    message = models.TextField(_("message"), max_length=5000)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    received_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    mailed_at = models.DateTimeField(
        _("forwarded by e-mail"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "Empty when the message could not be mailed: read it here and answer the sender by "
            "e-mail."
        ),
    )
    is_handled = models.BooleanField(
        _("handled"), default=False, help_text=_("Tick when the message has been answered.")
    )

    objects = ContactMessageQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self) -> str:
        return self.subject
