"""The list as files: CSV and JSON downloads of a revision, and the import of a draft's entries
from a CSV in the same format (a downloaded file imports back unchanged).

Columns: the entry's own fields, then its texts with the language in the column name
(name_en, advice_fr, ...), for the languages asked for. Lists inside a cell are separated by
spaces (ATC codes, conditions, references) or by semicolons (brand names, synonyms).
"""

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .codes import normalise_atc_codes, validate_atc_codes, validate_references
from .models import (
    RESERVED_DRUG_SLUGS,
    Condition,
    Drug,
    DrugGroup,
    Entry,
    EntryCondition,
    EntryTranslation,
    Revision,
    Tier,
)
from .search_text import join_normalised

SHARED_COLUMNS = [
    "slug",
    "kind",
    "tier",
    "atc_codes",
    "group",
    "conditions",
    "brand_names",
    "references",
]
TEXT_FIELDS = ["name", "synonyms", "advice"]
MAX_ROWS = 10_000


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def columns_for(languages: Iterable[str]) -> list[str]:
    return SHARED_COLUMNS + [f"{name}_{code}" for name in TEXT_FIELDS for code in languages]


def entry_row(entry: Entry, languages: Iterable[str]) -> dict[str, str]:
    """An entry as a row (the entry fetched with Entry.objects.for_listing())."""
    texts = {text.language_code: text for text in entry.translations.all()}
    row = {
        "slug": entry.drug.slug,
        "kind": entry.kind,
        "tier": entry.tier,
        "atc_codes": entry.atc_codes,
        "group": entry.group.slug,
        "conditions": " ".join(condition.code for condition in entry.conditions.all()),
        "brand_names": entry.brand_names,
        "references": entry.references,
    }
    for code in languages:
        text = texts.get(code)
        for name in TEXT_FIELDS:
            row[f"{name}_{code}"] = getattr(text, name, "") if text else ""
    return row


def csv_of(entries: Iterable[Entry], languages: list[str]) -> str:
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=columns_for(languages))
    writer.writeheader()
    writer.writerows(entry_row(entry, languages) for entry in entries)
    return output.getvalue()


def json_of(revision: Revision, entries: Iterable[Entry], languages: list[str]) -> str:
    document = {
        "revision": revision.label,
        "publication_date": str(revision.publication_date or ""),
        "next_review_date": str(revision.next_review_date or ""),
        "reviewed_by": revision.reviewed_by,
        "example_data": revision.is_example_data,
        "entries": [entry_row(entry, languages) for entry in entries],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return _("Row %(row)d, %(column)s: %(message)s") % {
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


@dataclass
class ImportResult:
    errors: list[RowError] = field(default_factory=list)
    imported: int = 0


def revision_import_csv(*, revision: Revision, content: str) -> ImportResult:
    """Replace the draft's entries with those of the CSV, if every row is valid; else change
    nothing and say what is wrong, row by row."""
    if revision.is_published:
        return ImportResult([RowError(0, "", _("A published revision cannot change."))])
    reader = csv.DictReader(io.StringIO(content.lstrip("\ufeff")))
    missing = [column for column in columns_for(["en"]) if column not in (reader.fieldnames or [])]
    if missing:
        return ImportResult([RowError(1, ", ".join(missing), _("These columns are missing."))])
    rows = list(reader)
    if len(rows) > MAX_ROWS:
        return ImportResult([RowError(0, "", _("The file has too many rows."))])
    vocabulary = _Vocabulary.load()
    parsed, errors = _parse_rows(rows, vocabulary)
    if errors:
        return ImportResult(errors)
    with transaction.atomic():
        revision.entries.all().delete()
        _create_entries(revision, parsed)
    return ImportResult(imported=len(parsed))


@dataclass
class _Vocabulary:
    groups: dict[str, int]
    conditions: dict[str, int]

    @classmethod
    def load(cls) -> "_Vocabulary":
        return cls(
            groups=dict(DrugGroup.objects.values_list("slug", "pk")),
            conditions=dict(Condition.objects.values_list("code", "pk")),
        )


@dataclass
class _ParsedRow:
    slug: str
    fields: dict[str, Any]
    condition_ids: list[int]
    texts: dict[str, dict[str, str]]


def _parse_rows(
    rows: list[dict[str, str]], vocabulary: _Vocabulary
) -> tuple[list[_ParsedRow], list[RowError]]:
    parsed, errors, seen = [], [], set()
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        row = {key: (value or "").strip() for key, value in row.items() if key}
        result, row_errors = _parse_row(number, row, vocabulary)
        if result and result.slug in seen:
            row_errors.append(
                RowError(number, "slug", _("This slug is already in an earlier row."))
            )
        errors += row_errors
        if result and not row_errors:
            seen.add(result.slug)
            parsed.append(result)
    return parsed, errors


def _parse_row(
    number: int, row: dict[str, str], vocabulary: _Vocabulary
) -> tuple[_ParsedRow | None, list[RowError]]:
    errors = []

    def refuse(column: str, message: str) -> None:
        errors.append(RowError(number, column, message))

    slug = row.get("slug", "")
    if not slug or slugify(slug) != slug:
        refuse("slug", _("Give a slug of lowercase letters, digits and hyphens."))
    elif slug in RESERVED_DRUG_SLUGS:
        refuse("slug", _("The list's own pages use this address; choose another slug."))
    if row.get("kind") not in Entry.Kind.values:
        refuse("kind", _("Write one of: %(choices)s.") % {"choices": ", ".join(Entry.Kind.values)})
    if row.get("tier") not in Tier.values:
        refuse("tier", _("Write one of: %(choices)s.") % {"choices": ", ".join(Tier.values)})
    group_id = vocabulary.groups.get(row.get("group", ""))
    if group_id is None:
        refuse("group", _("No drug group has this slug."))
    condition_ids = []
    for code in row.get("conditions", "").split():
        if code in vocabulary.conditions:
            condition_ids.append(vocabulary.conditions[code])
        else:
            refuse("conditions", _("No condition has the code %(code)s.") % {"code": code})
    for column, validate in (
        ("atc_codes", validate_atc_codes),
        ("references", validate_references),
    ):
        try:
            validate(row.get(column, ""))
        except ValidationError as error:
            refuse(column, " ".join(error.messages))
    texts = _texts_of(row)
    for name in ("name", "advice"):
        if not texts.get(settings.LANGUAGE_CODE, {}).get(name):
            refuse(f"{name}_{settings.LANGUAGE_CODE}", _("This text is required."))
    if errors:
        return None, errors
    fields = {
        "kind": row["kind"],
        "tier": row["tier"],
        "group_id": group_id,
        "atc_codes": normalise_atc_codes(row.get("atc_codes", "")),
        "brand_names": row.get("brand_names", ""),
        "references": " ".join(row.get("references", "").split()),
    }
    return _ParsedRow(slug, fields, condition_ids, texts), []


def _texts_of(row: dict[str, str]) -> dict[str, dict[str, str]]:
    """The texts per language that the row gives (a language without a name is left out)."""
    texts = {}
    for code in language_codes():
        values = {name: row.get(f"{name}_{code}", "") for name in TEXT_FIELDS}
        if values["name"] or values["advice"]:
            texts[code] = values
    return texts


def _create_entries(revision: Revision, rows: list[_ParsedRow]) -> None:
    """In a handful of queries, whatever the number of rows."""
    drugs = _drugs_for([row.slug for row in rows])
    entries = Entry.objects.bulk_create(
        Entry(revision=revision, drug=drugs[row.slug], search_text=_search_text(row), **row.fields)
        for row in rows
    )
    EntryTranslation.objects.bulk_create(
        EntryTranslation(master=entry, language_code=code, **values)
        for entry, row in zip(entries, rows, strict=True)
        for code, values in row.texts.items()
    )
    EntryCondition.objects.bulk_create(
        EntryCondition(entry=entry, condition_id=condition_id)
        for entry, row in zip(entries, rows, strict=True)
        for condition_id in row.condition_ids
    )


def _drugs_for(slugs: list[str]) -> dict[str, Drug]:
    existing = {drug.slug: drug for drug in Drug.objects.filter(slug__in=slugs)}
    created = Drug.objects.bulk_create(Drug(slug=slug) for slug in slugs if slug not in existing)
    return {**existing, **{drug.slug: drug for drug in created}}


def _search_text(row: _ParsedRow) -> str:
    texts = [row.slug, row.fields["brand_names"], row.fields["atc_codes"]]
    for values in row.texts.values():
        texts += [values["name"], values["synonyms"]]
    return join_normalised(texts)
