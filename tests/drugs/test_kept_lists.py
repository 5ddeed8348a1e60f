"""Each server process keeps the published revisions' lists it has read (drugs/kept_lists.py): a
search nobody asked before reads no entry from the database, and what editors change still
reaches the next search, in this process or from another one."""

from datetime import date

import pytest
from cms.cache import CMS_PAGE_CACHE_VERSION_KEY, invalidate_cms_page_cache
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import drugs.views
from drugs.models import DrugGroup, Revision
from drugs.services import revision_publish
from tests.drugs.factories import make_entry, make_revision
from tests.drugs.pages import html_of, list_url, listed_names, text_of, url

pytestmark = pytest.mark.django_db

GROUP_NAME = {"en": "Antiepileptics", "fr": "Antiépileptiques", "nl": "Anti-epileptica"}


def tables_read(queries):
    return {
        word.strip('"').split('"')[0]
        for query in queries
        for word in query["sql"].split()
        if word.startswith('"drugs_')
    }


def test_a_new_search_reads_no_entry_from_the_database_once_the_list_is_kept(visitor):
    html_of(visitor, list_url("fr") + "?q=valpro")  # the list read and kept

    with CaptureQueriesContext(connection) as queries:
        page = html_of(visitor, list_url("fr") + "?q=gentamicine&tier=red&tier=orange")

    assert listed_names(page) == ["Gentamicine"]
    assert tables_read(queries) & {"drugs_entry", "drugs_entrytranslation"} == set()


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_a_kept_list_names_its_entries_and_groups_in_each_visitor_s_language(visitor, language):
    html_of(visitor, list_url("en") + "?q=valpro")  # kept while read in English

    page = html_of(visitor, list_url(language) + "?q=valpro")

    assert listed_names(page) == [
        {"en": "Valproic acid", "fr": "Acide valproïque", "nl": "Valproïnezuur"}[language]
    ]
    assert f'<option value="antiepileptics">{GROUP_NAME[language]}</option>' in page


def rename_behind_this_process(slug, name):
    """As another server process saving a group: the database changes, and nothing here hears
    of it but the shared cache."""
    translations = DrugGroup._parler_meta.root_model.objects
    translations.filter(master__slug=slug, language_code="en").update(name=name)


def test_a_group_renamed_in_the_admin_shows_in_the_next_search(
    visitor, django_capture_on_commit_callbacks
):
    assert GROUP_NAME["en"] in text_of(html_of(visitor, list_url("en") + "?q=valpro"))
    group = DrugGroup.objects.get(slug="antiepileptics")
    group.set_current_language("en")
    group.name = "Anticonvulsants"

    with django_capture_on_commit_callbacks(execute=True):
        group.save()
    page = text_of(html_of(visitor, list_url("en") + "?q=valproic"))

    assert "Anticonvulsants" in page
    assert GROUP_NAME["en"] not in page


def test_a_change_another_process_makes_reaches_the_next_search(visitor):
    html_of(visitor, list_url("en") + "?q=valpro")
    rename_behind_this_process("antiepileptics", "Renamed elsewhere")

    invalidate_cms_page_cache()  # what that process's save does (imp_site/page_cache.py)
    page = text_of(html_of(visitor, list_url("en") + "?q=valproic"))

    assert "Renamed elsewhere" in page


def test_no_list_is_kept_across_an_emptied_shared_cache(visitor):
    """Emptied, the shared cache counts its versions from 1 again: a list kept under an earlier
    version 1 must not pass for the one of the new version."""
    html_of(visitor, list_url("en") + "?q=valpro")
    rename_behind_this_process("antiepileptics", "Renamed while the cache restarted")

    cache.clear()
    page = text_of(html_of(visitor, list_url("en") + "?q=valproic"))

    assert "Renamed while the cache restarted" in page


def test_an_editor_s_preview_of_a_draft_shows_each_change_at_once(drug_editor_client):
    draft = make_revision("2099-1")
    make_entry(draft, name="Firstdrug")
    address = url("revision", "en", label=draft.label) + "?q=drug"
    assert listed_names(html_of(drug_editor_client, address)) == ["Firstdrug"]

    make_entry(Revision.objects.get(pk=draft.pk), name="Seconddrug")

    assert listed_names(html_of(drug_editor_client, address)) == ["Firstdrug", "Seconddrug"]


def test_a_revision_published_replaces_the_kept_current_list_on_the_next_search(
    visitor, django_capture_on_commit_callbacks
):
    assert listed_names(html_of(visitor, list_url("en") + "?q=valpro")) == ["Valproic acid"]
    draft = make_revision("2099-1")
    make_entry(draft, name="Valproate newcomer")

    with django_capture_on_commit_callbacks(execute=True):
        revision_publish(revision=draft, today=date(2099, 1, 1))
    page = html_of(visitor, list_url("en") + "?q=valpro&tier=yellow")

    assert listed_names(page) == ["Valproate newcomer"]
    assert "2099-1" in text_of(page)


def test_a_change_published_while_a_search_is_rendered_reaches_the_next_visitor(
    visitor, monkeypatch
):
    """The page rendered before the change must not be stored as the page after it: it is
    stored under the generation its visit read, which the change moved on."""
    html_of(visitor, list_url("en") + "?q=first")  # the list and the frame kept
    version_before = cache.get(CMS_PAGE_CACHE_VERSION_KEY)
    real_search = drugs.views.search

    def search_while_another_process_renames(*args, **kwargs):
        rename_behind_this_process("antiepileptics", "Renamed during the search")
        invalidate_cms_page_cache()  # what that process's save does (imp_site/page_cache.py)
        return real_search(*args, **kwargs)

    with monkeypatch.context() as during:
        during.setattr(drugs.views, "search", search_while_another_process_renames)
        assert GROUP_NAME["en"] in text_of(html_of(visitor, list_url("en") + "?q=valproic"))

    assert cache.get(CMS_PAGE_CACHE_VERSION_KEY) == version_before + 1
    assert "Renamed during the search" in text_of(html_of(visitor, list_url("en") + "?q=valproic"))
