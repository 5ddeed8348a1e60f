"""Forms of the editors' side of the drug list (the admin)."""

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from imp_site.translated_admin import side_by_side_form

from .models import Condition, Drug, Entry, Revision, validate_drug_slug

MAX_IMPORT_BYTES = 5 * 1024 * 1024


class EntryAdminForm(side_by_side_form(Entry)):  # type: ignore[misc]
    """An entry with its texts side by side; its permanent address is typed as a slug, and the
    drug behind it is found or made from that."""

    drug_slug = forms.SlugField(
        validators=[validate_drug_slug],
        label=_("Permanent address"),
        max_length=120,
        help_text=_(
            "The last part of the entry's address, the same in every revision, such as "
            "valproic-acid. Keep it when you edit an entry: its history depends on it."
        ),
    )

    # The admin cannot show a many-to-many field with its own link model (EntryCondition,
    # which guards published entries), so the conditions are a field of the form.
    concerned_conditions = forms.ModelMultipleChoiceField(
        label=_("Conditions"),
        queryset=Condition.objects.order_by("code"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Genes or syndromes the advice depends on."),
    )

    class Meta:
        model = Entry
        exclude = ["drug", "conditions"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial.setdefault("drug_slug", self.instance.drug.slug)
            self.initial.setdefault("concerned_conditions", list(self.instance.conditions.all()))
        if "revision" in self.fields:
            self.fields["revision"].queryset = Revision.objects.drafts()

    def clean(self) -> dict[str, Any]:
        cleaned_data = super().clean()
        revision, slug = cleaned_data.get("revision"), cleaned_data.get("drug_slug")
        if revision and slug:
            others = Entry.objects.filter(revision=revision, drug__slug=slug)
            if self.instance.pk:
                others = others.exclude(pk=self.instance.pk)
            if others.exists():
                self.add_error(
                    "drug_slug", _("This revision already has an entry with this address.")
                )
        return cleaned_data

    def save(self, commit: bool = True) -> Entry:
        self.instance.drug, _created = Drug.objects.get_or_create(
            slug=self.cleaned_data["drug_slug"]
        )
        entry: Entry = super().save(commit=commit)
        return entry

    def _save_m2m(self) -> None:
        super()._save_m2m()
        self.instance.conditions.set(self.cleaned_data["concerned_conditions"])


class StartDraftForm(forms.Form):
    label = forms.SlugField(
        label=_("Label of the new revision"),
        max_length=20,
        help_text=_("Year and half-year, such as 2026-2."),
    )

    def clean_label(self) -> str:
        label: str = self.cleaned_data["label"]
        if Revision.objects.filter(label=label).exists():
            raise forms.ValidationError(_("A revision with this label exists already."))
        return label


class ImportEntriesForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "In the format of the CSV download: one row per entry, the texts of each language "
            "in their own columns. It replaces every entry of this draft."
        ),
    )

    def clean_file(self) -> str:
        upload: UploadedFile = self.cleaned_data["file"]
        if upload.size and upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(
                _("The file is not UTF-8 text. Save it as CSV UTF-8 and try again.")
            ) from error
