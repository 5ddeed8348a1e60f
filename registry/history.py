"""The entry and its previous values as a participant reads them: codes turned into words in
their language (countries, syndromes, symptoms, answers), empty answers said as such."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from django.db.models import Field
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_countries import countries

from .models import SECTION_FIELDS, EntryChange, EntrySection, RegistryEntry
from .vocabularies import DiagnosisStatus, MembershipAnswer, Sex, Symptom, Syndrome

CHOICES: dict[str, Any] = {
    "sex": Sex,
    "diagnosis_status": DiagnosisStatus,
    "patient_organisation_member": MembershipAnswer,
    "syndromes": Syndrome,
    "symptoms": Symptom,
}
LABELS = {
    "syndromes": gettext_lazy("syndromes"),
    "symptoms": gettext_lazy("main symptoms"),
    "genetics_unsure": gettext_lazy("not sure of the gene or variant"),
}


@dataclass(frozen=True)
class ShownValue:
    label: str
    value: str


@dataclass(frozen=True)
class SectionSummary:
    section: EntrySection
    is_saved: bool
    values: list[ShownValue]


@dataclass(frozen=True)
class ShownChange:
    changed_at: datetime
    section: EntrySection
    changed_by_role: str
    fields: list[tuple[str, str, str]]  # label, previous, new


def field_label(name: str) -> str:
    if name in LABELS:
        return capfirst(str(LABELS[name]))
    field = cast(Field, RegistryEntry._meta.get_field(name))
    return capfirst(str(field.verbose_name))


def shown_value(name: str, value: Any) -> str:
    """A stored value in words, in the current language."""
    if value in (None, "", []):
        return _("Not given")
    if name == "country":
        return str(countries.name(value)) or str(value)
    if name == "genetics_unsure":
        return _("Yes") if value else _("No")
    if name in CHOICES:
        labels = dict(CHOICES[name].choices)
        values = value if isinstance(value, list) else [value]
        return ", ".join(str(labels.get(item, item)) for item in values)
    return str(value)


def section_summaries(entry: RegistryEntry | None) -> list[SectionSummary]:
    summaries = []
    for section in EntrySection:
        saved = entry is not None and entry.has_section(section)
        values = (
            [
                ShownValue(field_label(name), shown_value(name, value))
                for name, value in entry.values_of(section).items()
            ]
            if saved and entry is not None
            else []
        )
        summaries.append(SectionSummary(section, saved, values))
    return summaries


def entry_history(entry: RegistryEntry | None) -> list[ShownChange]:
    if entry is None:
        return []
    return [_shown_change(change) for change in entry.changes.all()]


def _shown_change(change: EntryChange) -> ShownChange:
    order = SECTION_FIELDS[change.section]
    names = sorted(change.new_values, key=lambda name: order.index(name) if name in order else 99)
    return ShownChange(
        changed_at=change.changed_at,
        section=EntrySection(change.section),
        changed_by_role=change.changed_by_role,
        fields=[
            (
                field_label(name),
                shown_value(name, change.previous_values.get(name)),
                shown_value(name, change.new_values.get(name)),
            )
            for name in names
        ],
    )
