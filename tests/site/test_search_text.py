"""How search compares words: accents, case and ligatures aside, as a visitor would."""

import re

import pytest
from django.db import connection

from imp_site.search.text import ExcerptPart, excerpt, fold, plain_text, word_pattern, words_of


@pytest.mark.parametrize(
    "typed, written",
    [
        ("Activites", "Activités"),
        ("hopital", "HÔPITAL"),
        ("coeur", "cœur"),
        ("strasse", "Straße"),
        ("patientenregister", "patiënten\u00adregister"),  # with a soft hyphen
    ],
)
def test_a_word_typed_without_accents_is_the_same_word(typed, written):
    assert fold(typed) == fold(written)


def test_the_words_of_a_search_are_folded_distinct_and_at_least_two_letters():
    assert words_of("L'Hôpital, l'hopital à Paris") == ["hopital", "paris"]


@pytest.mark.parametrize(
    "typed, text",
    [
        ("hopital", "un séjour à l'Hôpital"),
        ("activites", "Activités permanentes"),
        ("coeur", "Le Cœur"),
        ("strasse", "Hauptstraße 1"),
        ("mitochondriele", "mitochondriële ziekte"),
    ],
)
def test_the_database_pattern_finds_every_accented_form(typed, text):
    # SQLite's REGEXP is Python's re; PostgreSQL's ~* reads these patterns the same way.
    assert re.search(word_pattern(typed), text, re.IGNORECASE)


@pytest.mark.django_db
@pytest.mark.parametrize("typed, text", [("hopital", "L'HÔPITAL"), ("coeur", "Œuvre du cœur")])
def test_the_database_pattern_finds_accented_forms_in_this_database(typed, text):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT %s ~* %s", [text, word_pattern(typed)])
        else:
            cursor.execute("SELECT %s REGEXP %s", [text, word_pattern(typed)])
        assert cursor.fetchone()[0]


def test_the_excerpt_marks_the_word_as_written_in_the_text():
    parts = excerpt("Ce n'est pas un dossier tenu par un hôpital ou un médecin.", ["hopital"])

    assert ExcerptPart("hôpital", True) in parts
    assert "".join(part.text for part in parts) == (
        "Ce n'est pas un dossier tenu par un hôpital ou un médecin."
    )


def test_a_long_text_is_cut_around_the_word_at_spaces():
    text = " ".join(f"mot{number}" for number in range(200)) + " hôpital " + "fin " * 100

    parts = excerpt(text, ["hopital"], length=100)
    shown = "".join(part.text for part in parts)

    assert shown.startswith("… mot") and shown.endswith(" …")
    assert "hôpital" in shown
    assert len(shown) <= 110


def test_rich_text_becomes_sentences_of_plain_text():
    markup = "<h2>Pourquoi c'est important</h2><p>Les maladies&nbsp;sont <b>rares</b>.</p>"

    assert plain_text(markup) == "Pourquoi c'est important. Les maladies sont rares."
