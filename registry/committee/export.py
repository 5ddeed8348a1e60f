"""The export for researchers: approved entries the committee may see, pseudonymised, as CSV,
streamed in chunks so that memory and queries per chunk stay the same for any number of rows.

Per chunk of CHUNK_SIZE entries: the rows come from one cursor (QuerySet.iterator) as plain
values, not model instances (a tenth of the memory), their syndromes and symptoms in one query
each, and one insert records an audit event per exported pseudonym, before the chunk leaves
(on SQLite, bulk_create splits it in inserts of 199 rows: still the same number per chunk).
When the stream ends, or stops half-way (the download was cancelled), a CommitteeExport row
says with which filter and how many rows left.
"""

import csv
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

from ..models import (
    COMMITTEE_ANSWER_FIELDS,
    AuditAction,
    AuditEvent,
    AuditRole,
    CommitteeExport,
    EntrySymptom,
    EntrySyndrome,
)

CHUNK_SIZE = 2000
T = TypeVar("T")

COLUMNS = [
    "pseudonym",
    "country",
    "year_of_birth",
    "sex",
    "patient_organisation_member",
    "diagnosis_status",
    "syndromes",
    "syndrome_other",
    "age_at_onset",
    "age_at_diagnosis",
    "gene",
    "variant",
    "genetics_unsure",
    "symptoms",
    "symptoms_other",
    "data_use",
    "consent_version",
]
# The entry's own fields in the file, read as values.
VALUE_FIELDS = [
    "pk",
    "pseudonym",
    *COMMITTEE_ANSWER_FIELDS,
    "consent_industry_sharing",
    "consent_version_number",
]
# A spreadsheet reads a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_entries(entries: Any, *, industry_sharing_only: bool) -> Any:
    """Of the entries the committee may see: the approved ones, with the filter applied."""
    exported = entries.approved()
    if industry_sharing_only:
        exported = exported.filter(consent_industry_sharing=True)
    return exported.order_by("pk").values(*VALUE_FIELDS)


def csv_stream(entries: Any, *, actor: Any, industry_sharing_only: bool) -> Iterator[str]:
    """The CSV file, a chunk of rows at a time; records the export as it goes."""
    rows = 0
    completed = False
    try:
        yield _line(COLUMNS)
        for chunk in _chunks(entries.iterator(chunk_size=CHUNK_SIZE), CHUNK_SIZE):
            _audit(chunk, actor)
            syndromes = _lists(EntrySyndrome, "syndrome", chunk)
            symptoms = _lists(EntrySymptom, "symptom", chunk)
            rows += len(chunk)  # counted before it leaves: it may have left if we stop here
            yield "".join(
                _line(_row(entry, syndromes.get(entry["pk"], []), symptoms.get(entry["pk"], [])))
                for entry in chunk
            )
        completed = True
    finally:
        CommitteeExport.objects.create(
            actor_id=getattr(actor, "pk", None),
            industry_sharing_only=industry_sharing_only,
            rows=rows,
            completed=completed,
        )


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _audit(chunk: list[dict[str, Any]], actor: Any) -> None:
    AuditEvent.objects.bulk_create(
        AuditEvent(
            actor_id=getattr(actor, "pk", None),
            actor_role=AuditRole.COMMITTEE,
            action=AuditAction.ENTRY_EXPORTED,
            pseudonym=entry["pseudonym"],
        )
        for entry in chunk
    )


def _lists(model: Any, name: str, chunk: list[dict[str, Any]]) -> dict[int, list[str]]:
    """The syndromes (or symptoms) of the chunk's entries, in one query."""
    found: dict[int, list[str]] = {}
    rows = model.objects.filter(entry_id__in=[entry["pk"] for entry in chunk])
    for entry_id, value in rows.order_by(name).values_list("entry_id", name):
        found.setdefault(entry_id, []).append(value)
    return found


def _row(entry: dict[str, Any], syndromes: list[str], symptoms: list[str]) -> list[Any]:
    return [
        entry["pseudonym"],
        entry["country"] or "",
        entry["year_of_birth"],
        entry["sex"],
        entry["patient_organisation_member"],
        entry["diagnosis_status"],
        ";".join(syndromes),
        _safe(entry["syndrome_other"]),
        entry["age_at_onset"],
        entry["age_at_diagnosis"],
        _safe(entry["gene"]),
        _safe(entry["variant"]),
        "yes" if entry["genetics_unsure"] else "no",
        ";".join(symptoms),
        _safe(entry["symptoms_other"]),
        "HMB" if entry["consent_industry_sharing"] else "HMB;NCU",
        entry["consent_version_number"],
    ]


def _safe(text: str) -> str:
    """Free text as typed, but never a formula a spreadsheet would run."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class _Echo:
    def write(self, value: str) -> str:
        return value


_writer = csv.writer(_Echo())


def _line(values: list[Any]) -> str:
    return str(_writer.writerow(["" if value is None else value for value in values]))
