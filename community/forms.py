from typing import Any

from django import forms
from django.forms import BoundField
from django.utils.translation import gettext_lazy as _

from .facebook_links import normalise_group_url
from .models import (
    GENERAL,
    Disorder,
    FacebookGroup,
    FacebookGroupQuerySet,
    GroupSuggestion,
    Language,
    OrganiserType,
)

# The trap for bots, as on the contact form: a field people never see and scripts fill in.
TRAP_FIELD = "website"


class SuggestionForm(forms.ModelForm):
    website = forms.CharField(
        required=False,
        label=_("Please leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    url = forms.CharField(
        label=_("Link to the group"),
        help_text=_("Copy it from your browser: https://www.facebook.com/groups/..."),
        widget=forms.URLInput(attrs={"spellcheck": "false", "autocomplete": "url"}),
        error_messages={"required": _("Please give the link to the group on Facebook.")},
    )

    class Meta:
        model = GroupSuggestion
        fields = ["url", "name", "group_language", "focus", "note", "email"]
        labels = {
            "name": _("Name of the group"),
            "group_language": _("Language of the group"),
            "focus": _("What is the group about?"),
            "note": _("Anything we should know (optional)"),
            "email": _("Your e-mail address (optional)"),
        }
        help_texts = {
            "group_language": _("The language most members write in."),
            "note": _(
                "For example: who runs the group, who it is for, or which disorder if it is not "
                "in the list. Please write nothing about your own health."
            ),
            "email": _("Only if you would like to hear whether we add the group."),
        }
        widgets = {
            "note": forms.Textarea(attrs={"rows": 5}),
            "email": forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        }
        error_messages = {
            "name": {"required": _("Please give the name of the group.")},
            "group_language": {"required": _("Please choose the language of the group.")},
            "email": {
                "invalid": _(
                    "Please enter a complete e-mail address, with an @ sign and a domain name "
                    "such as example.org, or leave the field empty."
                )
            },
            "note": {
                "max_length": _(
                    "Please shorten your note to %(limit_value)d characters or fewer. It now "
                    "has %(show_value)d."
                )
            },
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "suggestion-%s")
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        language_field = self.fields["group_language"]
        language_field.choices = [("", _("Choose a language"))] + [  # type: ignore[attr-defined]
            (language.pk, str(language))
            for language in Language.in_name_order(Language.objects.all())
        ]
        focus_field = self.fields["focus"]
        focus_field.choices = [("", _("Mitochondrial disease in general"))] + [  # type: ignore[attr-defined]
            (disorder.pk, str(disorder))
            for disorder in Disorder.in_name_order(
                Disorder.objects.prefetch_related("translations")
            )
        ]
        # A long note is refused with how much to shorten it, not cut short by the browser.
        self.fields["note"].widget.attrs.pop("maxlength", None)

    @property
    def visible_fields_in_order(self) -> list[BoundField]:
        return [self[name] for name in self._meta.fields or []]

    def is_from_a_bot(self) -> bool:
        return bool(self.data.get(TRAP_FIELD, "").strip())

    def clean_url(self) -> str:
        url = normalise_group_url(self.cleaned_data["url"])
        _refuse_a_group_we_know(url)
        return url

    def clean_name(self) -> str:
        return " ".join(self.cleaned_data["name"].split())


def _refuse_a_group_we_know(url: str) -> None:
    """A group already in the directory, or already waiting for review, is said so."""
    group = FacebookGroup.objects.filter(url=url).first()
    if group is not None and group.is_listed:
        raise forms.ValidationError(
            _("%(name)s is already in our directory. Thank you all the same!"),
            code="listed",
            params={"name": group.name},
        )
    if group is not None:
        raise forms.ValidationError(
            _("We already know this group: our editors have decided not to list it for now."),
            code="known",
        )
    if GroupSuggestion.objects.pending().filter(url=url).exists():
        raise forms.ValidationError(
            _(
                "Someone has already suggested this group and our editors will look at it soon. "
                "Thank you all the same!"
            ),
            code="pending",
        )


class DirectoryFilterForm(forms.Form):
    """The directory's filters, sent as a plain GET form; each one left empty means any. The
    choices are what the listed groups have, so that no choice leads to an empty list alone."""

    # Not "language": django CMS reads that parameter as the language to show the page in.
    group_language = forms.ModelChoiceField(
        queryset=Language.objects.none(),
        required=False,
        to_field_name="code",
        label=_("Language of the group"),
        empty_label=_("Any language"),
    )
    focus = forms.ChoiceField(label=_("About"), required=False)
    organiser = forms.ChoiceField(
        label=_("Run by"),
        required=False,
        choices=[("", _("Anyone")), *OrganiserType.choices],
    )

    def __init__(self, data: Any, *, groups: FacebookGroupQuerySet) -> None:
        super().__init__(data, auto_id="filter-%s", label_suffix="")
        languages = Language.objects.filter(groups__in=groups).distinct()
        language_field = self.fields["group_language"]
        language_field.queryset = languages  # type: ignore[attr-defined]
        language_field.choices = [("", _("Any language"))] + [  # type: ignore[attr-defined]
            (language.code, str(language)) for language in Language.in_name_order(languages)
        ]
        disorders = Disorder.objects.filter(groups__in=groups).distinct()
        self.disorders = {
            disorder.slug: disorder
            for disorder in Disorder.in_name_order(disorders.prefetch_related("translations"))
        }
        self.fields["focus"].choices = [  # type: ignore[attr-defined]
            ("", _("Any subject")),
            (GENERAL, _("Mitochondrial disease in general")),
            *((slug, str(disorder)) for slug, disorder in self.disorders.items()),
        ]

    def filters(self) -> dict[str, Any]:
        """Keyword arguments for FacebookGroupQuerySet.filtered(), from the valid choices."""
        data = self.cleaned_data if self.is_bound else {}
        focus = data.get("focus", "")
        return {
            "language": data.get("group_language"),
            "focus": self.disorders.get(focus, focus or None),
            "organiser": data.get("organiser", ""),
        }

    def is_filtering(self) -> bool:
        return any(self.filters().values())


class RejectionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 5, "cols": 80}),
        help_text=_(
            "The suggester reads it, if they left an e-mail address: write it in the language "
            "of their suggestion, kindly."
        ),
    )
