"""Importing a draft's entries from CSV: every row checked first, all or nothing, and a
downloaded file imports back unchanged."""

import csv
import io

import pytest

from drugs.list_files import columns_for, csv_of, revision_import_csv
from drugs.models import Entry
from drugs.services import revision_publish
from tests.conftest import LANGUAGES
from tests.drugs.factories import make_condition, make_entry, make_group, make_revision

pytestmark = pytest.mark.django_db


def csv_text(*rows):
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=columns_for(LANGUAGES))
    writer.writeheader()
    for row in rows:
        writer.writerow({column: "" for column in columns_for(LANGUAGES)} | row)
    return output.getvalue()


def good_row(**fields):
    make_group("antiepileptics")
    make_condition("POLG")
    row = {
        "slug": "valproic-acid",
        "kind": "substance",
        "tier": "red",
        "atc_codes": "n03ag01",
        "group": "antiepileptics",
        "conditions": "POLG",
        "brand_names": "Depakine; Depakote",
        "references": "doi:10.1002/jimd.12196",
        "name_en": "Valproic acid",
        "name_fr": "Acide valproïque",
        "name_nl": "Valproïnezuur",
        "synonyms_fr": "valproate de sodium",
        "advice_en": "Contraindicated with POLG variants.",
        "advice_fr": "Contre-indiqué en cas de variants POLG.",
        "advice_nl": "Niet gebruiken bij POLG-varianten.",
    }
    return row | fields


def test_a_valid_file_replaces_the_drafts_entries():
    draft = make_revision()
    make_entry(draft, name="Soon replaced")

    result = revision_import_csv(revision=draft, content=csv_text(good_row()))

    assert result.errors == [] and result.imported == 1
    entry = draft.entries.get()
    assert entry.drug.slug == "valproic-acid"
    assert entry.atc_codes == "N03AG01"
    assert entry.safe_translation_getter("name", language_code="fr") == "Acide valproïque"
    assert list(entry.conditions.values_list("code", flat=True)) == ["POLG"]
    assert "depakine" in entry.search_text and "acide valproique" in entry.search_text


def test_one_bad_row_imports_nothing_and_says_which_row_and_field():
    draft = make_revision()
    make_entry(draft, name="Kept as it was")
    rows = [
        good_row(),
        good_row(slug="gentamicin", tier="purple"),
        good_row(slug="amikacin", atc_codes="J1GB06", group="no-such-group"),
    ]

    result = revision_import_csv(revision=draft, content=csv_text(*rows))

    messages = [str(error) for error in result.errors]
    assert "Row 3, tier: Write one of: yellow, orange, red." in messages
    assert any(
        message.startswith("Row 4, atc_codes: Not an ATC code: J1GB06") for message in messages
    )
    assert "Row 4, group: No drug group has this slug." in messages
    assert result.imported == 0
    assert [str(entry) for entry in draft.entries.all()] == ["Kept as it was"]


def test_a_missing_english_text_is_reported():
    result = revision_import_csv(revision=make_revision(), content=csv_text(good_row(advice_en="")))

    assert [str(error) for error in result.errors] == ["Row 2, advice_en: This text is required."]


def test_a_slug_given_twice_is_reported_on_its_second_row():
    result = revision_import_csv(revision=make_revision(), content=csv_text(good_row(), good_row()))

    assert [str(error) for error in result.errors] == [
        "Row 3, slug: This slug is already in an earlier row."
    ]


def test_a_file_without_the_expected_columns_is_refused():
    result = revision_import_csv(revision=make_revision(), content="name,colour\nx,y\n")

    assert "These columns are missing." in str(result.errors[0])


def test_a_published_revision_refuses_an_import():
    draft = make_revision()
    make_entry(draft)
    published = revision_publish(revision=draft)

    result = revision_import_csv(revision=published, content=csv_text(good_row()))

    assert result.imported == 0 and result.errors
    assert published.entries.count() == 1


def test_a_downloaded_revision_imports_back_unchanged():
    draft = make_revision()
    revision_import_csv(revision=draft, content=csv_text(good_row(), good_row(slug="valproate")))
    downloaded = csv_of(draft.entries.for_listing().order_by("drug__slug"), LANGUAGES)
    other = make_revision()

    revision_import_csv(revision=other, content=downloaded)

    again = csv_of(other.entries.for_listing().order_by("drug__slug"), LANGUAGES)
    assert again == downloaded
    assert Entry.objects.filter(revision=other).count() == 2


def test_a_slug_that_a_page_of_the_list_uses_is_refused():
    result = revision_import_csv(
        revision=make_revision(), content=csv_text(good_row(slug="compare"))
    )

    assert [str(error) for error in result.errors] == [
        "Row 2, slug: The list's own pages use this address; choose another slug."
    ]
