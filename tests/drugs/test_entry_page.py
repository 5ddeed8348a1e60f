"""A drug's permanent page: its entry in the current revision (name, tier, advice, conditions,
references), or since which revision it is no longer on the list, and its history across every
published revision."""

from datetime import date

import pytest

from drugs.services import revision_publish
from tests.conftest import LANGUAGES
from tests.drugs.factories import make_condition, make_entry, make_revision
from tests.drugs.pages import h1_of, html_of, text_of, title_of, url

pytestmark = pytest.mark.django_db

VALPROIC_ACID = {"en": "Valproic acid", "fr": "Acide valproïque", "nl": "Valproïnezuur"}
RED = {"en": "Red", "fr": "Rouge", "nl": "Rood"}
ADVICE = {
    "en": "Do not use valproic acid if you have recessive POLG variants: the risk of fatal liver "
    "failure is high.",
    "fr": "Contre-indiqué en cas de variants récessifs du gène POLG, car le risque d'insuffisance "
    "hépatique mortelle est élevé.",
    "nl": "Niet gebruiken bij recessieve varianten in het POLG-gen, want de kans op dodelijk "
    "leverfalen is groot.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_entry_page_names_the_drug_in_its_heading_and_tab_title(visitor, language):
    page = html_of(visitor, url("drug", language, slug="valproic-acid"))

    assert h1_of(page) == VALPROIC_ACID[language]
    assert title_of(page).startswith(VALPROIC_ACID[language])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_entry_page_shows_the_tier_and_the_full_advice(visitor, language):
    text = text_of(html_of(visitor, url("drug", language, slug="valproic-acid")))

    assert RED[language] in text
    assert ADVICE[language] in text


def test_the_entry_page_shows_conditions_names_codes_and_references(visitor):
    text = text_of(html_of(visitor, url("drug", "en", slug="valproic-acid")))

    assert "POLG variants (POLG)" in text
    assert "Depakine, Depakote" in text
    assert "N03AG01" in text
    assert "In French Acide valproïque" in text


def test_references_are_links_to_pubmed_and_doi(visitor):
    revision = make_revision("2099-1")
    make_entry(revision, slug="referenced", references="PMID:32030781 doi:10.1002/jimd.12196")
    revision_publish(revision=revision, today=date(2099, 1, 1))

    page = html_of(visitor, url("drug", "en", slug="referenced"))

    assert 'href="https://pubmed.ncbi.nlm.nih.gov/32030781/"' in page
    assert 'href="https://doi.org/10.1002/jimd.12196"' in page


@pytest.mark.parametrize(
    "language, said",
    [
        ("en", "No longer on the list since revision 2026-1."),
        ("fr", "Ne figure plus sur la liste depuis la révision 2026-1."),
        ("nl", "Staat sinds herziening 2026-1 niet meer op de lijst."),
    ],
)
def test_a_removed_drug_says_since_which_revision_it_is_off_the_list(visitor, language, said):
    page = html_of(visitor, url("drug", language, slug="ibuprofen"))

    assert said in text_of(page)
    assert {
        "en": "This does not mean that it is safe for you.",
        "fr": "Cela ne veut pas dire qu'il est sans danger pour vous.",
        "nl": "Dat betekent niet dat het veilig is voor u.",
    }[language] in text_of(page)
    assert url("revision_entry", language, label="2025-2", slug="ibuprofen") in page


@pytest.mark.parametrize(
    "language, events",
    [
        (
            "en",
            [
                "On the list in revision 2025-2, the earliest revision in the archive.",
                "Tier changed in revision 2026-1: ! Tier: Yellow → to !! Tier: Orange",
                "Advice changed in revision 2026-1.",
            ],
        ),
        (
            "fr",
            [
                "Sur la liste dans la révision 2025-2, la plus ancienne des archives.",
                "Niveau changé dans la révision 2026-1 : "
                "! Niveau : Jaune → vers !! Niveau : Orange",
                "Conseil modifié dans la révision 2026-1.",
            ],
        ),
        (
            "nl",
            [
                "Op de lijst in herziening 2025-2, de oudste herziening in het archief.",
                "Kleur veranderd in herziening 2026-1: ! Kleur: Geel → naar !! Kleur: Oranje",
                "Advies gewijzigd in herziening 2026-1.",
            ],
        ),
    ],
)
def test_the_history_tells_when_the_tier_and_the_advice_changed(visitor, language, events):
    page = html_of(visitor, url("drug", language, slug="propofol"))
    history = text_of(page.split('class="drug-history"', 1)[1].split("</section>", 1)[0])

    positions = [history.index(event) for event in events]
    assert positions == sorted(positions)


def test_the_history_says_when_a_drug_was_added_and_removed(visitor):
    old = make_revision("2099-1")
    make_entry(old, slug="comes-and-goes", name="Comes and goes")
    revision_publish(revision=old, today=date(2099, 1, 1))
    middle = make_revision("2099-2")
    make_entry(middle, slug="stays")
    revision_publish(revision=middle, today=date(2099, 7, 1))
    last = make_revision("2100-1")
    make_entry(last, slug="comes-and-goes", name="Comes and goes")
    revision_publish(revision=last, today=date(2100, 1, 1))

    text = text_of(html_of(visitor, url("drug", "en", slug="comes-and-goes")))

    assert "Removed from the list in revision 2099-2." in text
    assert "Added to the list in revision 2100-1." in text
    assert text.index("2099-2.") < text.index("Added to the list in revision 2100-1.")


def test_the_entry_page_links_conditions_to_the_filtered_list(visitor):
    page = html_of(visitor, url("drug", "en", slug="valproic-acid"))

    assert f'href="{url("list", "en")}?condition=POLG"' in page


def test_an_unknown_drug_is_not_found(visitor):
    assert visitor.get(url("drug", "en", slug="no-such-drug")).status_code == 404


def test_an_entry_as_an_older_revision_had_it(visitor):
    page = html_of(visitor, url("revision_entry", "en", label="2025-2", slug="propofol"))

    assert h1_of(page) == "Propofol"
    assert "Yellow" in text_of(page.split("</h1>", 1)[1].split("Advice", 1)[0])
    assert "This is revision 2025-2, an earlier version of the list." in text_of(page)
    assert url("drug", "en", slug="propofol") in page


def test_an_older_revision_without_the_drug_has_no_entry_page_for_it(visitor):
    assert (
        visitor.get(url("revision_entry", "en", label="2025-2", slug="linezolid")).status_code
        == 404
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_entry_page_of_example_data_says_so(visitor, language):
    text = text_of(html_of(visitor, url("drug", language, slug="propofol")))

    assert {"en": "Example data.", "fr": "Données d'exemple.", "nl": "Voorbeeldgegevens."}[
        language
    ] in text


def test_the_language_chooser_leads_to_the_same_entry_in_each_language(visitor):
    page = html_of(visitor, url("drug", "en", slug="propofol"))

    for language in LANGUAGES:
        assert f'href="{url("drug", language, slug="propofol")}" hreflang="{language}"' in page


def test_a_condition_on_an_entry_is_named_in_the_visitors_language(visitor):
    make_condition("POLG")
    text = text_of(html_of(visitor, url("drug", "nl", slug="valproic-acid")))

    assert "Varianten in het POLG-gen (POLG)" in text
