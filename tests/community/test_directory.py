"""Visitors find the directory of Facebook groups on the community page, in their language:
each group with what it is about, who runs it and how to join, links that say they lead to
Facebook, and advice before joining."""

import datetime
import re

import pytest
from django.utils.html import escape

from tests.community.factories import make_group
from tests.community.pages import directory_url, group_names_in, suggestion_url, text_of_main
from tests.conftest import LANGUAGES
from tests.demo_data import demo_items

pytestmark = pytest.mark.django_db

FACTS = {
    "en": [
        "MELAS syndrome",
        "Leigh Hope",
        "(patient organisation)",
        "Region en",
        "Private:",
        "3 March 2026",
    ],
    "fr": [
        "Syndrome MELAS",
        "Leigh Hope",
        "(association de patients)",
        "Region fr",
        "Privé :",
        "3 mars 2026",
    ],
    "nl": [
        "MELAS-syndroom",
        "Leigh Hope",
        "(patiëntenorganisatie)",
        "Region nl",
        "Besloten:",
        "3 maart 2026",
    ],
}
LANGUAGE_NAMES = {"en": "Italian, Spanish", "fr": "Espagnol, Italien", "nl": "Italiaans, Spaans"}
EXTERNAL = {"en": "(external website)", "fr": "(site externe)", "nl": "(externe website)"}
BEFORE_YOU_JOIN = {
    "en": "Before you join a group",
    "fr": "Avant de rejoindre un groupe",
    "nl": "Voordat u lid wordt van een groep",
}
EXAMPLE = {"en": "does not exist", "fr": "n'existe pas", "nl": "bestaat niet"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_group_shows_what_it_is_about_who_runs_it_and_how_to_join(visitor, language):
    group = make_group(
        "Test MELAS circle",
        languages=["it", "es"],
        focus="melas",
        organiser_type="organisation",
        organisation="Leigh Hope",
        privacy="private",
        link_checked_on=datetime.date(2026, 3, 3),
    )

    text = text_of_main(visitor.get(directory_url(language)).content.decode())

    card = text[text.index(group.name) :][:700]
    assert f"Description {language}" in card
    assert LANGUAGE_NAMES[language] in card
    for fact in FACTS[language]:
        assert fact in card, fact


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_group_link_leads_to_facebook_and_says_it_is_another_website(visitor, language):
    group = make_group("Linked group")

    html = visitor.get(directory_url(language)).content.decode()

    link = re.search(r"<a ([^>]*)>Linked group <span[^>]*>([^<]*)</span></a>", html)
    assert f'href="{group.url}"' in link.group(1)
    assert 'rel="noopener noreferrer"' in link.group(1)
    assert "target=" not in link.group(1)
    assert link.group(2) == EXTERNAL[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_directory_says_what_to_expect_before_joining(visitor, language):
    text = text_of_main(visitor.get(directory_url(language)).content.decode())

    assert BEFORE_YOU_JOIN[language] in text


def test_groups_led_in_the_visitors_language_come_first(visitor):
    make_group("Aaa English group", languages=["en"])
    make_group("Zzz Dutch group", languages=["nl"])

    dutch_page = group_names_in(visitor.get(directory_url("nl")).content.decode())
    english_page = group_names_in(visitor.get(directory_url("en")).content.decode())

    assert dutch_page.index("Zzz Dutch group") < dutch_page.index("Aaa English group")
    assert english_page.index("Aaa English group") < english_page.index("Zzz Dutch group")


def test_general_groups_come_before_those_about_one_disorder_then_by_name(visitor):
    make_group("Bbb about Leigh", languages=["fr"], focus="leigh")
    make_group("Ccc general", languages=["fr"])
    make_group("aaa about MELAS", languages=["fr"], focus="melas")

    names = group_names_in(visitor.get(directory_url("fr")).content.decode())
    ours = [name for name in names if name[:3].lower() in ("aaa", "bbb", "ccc")]

    assert ours == ["Ccc general", "aaa about MELAS", "Bbb about Leigh"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_groups_are_listed_and_shown_as_examples(visitor, language):
    html = visitor.get(directory_url(language)).content.decode()

    for spec in demo_items("community", "facebook_groups.yaml"):
        assert escape(spec["name"]) in html
        assert escape(spec[language]["description"]) in html
    assert html.count(EXAMPLE[language]) == len(demo_items("community", "facebook_groups.yaml"))


def test_the_directory_leads_to_the_suggestion_form(visitor):
    html = visitor.get(directory_url("nl")).content.decode()

    assert f'href="{suggestion_url("nl")}"' in html
