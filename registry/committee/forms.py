"""The committee's two forms: a decision on an entry, and the filter of an export."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..forms import RegistryForm
from ..models import ReviewDecision

REASON_MAX_LENGTH = 2000


class ReviewForm(RegistryForm):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=ReviewDecision.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose a decision.")},
    )
    reason = forms.CharField(
        label=_("Reason"),
        help_text=_(
            "The participant reads it on their page. Say what is missing or why; do not repeat "
            "their answers."
        ),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Please give the reason for this decision.")},
    )

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Please give the reason for this decision."))
        return reason


class ExportForm(RegistryForm):
    industry_sharing_only = forms.BooleanField(
        label=_("Only participants who agreed to sharing with industry"),
        help_text=_(
            "For a release to a company. Without it, the file is for non-commercial research only."
        ),
        required=False,
    )
