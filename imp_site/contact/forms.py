from typing import Any

from django import forms
from django.forms import BoundField
from django.utils.translation import gettext_lazy as _

from .models import ContactMessage

# The trap for bots: a field people never see (it is off screen, hidden from screen readers and
# out of the tab order) and scripts fill in, under a name that sounds worth filling in.
TRAP_FIELD = "website"


class ContactForm(forms.ModelForm):
    website = forms.CharField(
        required=False,
        label=_("Please leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = ContactMessage
        fields = ["name", "email", "subject", "message"]
        labels = {
            "name": _("Your name"),
            "email": _("Your e-mail address"),
            "subject": _("Subject"),
            "message": _("Your message"),
        }
        help_texts = {
            "email": _("We use it only to answer you."),
            "message": _(
                "Please do not send medical records: IMP cannot give medical advice about your "
                "own situation."
            ),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
            "message": forms.Textarea(attrs={"rows": 8}),
        }
        error_messages = {
            "name": {"required": _("Please enter your name.")},
            "email": {
                "required": _("Please enter your e-mail address, so that we can answer you."),
                "invalid": _(
                    "Please enter a complete e-mail address, with an @ sign and a domain name "
                    "such as example.org."
                ),
            },
            "subject": {"required": _("Please write in a few words what your message is about.")},
            "message": {
                "required": _("Please write your message."),
                "max_length": _(
                    "Please shorten your message to %(limit_value)d characters or fewer. It now "
                    "has %(show_value)d."
                ),
            },
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Ids of their own: the form shares its page with other forms.
        kwargs.setdefault("auto_id", "contact-%s")
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        # A browser would cut a long pasted message short without a word; the error says how
        # much to shorten it instead.
        self.fields["message"].widget.attrs.pop("maxlength", None)

    @property
    def message_fields(self) -> list[BoundField]:
        """The fields people fill in, without the trap."""
        return [self[name] for name in self._meta.fields or []]

    def is_from_a_bot(self) -> bool:
        return bool(self.data.get(TRAP_FIELD, "").strip())

    def clean_name(self) -> str:
        return _on_one_line(self.cleaned_data["name"])

    def clean_subject(self) -> str:
        # The subject goes into the mail's Subject header, which must be a single line.
        return _on_one_line(self.cleaned_data["subject"])


def _on_one_line(text: str) -> str:
    return " ".join(text.split())
