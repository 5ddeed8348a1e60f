"""Search that forgives, with filters by tier, group and condition that combine with it; a clear
empty state that repeats the safety message."""

import re

import pytest

from tests.conftest import LANGUAGES
from tests.drugs.pages import html_of, list_url, listed_names, text_of

pytestmark = pytest.mark.django_db

VALPROIC_ACID = {"en": "Valproic acid", "fr": "Acide valproïque", "nl": "Valproïnezuur"}
# The examples: a part of a word, a brand, a French name without its accent, an ATC code
# and the start of one; and the same with other case, spaces and accents.
QUERIES = [
    "valpro",
    "Depakine",
    "acide valproique",
    "N03AG01",
    "n03",
    "  VALPROÏNE  ",
    "Acide   Valproïque",
    "sodium valproate",
]


def search(client, language, **parameters):
    return (
        html_of(client, list_url(language), status=200)
        if not parameters
        else html_of(client, list_url(language) + "?" + _query(parameters))
    )


def _query(parameters):
    from urllib.parse import urlencode

    return urlencode(parameters, doseq=True)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("query", QUERIES)
def test_search_finds_valproic_acid_from_any_languages_page(visitor, language, query):
    names = listed_names(search(visitor, language, q=query))

    assert VALPROIC_ACID[language] in names


def test_a_search_shows_only_what_matches(visitor):
    names = listed_names(search(visitor, "en", q="valpro"))

    assert names == ["Valproic acid"]


def test_an_atc_prefix_finds_every_entry_under_it(visitor):
    names = listed_names(search(visitor, "en", q="J01G"))

    assert {"Amikacin", "Gentamicin", "Tobramycin", "Aminoglycosides"} <= set(names)
    assert "Valproic acid" not in names


def test_every_word_must_match(visitor):
    assert listed_names(search(visitor, "en", q="valproic tobramycin")) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_tier_filter_keeps_only_that_tier(visitor, language):
    page = search(visitor, language, tier="red")

    assert listed_names(page) == [VALPROIC_ACID[language]]


def test_two_tiers_can_be_chosen_together(visitor):
    page = search(visitor, "en", tier=["red", "orange"])

    assert page.count('class="drug-entry drug-entry--red"') == 1
    assert page.count('class="drug-entry drug-entry--orange"') > 1
    assert 'class="drug-entry drug-entry--yellow"' not in page


def test_the_group_filter_keeps_only_that_group(visitor):
    names = listed_names(search(visitor, "en", group="aminoglycoside-antibacterials"))

    assert sorted(names) == [
        "Amikacin",
        "Aminoglycosides",
        "Gentamicin",
        "Streptomycin",
        "Tobramycin",
    ]


def test_the_condition_filter_shows_what_concerns_polg_and_says_the_rest_applies_too(visitor):
    page = search(visitor, "en", condition="POLG")

    assert listed_names(page) == ["Valproic acid"]
    assert "The rest of the list applies to you as well." in text_of(page)


def test_filters_combine_with_each_other_and_with_the_search(visitor):
    both = search(visitor, "en", group="aminoglycoside-antibacterials", tier="orange", q="mycin")

    assert sorted(listed_names(both)) == ["Streptomycin", "Tobramycin"]


def test_a_search_says_how_many_entries_match_and_what_was_asked(visitor):
    text = text_of(search(visitor, "fr", q="valpro", tier="red"))

    assert "1 entrée sur 33 correspond à votre recherche" in text
    assert "Mots : “valpro”" in text
    assert "Niveau : Rouge" in text


@pytest.mark.parametrize(
    "language, message",
    [
        ("en", "If a medicine is not on the list, that does not mean it is safe for you."),
        ("fr", "Cela ne veut pas dire qu'un médicament est sans danger pour vous."),
        ("nl", "Dat betekent niet dat een geneesmiddel veilig is voor u."),
    ],
)
def test_nothing_found_says_so_and_repeats_the_safety_message(visitor, language, message):
    page = search(visitor, language, q="paracetamol")
    empty_state = text_of(page.split('class="drug-empty"', 1)[1])

    assert listed_names(page) == []
    assert "paracetamol" in empty_state
    assert message in text_of(page)
    assert {
        "en": "This does not mean that a medicine is safe for you.",
        "fr": "Cela ne veut pas dire qu'un médicament est sans danger pour vous.",
        "nl": "Dat betekent niet dat een geneesmiddel veilig is voor u.",
    }[language] in empty_state


def test_a_refused_filter_is_named_and_the_others_still_apply(visitor):
    page = search(visitor, "en", q="valpro", tier="purple")

    assert listed_names(page) == ["Valproic acid"]
    assert "Part of your search could not be used:" in text_of(page)
    assert "purple" in text_of(page.split('class="drug-search__errors"', 1)[1])


def test_a_refused_field_is_marked_and_described_by_its_error(visitor):
    page = search(visitor, "fr", group="no-such-group", condition="POLG", tier="red")

    select = re.search(r'<select name="group"[^>]*>', page).group(0)
    assert 'aria-invalid="true"' in select
    error_id = re.search(r'aria-describedby="([^"]+)"', select).group(1)
    error = re.search(rf'<span class="drug-search__error" id="{error_id}">(.*?)</span>', page)
    assert "no-such-group" in text_of(error.group(1))
    assert '<option value="POLG" selected>' in page
    red = re.search(r'<input type="checkbox" name="tier" value="red"[^>]*>', page).group(0)
    assert red.endswith(" checked>")


def test_the_search_keeps_what_was_typed_in_its_field(visitor):
    page = search(visitor, "en", q="Depakine")

    assert 'name="q" id="id_q" value="Depakine"' in page


def test_visitors_keep_the_filters_they_chose_in_the_address(visitor):
    """Visitors' requests lose unknown parameters (imp_site.visitor_query); the list's are kept."""
    page = search(visitor, "en", tier="red", made_up="1")

    assert listed_names(page) == ["Valproic acid"]


def test_a_search_of_an_archived_revision_searches_that_revision(visitor):
    from tests.drugs.pages import url

    page = html_of(visitor, url("revision", "en", label="2025-2") + "?q=ibuprofen")

    assert listed_names(page) == ["Ibuprofen"]
