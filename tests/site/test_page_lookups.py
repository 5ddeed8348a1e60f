"""A visitor's page that is not in the page cache takes its CMS page from the lookup this process
kept (imp_site.page_copies.kept_page_for): which page an address belongs to is read from the
database once per generation, and what editors change still shows on the next visit."""

import pytest
from cms.cache import invalidate_cms_page_cache
from cms.models import PageContent
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from imp_site.page_copies import generation_read_once, kept_page_for
from tests.drugs.pages import h1_of, html_of, list_url, title_of

pytestmark = pytest.mark.django_db

DRUGS_TITLE = {"en": "Medicines that may harm", "nl": "Geneesmiddelen die kunnen schaden"}


def page_lookups(queries):
    """The CMS's lookup of the page an address belongs to (cms.utils.page)."""
    return [query for query in queries if '"cms_pageurl"."path" = ' in query["sql"]]


def retitle_drugs_page(language, title):
    contents = PageContent.admin_manager.filter(page__reverse_id="drugs", language=language)
    contents.update(page_title=title, title=title)
    invalidate_cms_page_cache()  # what publishing the page does


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_second_address_of_a_page_is_rendered_without_looking_the_page_up(visitor, language):
    retitle_drugs_page(language, DRUGS_TITLE[language])
    html_of(visitor, list_url(language) + "?page=1")  # the lookup kept

    with CaptureQueriesContext(connection) as queries:
        page = html_of(visitor, list_url(language) + "?page=2")  # not in the page cache

    assert page_lookups(queries) == []
    assert h1_of(page) == DRUGS_TITLE[language]
    assert title_of(page).startswith(DRUGS_TITLE[language])


def test_a_page_retitled_and_published_shows_its_new_title_on_the_next_visit(visitor):
    html_of(visitor, list_url("en") + "?page=1")

    retitle_drugs_page("en", "Medicines to discuss with your doctor")
    page = html_of(visitor, list_url("en") + "?page=2")

    assert h1_of(page) == "Medicines to discuss with your doctor"
    assert title_of(page).startswith("Medicines to discuss with your doctor")


def test_an_editor_s_visit_looks_the_page_up(editor_client):
    html_of(editor_client, list_url("en") + "?page=1")

    with CaptureQueriesContext(connection) as queries:
        html_of(editor_client, list_url("en") + "?page=2")

    assert page_lookups(queries)


def test_each_visit_gets_a_page_object_of_its_own():
    def visit():
        request = RequestFactory().get(list_url("en"))
        request.LANGUAGE_CODE = "en"
        with generation_read_once():
            return kept_page_for(request)

    first, second, third = visit(), visit(), visit()

    assert first.reverse_id == second.reverse_id == third.reverse_id == "drugs"
    assert second is not third  # both from the kept lookup, each unpickled for its visit
    second.login_required = True
    assert third.login_required is False


def test_an_address_of_no_page_is_not_kept(visitor):
    html_of(visitor, "/en/no-such-page/", status=404)

    with CaptureQueriesContext(connection) as queries:
        html_of(visitor, "/en/no-such-page/", status=404)

    assert page_lookups(queries)
