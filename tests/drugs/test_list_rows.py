"""The parts of a list's page that a search shows on every visit are made once per process:
each entry's row per language and address, the options of the search form's selects, the
download form's fields (drugs/templatetags/drug_tags.py). What they show stays right."""

import pytest
from django.template import engines

from tests.drugs.pages import html_and_templates_of, html_of, list_url, listed_names, text_of, url

pytestmark = pytest.mark.django_db

ROW = "drugs/includes/entry_row.html"
BRAND_NAMES = {
    "en": "Brand names: Depakine",
    "fr": "Noms de marque : Depakine",
    "nl": "Merknamen: Depakine",
}


def test_a_row_shown_before_is_not_made_again(visitor):
    _page, made = html_and_templates_of(visitor, list_url("en") + "?q=valpro")
    assert made.count(ROW) == 1

    page, made_again = html_and_templates_of(visitor, list_url("en") + "?q=valproic+acid")

    assert listed_names(page) == ["Valproic acid"]
    assert ROW not in made_again


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_a_row_is_made_in_each_visitor_s_language(visitor, language):
    html_of(visitor, list_url("en") + "?q=valpro")  # the row made in English first

    page = text_of(html_of(visitor, list_url(language) + "?q=depakine"))

    assert BRAND_NAMES[language] in page


def test_a_row_links_to_the_entry_in_the_revision_it_is_listed_in(visitor):
    html_of(visitor, list_url("en") + "?q=valpro")  # the current list's row made first

    page = html_of(visitor, url("revision", "en", label="2026-1") + "?q=valpro")

    assert 'href="/en/drugs/revisions/2026-1/valproic-acid/"' in page


def test_select_options_mark_the_chosen_one_and_escape_every_name():
    template = engines["django"].from_string(
        "{% load drug_tags %}{% select_options choices selected %}"
    )
    choices = [("", "All groups"), ("a&b", "<Anti & epileptics>"), ("c", "Other")]

    assert template.render({"choices": choices, "selected": "a&b"}) == (
        '<option value="">All groups</option>'
        '<option value="a&amp;b" selected>&lt;Anti &amp; epileptics&gt;</option>'
        '<option value="c">Other</option>'
    )


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_the_download_form_offers_the_visitor_s_language_first_chosen(visitor, language):
    page = html_of(visitor, list_url(language) + "?q=valpro")

    assert f'<option value="{language}" selected>' in page
    assert page.count(" selected>") == 1 + page.count('<option value="" selected>')
