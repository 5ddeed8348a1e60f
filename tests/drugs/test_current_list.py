"""The current list at the drug page: every entry with its tier, name, group and advice, the
tier legend before the entries, the revision's dates, the safety messages and the example-data
notice, in each language."""

from datetime import date

import pytest

from drugs.models import Revision
from tests.conftest import LANGUAGES
from tests.drugs.factories import make_entry, make_revision
from tests.drugs.pages import html_of, list_url, listed_names, text_of

pytestmark = pytest.mark.django_db

TIER_LABELS = {"en": "Red", "fr": "Rouge", "nl": "Rood"}
VALPROIC_ACID = {"en": "Valproic acid", "fr": "Acide valproïque", "nl": "Valproïnezuur"}
ANTIEPILEPTICS = {"en": "Antiepileptics", "fr": "Antiépileptiques", "nl": "Anti-epileptica"}
ADVICE_START = {
    "en": "Do not use valproic acid if you have recessive POLG variants",
    "fr": "Contre-indiqué en cas de variants récessifs du gène POLG",
    "nl": "Niet gebruiken bij recessieve varianten in het POLG-gen",
}
SAFETY = {
    "en": "If a medicine is not on the list, that does not mean it is safe for you.",
    "fr": "Si un médicament ne figure pas sur la liste, cela ne veut pas dire qu'il est sans "
    "danger pour vous.",
    "nl": "Staat een geneesmiddel niet op de lijst? Dat betekent niet dat het veilig is voor u.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_list_shows_every_entry_of_the_current_revision(visitor, language):
    names = listed_names(html_of(visitor, list_url(language)))

    current = Revision.objects.current()
    assert len(names) == current.entries.count() == 33
    assert VALPROIC_ACID[language] in names


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_entry_shows_its_tier_label_group_and_advice_in_the_visitors_language(visitor, language):
    page = html_of(visitor, list_url(language))

    entry = page.split(f">{VALPROIC_ACID[language]}</a>", 1)[1].split("</li>", 1)[0]
    assert TIER_LABELS[language] in text_of(entry)
    assert ANTIEPILEPTICS[language] in text_of(entry)
    assert ADVICE_START[language] in text_of(entry)


def test_the_entries_are_in_alphabetical_order_of_their_name_accents_ignored(visitor):
    names = listed_names(html_of(visitor, list_url("fr")))

    assert names == sorted(names, key=lambda name: name.casefold().replace("é", "e"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_tier_legend_comes_before_the_first_entry(visitor, language):
    page = html_of(visitor, list_url(language))

    assert page.index('class="tier-legend"') < page.index('class="drug-entry')
    legend = text_of(page.split('class="tier-legend"', 1)[1].split("</section>", 1)[0])
    assert {"en": "Contraindicated", "fr": "Contre-indiqué", "nl": "Gecontra"}[language] in legend


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_list_says_its_revision_and_repeats_the_safety_messages(visitor, language):
    text = text_of(html_of(visitor, list_url(language)))

    assert "2026-1" in text
    assert {"en": "Feb. 1, 2026", "fr": "1 février 2026", "nl": "1 februari 2026"}[language] in text
    assert SAFETY[language] in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_example_data_is_announced_on_the_list(visitor, language):
    text = text_of(html_of(visitor, list_url(language)))

    assert {"en": "Example data.", "fr": "Données d'exemple.", "nl": "Voorbeeldgegevens."}[
        language
    ] in text


def test_a_real_revision_carries_no_example_data_notice(visitor):
    revision = make_revision("2099-1")
    make_entry(revision, name="Real drug")
    from drugs.services import revision_publish

    revision_publish(revision=revision, today=date(2099, 1, 1))

    assert "Example data." not in text_of(html_of(visitor, list_url("en")))


def test_the_list_says_when_the_current_revision_is_past_its_review_date(visitor):
    # The demo's current revision was due for review on 1 August 2026.
    text = text_of(html_of(visitor, list_url("en")))

    assert "This revision was due to be reviewed on Aug. 1, 2026." in text


def test_a_revision_within_its_review_date_says_nothing_about_it(visitor):
    from drugs.services import revision_publish

    revision = make_revision("2099-1")
    make_entry(revision)
    revision_publish(revision=revision, today=date(2099, 1, 1))

    assert "due to be reviewed" not in text_of(html_of(visitor, list_url("en")))


def test_the_pages_own_text_stands_above_the_list(visitor):
    page = html_of(visitor, list_url("en"))

    assert "There is no cure for mitochondrial disease yet." in text_of(page)
    assert page.index("There is no cure") < page.index('class="drug-entry')
