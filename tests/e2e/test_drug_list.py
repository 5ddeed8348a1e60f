"""What visitors do with the drug list: find a drug by a brand name, filter by tier, open an
entry, compare two revisions, print the list and take its PDF."""

import io

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.e2e.conftest import page_path, screenshot

pytestmark = pytest.mark.e2e


def search_field(page):
    return page.get_by_label("Name, brand name or ATC code")


def list_search_button(page, name):
    """The list's own search button; the header's site search has a button of the same name."""
    return page.locator("#main-content").get_by_role("button", name=name, exact=True)


def test_a_visitor_finds_a_drug_by_its_brand_name(page, site):
    page.goto(site + page_path("drugs", "en"))

    search_field(page).fill("Depakine")
    list_search_button(page, "Search").click()

    expect(page.get_by_role("heading", name="1 entry of 33 matches your search")).to_be_visible()
    expect(page.locator(".drug-entry__name")).to_have_text(["Valproic acid"])
    screenshot(page, "drugs-search-by-brand-en")


def test_a_visitor_finds_a_drug_by_its_french_name_from_the_dutch_page(page, site):
    page.goto(site + page_path("drugs", "nl"))

    page.get_by_label("Naam, merknaam of ATC-code").fill("acide valproique")
    list_search_button(page, "Zoeken").click()

    expect(page.locator(".drug-entry__name")).to_have_text(["Valproïnezuur"])


def test_a_visitor_filters_the_list_by_tier(page, site):
    page.goto(site + page_path("drugs", "fr"))

    page.locator(".drug-search__tiers").get_by_text("Rouge").click()
    list_search_button(page, "Rechercher").click()

    expect(page.locator(".drug-entry")).to_have_count(1)
    expect(page.locator(".drug-entry .tier")).to_have_text(["× Niveau : Rouge"])
    expect(page.get_by_label("Rouge")).to_be_checked()
    screenshot(page, "drugs-filter-by-tier-fr")


def test_a_visitor_opens_an_entry_from_the_list(page, site):
    page.goto(site + page_path("drugs", "en") + "?q=propofol")

    page.get_by_role("link", name="Propofol").click()

    expect(page).to_have_url(site + page_path("drugs", "en") + "propofol/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Propofol")
    expect(page).to_have_title("Propofol · Drug list · International Mito Patients")
    expect(page.locator(".drug-history")).to_contain_text("Tier changed in revision 2026-1")
    screenshot(page, "drugs-entry-en")


def test_a_visitor_compares_two_revisions_from_the_archive(page, site):
    page.goto(site + page_path("drugs", "nl") + "revisions/")

    page.get_by_label("Eerdere herziening").select_option("2025-2")
    page.get_by_label("Latere herziening").select_option("2026-1")
    page.get_by_role("button", name="Vergelijken").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Wat er veranderde van herziening 2025-2 naar herziening 2026-1"
    )
    expect(page.locator("section[aria-labelledby=removed]")).to_contain_text("Ibuprofen")
    screenshot(page, "drugs-comparison-nl")


def test_a_visitor_prints_the_list_stamped_on_every_page(page, site):
    page.goto(site + page_path("drugs", "en"))
    page.get_by_role("link", name="Print view").click()
    expect(page.get_by_role("button", name="Print")).to_be_visible()  # shown by its script

    page.emulate_media(media="print")

    expect(page.locator(".print-view__controls")).to_be_hidden()
    expect(page.locator(".print-list__stamp")).to_contain_text("Revision 2026-1")
    expect(page.locator(".print-entry")).to_have_count(33)
    screenshot(page, "drugs-print-view-en")
    printed = PdfReader(io.BytesIO(page.pdf(format="A4")))
    assert len(printed.pages) > 1
    for printed_page in printed.pages:
        text = printed_page.extract_text()
        assert "Revision 2026-1" in text and "127.0.0.1" in text
        assert "Not on the list does not mean safe." in text


def test_a_filtered_printout_says_it_is_part_of_the_list(page, site):
    page.goto(site + page_path("drugs", "fr") + "?tier=red")
    page.get_by_role("link", name="Version à imprimer").click()

    expect(page.locator(".print-view__warning").last).to_contain_text(
        "Une partie de la liste seulement"
    )
    expect(page.locator(".print-entry")).to_have_count(1)


def test_a_visitor_downloads_the_pdf_of_the_list(page, site):
    page.goto(site + page_path("drugs", "nl"))

    with page.expect_download() as download:
        page.get_by_role("link", name="PDF", exact=True).click()

    pdf = PdfReader(download.value.path())
    assert download.value.suggested_filename == "imp-drug-list-2026-1-nl.pdf"
    assert "Valproïnezuur" in "".join(p.extract_text() for p in pdf.pages)


def test_the_search_works_without_javascript(no_script_page, site):
    page = no_script_page
    page.goto(site + page_path("drugs", "en"))

    search_field(page).fill("n03")
    list_search_button(page, "Search").click()

    expect(page.locator(".drug-entry__name").first).to_be_visible()
    expect(page.locator(".drug-entry__name")).to_contain_text(["Valproic acid"])
