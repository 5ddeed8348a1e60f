"""Taking the list away, whole or as filtered: a print view stamped with the revision, its date,
the address and the safety message; a tagged PDF made by the site; CSV and JSON in the chosen
language or all of them (the CSV imports back)."""

import csv
import io
import json

import pytest
from pypdf import PdfReader

from drugs.list_files import columns_for, revision_import_csv
from drugs.models import Entry
from tests.drugs.factories import make_revision
from tests.drugs.pages import html_of, text_of, url

pytestmark = pytest.mark.django_db

STAMPS = {
    "en": ("Revision 2026-1", "Feb. 1, 2026", "Not on the list does not mean safe."),
    "fr": ("Révision 2026-1", "1 février 2026", "Absent de la liste ne veut pas dire sans danger."),
    "nl": ("Herziening 2026-1", "1 februari 2026", "Niet op de lijst betekent niet veilig."),
}


def print_view(client, language, query=""):
    return html_of(client, url("revision_print", language, label="2026-1") + query)


def stamp_of(page):
    return text_of(page.split('class="print-list__stamp"', 1)[1].split("</tr>", 1)[0])


def safety_footer_of(page):
    return text_of(page.split("<tfoot>", 1)[1].split("</tfoot>", 1)[0])


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_the_print_view_is_stamped_on_every_page_with_revision_date_address_and_safety(
    visitor, language
):
    page = print_view(visitor, language)
    label, published, safety = STAMPS[language]

    # The stamp is the table's head and the safety message its foot: both repeat on each page.
    assert label in stamp_of(page) and published in stamp_of(page)
    assert f"https://www.mitopatients.example{url('revision', language, label='2026-1')}" in (
        stamp_of(page)
    )
    assert safety in safety_footer_of(page)


def test_the_print_view_holds_the_whole_list_with_its_legend(visitor):
    page = print_view(visitor, "en")

    assert page.count('class="print-entry ') == 33
    assert "Contraindicated: should not be used." in text_of(page)


def test_a_filtered_print_view_says_it_is_part_of_the_list_only(visitor):
    page = print_view(visitor, "en", "?tier=red")

    assert page.count('class="print-entry ') == 1
    assert "Part of the list only: 1 entry chosen by this search." in text_of(page)
    assert "?tier=red" in stamp_of(page)


def test_the_print_view_of_example_data_says_so(visitor):
    page = print_view(visitor, "nl")

    assert "Voorbeeldgegevens" in stamp_of(page)
    assert "Dit is een demonstratie, niet de officiële lijst van IMP" in text_of(page)


def test_the_list_links_to_print_and_pdf_with_the_visitors_filters(visitor):
    page = html_of(visitor, url("list", "en") + "?q=valpro&tier=red")

    assert f'href="{url("revision_print", "en", label="2026-1")}?q=valpro&amp;tier=red"' in page
    assert f'href="{url("revision_pdf", "en", label="2026-1")}?q=valpro&amp;tier=red"' in page


def pdf_of(client, language, query=""):
    response = client.get(url("revision_pdf", language, label="2026-1") + query)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return response, PdfReader(io.BytesIO(response.content))


def test_the_pdf_is_a_tagged_document_in_the_visitors_language(visitor):
    response, pdf = pdf_of(visitor, "fr", "?tier=red")

    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Acide valproïque" in text
    assert "Révision 2026-1" in text
    assert "Absent de la liste ne veut pas dire sans danger." in text
    assert pdf.trailer["/Root"]["/Lang"] == "fr"
    assert "/StructTreeRoot" in pdf.trailer["/Root"]  # tagged, for screen readers
    assert pdf.trailer["/Root"]["/MarkInfo"]["/Marked"]
    assert 'filename="imp-drug-list-2026-1-fr.pdf"' in response["Content-Disposition"]


def test_the_whole_list_pdf_repeats_the_stamp_on_every_page(visitor):
    _response, pdf = pdf_of(visitor, "en")

    assert len(pdf.pages) > 1
    for page in pdf.pages:
        assert "Revision 2026-1" in page.extract_text()
        assert "Not on the list does not mean safe." in page.extract_text()


def test_a_published_revisions_pdf_is_made_once_then_served_from_the_cache(visitor, monkeypatch):
    from drugs import take_away

    made = []
    real = take_away.html_to_pdf
    monkeypatch.setattr(take_away, "html_to_pdf", lambda html: made.append(1) or real(html))

    first = visitor.get(url("revision_pdf", "en", label="2026-1") + "?tier=red")
    again = visitor.get(url("revision_pdf", "en", label="2026-1") + "?tier=red")

    assert len(made) == 1
    assert again.content == first.content


def test_too_many_pdfs_from_one_address_are_refused_politely(visitor, monkeypatch):
    from drugs import take_away

    monkeypatch.setattr(take_away, "html_to_pdf", lambda html: b"%PDF-1.7 test")
    for number in range(take_away.PDF_RENDERS_PER_ADDRESS):
        visitor.get(url("revision_pdf", "en", label="2026-1") + f"?q=x{number}")

    response = visitor.get(url("revision_pdf", "en", label="2026-1") + "?q=one-more")

    assert response.status_code == 429
    assert "Please try again in a few minutes." in text_of(response.content.decode())


def download(client, **parameters):
    from urllib.parse import urlencode

    address = url("revision_download", "en", label="2026-1") + "?" + urlencode(parameters)
    return client.get(address)


def test_the_csv_download_is_in_the_chosen_language(visitor):
    response = download(visitor, format="csv", language="fr")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))

    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="imp-drug-list-2026-1-fr.csv"' in response["Content-Disposition"]
    assert list(rows[0]) == columns_for(["fr"])
    assert "Acide valproïque" in {row["name_fr"] for row in rows}
    assert len(rows) == 33


def test_the_csv_of_all_languages_imports_back_into_a_draft_unchanged(visitor):
    response = download(visitor, format="csv", language="all")
    draft = make_revision("2099-1")

    result = revision_import_csv(revision=draft, content=response.content.decode("utf-8"))

    assert result.errors == [] and result.imported == 33
    assert (
        Entry.objects.get(revision=draft, drug__slug="valproic-acid").safe_translation_getter(
            "name", language_code="nl"
        )
        == "Valproïnezuur"
    )


def test_the_json_download_takes_the_visitors_filters(visitor):
    response = download(visitor, format="json", language="nl", tier="red")
    document = json.loads(response.content)

    assert document["revision"] == "2026-1"
    assert document["example_data"] is True
    assert [entry["name_nl"] for entry in document["entries"]] == ["Valproïnezuur"]


def test_a_download_in_an_unknown_format_is_refused_with_a_message(visitor):
    response = download(visitor, format="xlsx", language="en")

    assert response.status_code == 400
    assert "Select a valid choice. xlsx is not one of the available choices." in text_of(
        response.content.decode()
    )
