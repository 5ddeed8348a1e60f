"""Visitors narrow the directory by language, subject and who runs a group, alone or together,
with a plain GET form; a choice that matches nothing says so, and offers the whole list."""

import re

import pytest

from tests.community.factories import make_group
from tests.community.pages import directory_url, group_names_in, text_of_main
from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

NO_MATCH = {
    "en": "No group matches all of your choices.",
    "fr": "Aucun groupe ne correspond à tous vos choix.",
    "nl": "Geen enkele groep past bij al uw keuzes.",
}
SHOW_ALL = {"en": "Show all groups", "fr": "Voir tous les groupes", "nl": "Alle groepen tonen"}
ONE_MATCHES = {
    "en": "1 group matches your choice",
    "fr": "1 groupe correspond à votre choix",
    "nl": "1 groep past bij uw keuze",
}
NO_LONGER_AVAILABLE = {
    "en": "One of your choices is no longer available",
    "fr": "Un de vos choix n'est plus disponible",
    "nl": "Een van uw keuzes is niet meer beschikbaar",
}


@pytest.fixture
def groups():
    return {
        "italian general": make_group("Italian general", languages=["it"]),
        "italian melas by org": make_group(
            "Italian MELAS by an organisation",
            languages=["it", "en"],
            focus="melas",
            organiser_type="organisation",
        ),
        "english melas": make_group("English MELAS", languages=["en"], focus="melas"),
        "dutch leigh by org": make_group(
            "Dutch Leigh by an organisation",
            languages=["nl"],
            focus="leigh",
            organiser_type="organisation",
        ),
    }


def names_shown(client, site_language, /, **filters):
    response = client.get(directory_url(site_language, **filters))
    assert response.status_code == 200
    return set(group_names_in(response.content.decode()))


def ours(groups, *keys):
    return {groups[key].name for key in keys}


@pytest.mark.parametrize("language", LANGUAGES)
def test_filtering_by_language_shows_the_groups_led_in_it(visitor, groups, language):
    shown = names_shown(visitor, language, group_language="it")

    assert ours(groups, "italian general", "italian melas by org") <= shown
    assert not ours(groups, "english melas", "dutch leigh by org") & shown
    assert "Mitocondri Insieme" in shown and "Mito Samen" not in shown  # demo groups too


@pytest.mark.parametrize("language", LANGUAGES)
def test_filtering_by_disorder_shows_the_groups_about_it(visitor, groups, language):
    shown = names_shown(visitor, language, focus="melas")

    assert ours(groups, "italian melas by org", "english melas") <= shown
    assert not ours(groups, "italian general", "dutch leigh by org") & shown


@pytest.mark.parametrize("language", LANGUAGES)
def test_filtering_by_general_shows_the_groups_about_mito_as_a_whole(visitor, groups, language):
    shown = names_shown(visitor, language, focus="general")

    assert ours(groups, "italian general") <= shown
    assert not ours(groups, "italian melas by org", "english melas", "dutch leigh by org") & shown


@pytest.mark.parametrize("language", LANGUAGES)
def test_filtering_by_organiser_shows_the_groups_run_by_organisations(visitor, groups, language):
    shown = names_shown(visitor, language, organiser="organisation")

    assert ours(groups, "italian melas by org", "dutch leigh by org") <= shown
    assert not ours(groups, "italian general", "english melas") & shown


@pytest.mark.parametrize("language", LANGUAGES)
def test_filters_combine(visitor, groups, language):
    shown = names_shown(
        visitor, language, group_language="it", focus="melas", organiser="organisation"
    )

    assert shown == ours(groups, "italian melas by org")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_heading_counts_the_groups_that_match(visitor, groups, language):
    url = directory_url(language, group_language="it", focus="melas", organiser="organisation")

    text = text_of_main(visitor.get(url).content.decode())

    assert ONE_MATCHES[language] in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_choices_that_match_nothing_say_so_and_lead_to_all_groups(visitor, groups, language):
    response = visitor.get(directory_url(language, group_language="nl", focus="melas"))

    html = response.content.decode()
    assert group_names_in(html) == []
    assert NO_MATCH[language] in text_of_main(html)
    assert f'<a href="{directory_url(language)}#groups">{SHOW_ALL[language]}</a>' in html


def test_the_form_shows_the_choices_made(visitor, groups):
    html = visitor.get(
        directory_url("en", group_language="it", organiser="organisation")
    ).content.decode()

    assert re.search(r'<option value="it" selected>Italian</option>', html)
    assert re.search(r'<option value="organisation" selected>', html)


def test_the_form_offers_only_languages_and_disorders_some_group_has(visitor, groups):
    html = visitor.get(directory_url("en")).content.decode()

    assert '<option value="it">Italian</option>' in html
    assert '<option value="melas">MELAS syndrome</option>' in html
    assert 'value="barth"' not in html  # a disorder no listed group is about
    assert 'value="fi"' not in html  # a language no listed group is led in


def test_the_filter_form_sends_a_plain_get_that_opens_at_the_results(visitor):
    html = visitor.get(directory_url("fr")).content.decode()

    form = re.search(r'<form method="get" action="([^"]+)">', html)
    assert form.group(1) == directory_url("fr") + "#groups"
    assert 'id="groups"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_choice_that_no_longer_exists_is_said_and_the_other_choices_apply(
    visitor, groups, language
):
    response = visitor.get(directory_url(language, focus="no-such-disorder", group_language="it"))

    html = response.content.decode()
    assert NO_LONGER_AVAILABLE[language] in text_of_main(html)
    assert ours(groups, "italian general", "italian melas by org") <= set(group_names_in(html))
    assert "private" in response["Cache-Control"]  # never stored in the page cache


def test_filtering_by_a_language_of_the_site_leaves_the_page_in_the_visitors_language(visitor):
    """django CMS reads a parameter called "language" as the language to render the page in;
    the filter's own name keeps the English page English."""
    html = visitor.get(directory_url("en", group_language="fr")).content.decode()

    assert '<html lang="en">' in html
    assert "Below you find the groups we know of." in text_of_main(html)
    assert set(group_names_in(html)) == {"Mito Solidarité"}
