"""The plugins an editor can place on any page: a drug search box, the tier legend and the
latest changes; publishing a revision refreshes the pages that show them."""

from datetime import date

import pytest
from cms.api import add_plugin
from cms.models import Placeholder
from cms.plugin_rendering import ContentRenderer
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.base import SessionBase
from django.template import Context
from django.test import RequestFactory
from django.utils.translation import override

from drugs.services import revision_publish
from tests.conftest import LANGUAGES, page_url
from tests.drugs.factories import make_entry, make_revision
from tests.drugs.pages import html_of, list_url, text_of

pytestmark = pytest.mark.django_db


def rendered(plugin_type, language):
    """The plugin as a page renders it, in a language."""
    placeholder = Placeholder.objects.create(slot="test")
    plugin = add_plugin(placeholder, plugin_type, language)
    request = RequestFactory().get(f"/{language}/")
    request.user, request.session, request.current_page = AnonymousUser(), SessionBase(), None
    with override(language):
        return ContentRenderer(request).render_plugin(plugin, Context({"request": request}))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_search_box_leads_to_the_list_in_the_pages_language(language):
    html = rendered("DrugSearchBoxPlugin", language)

    assert f'action="{list_url(language)}"' in html
    assert 'name="q"' in html


def test_the_search_box_names_its_field_in_the_visitors_language():
    html = rendered("DrugSearchBoxPlugin", "nl")

    assert "Staat een geneesmiddel op de lijst van mogelijk schadelijke geneesmiddelen?" in (
        text_of(html)
    )


@pytest.mark.parametrize(
    "language, words",
    [
        ("en", ["Yellow", "Orange", "Red", "Contraindicated: should not be used."]),
        ("fr", ["Jaune", "Orange", "Rouge", "Contre-indiqué"]),
        ("nl", ["Geel", "Oranje", "Rood"]),
    ],
)
def test_the_tier_legend_gives_each_tier_its_label_symbol_and_meaning(language, words):
    html = rendered("DrugTierLegendPlugin", language)

    for word in words:
        assert word in text_of(html)
    assert html.count('class="tier__symbol" aria-hidden="true"') == 3


def test_the_latest_changes_name_what_the_current_revision_changed():
    text = text_of(rendered("DrugLatestChangesPlugin", "en"))

    assert "Revision 2026-1, published Feb. 1, 2026." in text
    assert "Added: Aminoglycosides, Fenofibrate, Linezolid" in text
    assert "Removed: Ibuprofen" in text
    assert "Propofol: tier changed" in text


def test_the_latest_changes_of_example_data_say_so():
    text = text_of(rendered("DrugLatestChangesPlugin", "fr"))

    assert "Données d'exemple." in text


def test_the_home_page_has_the_search_box_and_the_latest_changes(visitor):
    page = html_of(visitor, page_url("home", "fr"))

    assert f'action="{list_url("fr")}"' in page
    assert "Derniers changements de la liste des médicaments" in text_of(page)


def test_publishing_a_revision_refreshes_the_cached_pages_showing_the_latest_changes(
    visitor, django_capture_on_commit_callbacks
):
    home = page_url("home", "en")
    assert "Revision 2026-1" in text_of(html_of(visitor, home))
    draft = make_revision("2099-1")
    make_entry(draft, name="Brand new entry")

    with django_capture_on_commit_callbacks(execute=True):
        revision_publish(revision=draft, today=date(2099, 1, 1))

    text = text_of(html_of(visitor, home))
    assert "Revision 2099-1" in text
    assert "Revision 2026-1" not in text


def test_publishing_a_revision_refreshes_the_cached_list(
    visitor, django_capture_on_commit_callbacks
):
    assert "Brand new entry" not in text_of(html_of(visitor, list_url("en")))
    draft = make_revision("2099-1")
    make_entry(draft, name="Brand new entry")

    with django_capture_on_commit_callbacks(execute=True):
        revision_publish(revision=draft, today=date(2099, 1, 1))

    assert "Brand new entry" in text_of(html_of(visitor, list_url("en")))
