"""The registry's forms. Every message says what to do, next to its field; nothing is saved
unless the whole form is valid (the views call the services only then)."""

from typing import Any, cast

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .models import SECTION_FIELDS, EntrySection
from .variants import normalise_gene, normalise_variant, validate_gene, validate_variant
from .vocabularies import Capacity, DiagnosisStatus, MembershipAnswer, Sex, Symptom, Syndrome

OLDEST_YEAR_OF_BIRTH = 1900
# Numbers typed as text with a numeric keyboard: a number input changes its value when the page
# scrolls under it, and screen readers announce it poorly (GOV.UK's advice for dates).
NUMBER_AS_TEXT = forms.TextInput(
    attrs={"inputmode": "numeric", "autocomplete": "off", "spellcheck": "false", "size": 6}
)
HIGHEST_AGE = 120


class RegistryForm(forms.Form):
    """Labels without a colon; ids of its own, so they never clash with another form's."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("auto_id", "registry-%s")
        super().__init__(*args, **kwargs)

    @property
    def shown_fields(self) -> list[forms.BoundField]:
        return [field for field in self if not field.is_hidden]


def _required(message: Any) -> dict[str, Any]:
    return {"required": message}


class IdentityFields(RegistryForm):
    full_name = forms.CharField(
        label=_("Full name of the person registered"),
        max_length=200,
        error_messages=_required(_("Please enter the full name of the person registered.")),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    representative_name = forms.CharField(
        label=_("Your own name, if you register someone else"),
        help_text=_("As their parent, guardian or legal representative."),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    contact_email = forms.EmailField(
        label=_("Another e-mail address to reach you (optional)"),
        help_text=_("We write to the address you log in with, unless you give another here."),
        required=False,
        error_messages={
            "invalid": _(
                "Please enter a complete e-mail address, with an @ sign and a domain name such "
                "as example.org, or leave this field empty."
            )
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    phone = forms.CharField(
        label=_("Telephone number (optional)"),
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )

    def chosen_capacity(self) -> str:
        """In which capacity the account acts: fixed for a participant already registered
        (IdentityForm), chosen on the form when joining (JoinForm)."""
        raise NotImplementedError

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        capacity = self.chosen_capacity()
        if capacity and capacity != Capacity.SELF and not cleaned.get("representative_name"):
            self.add_error("representative_name", _("Please enter your own name."))
        if capacity == Capacity.SELF:
            cleaned["representative_name"] = ""
        return cleaned

    def identity_values(self) -> dict[str, str]:
        names = ["full_name", "representative_name", "contact_email", "phone"]
        return {name: self.cleaned_data.get(name, "") or "" for name in names}


class IdentityForm(IdentityFields):
    """The name and contact details of a participant already registered."""

    def __init__(self, *args: Any, capacity: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.capacity = capacity
        if capacity == Capacity.SELF:
            del self.fields["representative_name"]
            self.fields["full_name"].label = _("Your full name")

    def chosen_capacity(self) -> str:
        return self.capacity


class JoinForm(IdentityFields):
    """Who is registered, and in which capacity the account acts for them."""

    capacity = forms.ChoiceField(
        label=_("Who are you registering?"),
        widget=forms.RadioSelect,
        error_messages=_required(_("Please choose who you are registering.")),
    )
    field_order = ["capacity", "full_name", "representative_name", "contact_email", "phone"]

    CAPACITY_CHOICES = [
        (Capacity.SELF, _("Myself")),
        (Capacity.PARENT, _("My child, as their parent")),
        (Capacity.GUARDIAN, _("A child or an adult I am the legal guardian of")),
        (
            Capacity.LEGAL_REPRESENTATIVE,
            _("An adult who cannot consent, as their legal representative"),
        ),
    ]

    def __init__(self, *args: Any, may_register_self: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = self.CAPACITY_CHOICES if may_register_self else self.CAPACITY_CHOICES[1:]
        cast(forms.ChoiceField, self.fields["capacity"]).choices = choices

    def chosen_capacity(self) -> str:
        return str(self.cleaned_data.get("capacity") or "")


class ConsentForm(RegistryForm):
    registry_participation = forms.BooleanField(
        label=_("I agree to take part in the registry, as described above."),
        error_messages=_required(
            _(
                "To take part, tick this box. Without it we cannot keep any data. If you do "
                "not want to take part, you do not need to do anything."
            )
        ),
    )
    research_use = forms.BooleanField(
        label=_("Approved researchers may use the coded data for health research."),
        required=False,
    )
    recontact = forms.BooleanField(
        label=_("IMP may contact me about studies I might join."), required=False
    )
    industry_sharing = forms.BooleanField(
        label=_("The coded data may be shared with companies that develop medicines."),
        help_text=_("Without this, the data are used for non-commercial research only."),
        required=False,
    )
    text_sha256 = forms.CharField(widget=forms.HiddenInput, max_length=64)

    PURPOSES = ["research_use", "recontact", "industry_sharing"]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("industry_sharing") and not cleaned.get("research_use"):
            self.add_error(
                "industry_sharing",
                _(
                    "Sharing with companies is a kind of research use: to allow it, also tick "
                    "the box for approved researchers, or untick this one."
                ),
            )
        return cleaned


class SectionForm(RegistryForm):
    section: str

    def __init__(self, *args: Any, entry_values: dict[str, Any] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.entry_values = entry_values or {}

    def section_values(self) -> dict[str, Any]:
        return {name: self.cleaned_data.get(name) for name in SECTION_FIELDS[self.section]}


def _year_choices_field() -> forms.IntegerField:
    return forms.IntegerField(
        label=_("Year of birth"),
        help_text=_("Four digits, such as 1987."),
        min_value=OLDEST_YEAR_OF_BIRTH,
        error_messages={
            "required": _("Please enter the year of birth."),
            "invalid": _("Please enter the year of birth as four digits, such as 1987."),
            "min_value": _("Please enter a year from %(limit_value)s on."),
        },
        widget=NUMBER_AS_TEXT,
    )


class AboutForm(SectionForm):
    section = EntrySection.ABOUT

    country = forms.ChoiceField(
        label=_("Country where the person registered lives"),
        error_messages=_required(_("Please choose a country.")),
    )
    year_of_birth = _year_choices_field()
    sex = forms.ChoiceField(
        label=_("Sex"),
        choices=Sex.choices,
        widget=forms.RadioSelect,
        error_messages=_required(_("Please choose an answer, or “I prefer not to say”.")),
    )
    patient_organisation_member = forms.ChoiceField(
        label=_("Member of a national patient organisation?"),
        choices=MembershipAnswer.choices,
        widget=forms.RadioSelect,
        error_messages=_required(_("Please choose an answer.")),
    )
    patient_organisation_name = forms.CharField(
        label=_("Name of the organisation (optional)"), max_length=200, required=False
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        country = cast(forms.ChoiceField, self.fields["country"])
        country.choices = [("", _("Choose a country")), *countries]

    def clean_year_of_birth(self) -> int:
        year = self.cleaned_data["year_of_birth"]
        if year > timezone.localdate().year:
            raise forms.ValidationError(_("The year of birth cannot be in the future."))
        return int(year)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("patient_organisation_member") != MembershipAnswer.YES:
            cleaned["patient_organisation_name"] = ""
        return cleaned


def _age_field(label: Any, help_text: Any) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        help_text=help_text,
        required=False,
        min_value=0,
        max_value=HIGHEST_AGE,
        error_messages={
            "invalid": _("Please enter an age in whole years, such as 4, or leave it empty."),
            "min_value": _("Please enter an age of 0 or more (0 for a baby under one)."),
            "max_value": _("Please check the age: it is %(limit_value)s at most."),
        },
        widget=NUMBER_AS_TEXT,
    )


class DiagnosisForm(SectionForm):
    section = EntrySection.DIAGNOSIS

    diagnosis_status = forms.ChoiceField(
        label=_("Is there a diagnosis of mitochondrial disease?"),
        choices=DiagnosisStatus.choices,
        widget=forms.RadioSelect,
        error_messages=_required(_("Please choose an answer.")),
    )
    syndromes = forms.MultipleChoiceField(
        label=_("Syndromes (optional)"),
        help_text=_("Tick every one a doctor has named; leave them all empty if none was."),
        choices=Syndrome.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    syndrome_other = forms.CharField(
        label=_("Another syndrome: its name"), max_length=200, required=False
    )
    age_at_onset = _age_field(
        _("Age when the first symptoms began (optional)"),
        _("In years; 0 for a baby under one. Leave it empty if you do not know."),
    )
    age_at_diagnosis = _age_field(
        _("Age at diagnosis (optional)"),
        _("In years, only for a diagnosis confirmed by a doctor."),
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if Syndrome.OTHER in cleaned.get("syndromes", []) and not cleaned.get("syndrome_other"):
            self.add_error("syndrome_other", _("Please write the name of the other syndrome."))
        if Syndrome.OTHER not in cleaned.get("syndromes", []):
            cleaned["syndrome_other"] = ""
        diagnosed_at = cleaned.get("age_at_diagnosis")
        if diagnosed_at is not None and cleaned.get("diagnosis_status") not in (
            None,
            DiagnosisStatus.CONFIRMED,
        ):
            self.add_error(
                "age_at_diagnosis",
                _("Leave this empty unless a doctor has confirmed the diagnosis."),
            )
        for name in ("age_at_onset", "age_at_diagnosis"):
            self._check_age_possible(name, cleaned.get(name))
        return cleaned

    def _check_age_possible(self, name: str, age: int | None) -> None:
        year_of_birth = self.entry_values.get("year_of_birth")
        if age is None or not year_of_birth or name in self.errors:
            return
        if age > timezone.localdate().year - year_of_birth:
            self.add_error(
                name,
                _(
                    "Born in %(year)s, the person is not that old yet: please check the age, "
                    "or the year of birth in “About the person”."
                )
                % {"year": year_of_birth},
            )


class GeneticsForm(SectionForm):
    section = EntrySection.GENETICS

    gene = forms.CharField(
        label=_("Gene (optional)"),
        help_text=_("As written in the genetic report, such as POLG or MT-TL1."),
        max_length=100,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    variant = forms.CharField(
        label=_("Variant (optional)"),
        help_text=_(
            "As written in the genetic report, such as m.3243A>G for mitochondrial DNA, or "
            "c.2243G>C or p.Trp748Ser for a nuclear gene."
        ),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    genetics_unsure = forms.BooleanField(
        label=_("I am not sure: keep what I typed as it is."),
        help_text=_("Someone from the registry will look at it. Nothing is refused."),
        required=False,
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("genetics_unsure"):
            # Kept as typed, flagged for review: never refused.
            cleaned["gene"] = " ".join(cleaned.get("gene", "").split())
            cleaned["variant"] = " ".join(cleaned.get("variant", "").split())
            return cleaned
        self._check_gene(cleaned)
        self._check_variant(cleaned)
        return cleaned

    def _check_gene(self, cleaned: dict[str, Any]) -> None:
        gene = normalise_gene(cleaned.get("gene", ""))
        cleaned["gene"] = gene
        if gene:
            try:
                validate_gene(gene)
            except forms.ValidationError as error:
                self.add_error("gene", error)

    def _check_variant(self, cleaned: dict[str, Any]) -> None:
        variant = normalise_variant(cleaned.get("variant", ""))
        cleaned["variant"] = variant
        if not variant or "gene" in self.errors:
            return
        try:
            validate_variant(variant, gene=cleaned["gene"])
        except forms.ValidationError as error:
            self.add_error("variant", error)
            return
        if variant.startswith(("c.", "p.")) and not cleaned["gene"]:
            self.add_error(
                "gene",
                _(
                    'A variant starting with "c." or "p." needs its gene: please add it, or '
                    'tick "I am not sure".'
                ),
            )


class SymptomsForm(SectionForm):
    section = EntrySection.SYMPTOMS

    symptoms = forms.MultipleChoiceField(
        label=_("Main symptoms"),
        help_text=_("Tick all that apply."),
        choices=Symptom.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    symptoms_other = forms.CharField(
        label=_("Other symptoms: which ones"), max_length=300, required=False
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if Symptom.OTHER in cleaned.get("symptoms", []) and not cleaned.get("symptoms_other"):
            self.add_error("symptoms_other", _("Please write which other symptoms."))
        if Symptom.OTHER not in cleaned.get("symptoms", []):
            cleaned["symptoms_other"] = ""
        return cleaned


SECTION_FORMS: dict[str, type[SectionForm]] = {
    form.section: form for form in (AboutForm, DiagnosisForm, GeneticsForm, SymptomsForm)
}
