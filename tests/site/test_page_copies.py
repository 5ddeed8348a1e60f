"""Each server process serves visitors' cached pages from its own copy, asking the shared cache
only for the version, and never serves a copy the shared cache no longer stands behind
(imp_site/page_copies.py)."""

from datetime import timedelta

import pytest
from cms.cache import invalidate_cms_page_cache
from django.core.cache import cache
from django.utils.timezone import now

from imp_site import page_copies
from imp_site.page_copies import KeptCopies
from projects.models import Project
from tests.conftest import page_url
from tests.counting_cache import CountingCache

pytestmark = pytest.mark.django_db


def retitle_behind_this_process(project, title):
    """As another server process saving a project: the database changes, and nothing here hears
    of it but the shared cache."""
    translations = Project._parler_meta.root_model.objects
    translations.filter(master=project, language_code="en").update(title=title)


@pytest.fixture
def project():
    return Project.objects.published().order_by("pk").first()


@pytest.mark.parametrize("key", ["about", "projects", "drugs", "community"])
def test_a_page_read_once_from_the_shared_cache_is_then_served_from_the_process_s_copy(
    client, monkeypatch, key
):
    url = page_url(key, "en")
    first = client.get(url)  # rendered, and stored in the shared cache
    client.get(url)  # read from the shared cache, and a copy kept
    counting = CountingCache(cache)
    monkeypatch.setattr("imp_site.page_copies.cache", counting)

    again = client.get(url)

    assert again.content == first.content
    assert counting.operations == ["get_many"]


def test_a_change_another_process_makes_is_seen_on_the_next_visit(client, project):
    url = page_url("projects", "en")
    client.get(url)
    assert project.title in client.get(url).content.decode()  # a copy kept
    retitle_behind_this_process(project, "Retitled elsewhere")

    invalidate_cms_page_cache()  # what that process's save does (imp_site/page_cache.py)
    page = client.get(url).content.decode()

    assert "Retitled elsewhere" in page
    assert project.title not in page


def test_no_copy_is_served_once_the_shared_cache_was_emptied(client, project):
    """Emptied, the shared cache counts its versions from 1 again: a copy made under an earlier
    version 1 must not pass for the page of the new one."""
    url = page_url("projects", "en")
    client.get(url)
    client.get(url)  # a copy kept
    retitle_behind_this_process(project, "Retitled while the cache restarted")

    cache.clear()
    page = client.get(url).content.decode()

    assert "Retitled while the cache restarted" in page


def test_a_cms_page_from_a_copy_keeps_the_site_s_clickjacking_protection(client):
    url = page_url("about", "fr")
    first = client.get(url)

    again = client.get(url)

    assert again.content == first.content
    assert again["X-Frame-Options"] == "SAMEORIGIN"


def test_a_copy_is_not_served_after_its_shared_entry_expired():
    copies = KeptCopies(budget_bytes=1000)
    expires_at = now() + timedelta(seconds=120)
    copies.keep(("generation", "page"), b"<html>", expires_at, size=6)

    assert copies.get(("generation", "page"), expires_at - timedelta(seconds=1)) == b"<html>"
    assert copies.get(("generation", "page"), expires_at) is None
    assert len(copies) == 0


def test_copies_beyond_the_budget_drop_the_least_recently_used():
    copies = KeptCopies(budget_bytes=10)
    moment = now()
    later = moment + timedelta(seconds=60)
    copies.keep(("g", "a"), "a", later, size=4)
    copies.keep(("g", "b"), "b", later, size=4)
    copies.get(("g", "a"), moment)

    copies.keep(("g", "c"), "c", later, size=4)

    assert copies.get(("g", "a"), moment) == "a"
    assert copies.get(("g", "b"), moment) is None
    assert copies.get(("g", "c"), moment) == "c"


def test_a_page_larger_than_the_budget_is_not_kept():
    copies = KeptCopies(budget_bytes=10)

    copies.keep(("g", "big"), "big", now() + timedelta(seconds=60), size=11)

    assert len(copies) == 0


def test_a_new_generation_drops_the_copies_of_the_earlier_ones():
    copies = KeptCopies(budget_bytes=100)
    later = now() + timedelta(seconds=60)
    copies.forget_all_but(("mark", 1))
    copies.keep((("mark", 1), "page"), "old", later, size=3)

    copies.forget_all_but(("mark", 2))

    assert len(copies) == 0


def test_many_addresses_keep_no_more_copies_than_the_budget_holds(client, monkeypatch):
    """Each new address a visitor makes up (a search) is a page of its own: the budget bounds
    the copies, vary lists included, however many there are."""
    copies = KeptCopies(budget_bytes=60_000)
    monkeypatch.setattr("imp_site.page_copies.kept_copies", copies)
    page_sizes = []
    for number in range(12):
        url = page_url("drugs", "en") + f"?q=made-up-{number}"
        client.get(url)
        page_sizes.append(len(client.get(url).content))

    assert max(page_sizes) < 60_000  # each page could be kept
    assert len(copies) < 2 * 12


def test_the_page_s_keys_are_django_cms_s_own_for_each_address():
    from cms.cache.page import _page_cache_key, _page_vary_headers_cache_key
    from django.test import RequestFactory

    from imp_site.page_copies import _page_key, _vary_key

    request = RequestFactory().get("/en/drugs/?q=valpro")
    request.LANGUAGE_CODE = "en"
    assert _page_key(request) == _page_cache_key(request)
    assert _vary_key(request) == _page_vary_headers_cache_key(request)
    assert _page_key(request, ["Accept"]) == _page_cache_key(request, ["Accept"])

    request.META["QUERY_STRING"] = "q=gentamicin"  # the same request, another address
    assert _page_key(request) == _page_cache_key(request)
    assert _page_key(request) != _page_cache_key(RequestFactory().get("/en/drugs/?q=valpro"))


class SharedCacheReadingVersionsTogether(CountingCache):
    """The shared cache as imp_site/redis_cache.py offers it to page_copies: keys of several
    versions read in one round trip (get_many_across_versions), here over the tests' cache."""

    def get_many_across_versions(self, keys):
        self.operations.append("get_many_across_versions")
        values = {(key, version): self.real.get(key, version=version) for key, version in keys}
        return {pair: value for pair, value in values.items() if value is not None}


@pytest.fixture
def a_process_that_kept_no_copy(monkeypatch, client):
    """A server process that has seen the current generation but kept no copy of any page: the
    shared cache read as Redis is."""
    client.get(page_url("about", "en"))  # the generation seen
    seen = KeptCopies(1024 * 1024)
    seen.forget_all_but(page_copies.kept_copies.generation)
    monkeypatch.setattr(page_copies, "kept_copies", seen)
    counting = SharedCacheReadingVersionsTogether(cache)
    monkeypatch.setattr(page_copies, "cache", counting)
    return counting


def test_a_page_another_process_stored_is_read_with_the_generation_in_one_round_trip(
    client, project, a_process_that_kept_no_copy
):
    url = page_url("projects", "en")
    stored_elsewhere = client.get(url + "?page=1")  # as if another process had stored it
    page_copies.kept_copies.forget_all_but(None)
    page_copies.kept_copies.forget_all_but(page_copies.current_generation())
    a_process_that_kept_no_copy.operations.clear()

    page = client.get(url + "?page=1")

    assert page.content == stored_elsewhere.content
    assert project.title in page.content.decode()
    assert a_process_that_kept_no_copy.operations == ["get_many_across_versions"]


def test_a_page_of_the_generation_before_a_publish_is_not_served_on_a_guess(
    client, project, a_process_that_kept_no_copy
):
    url = page_url("projects", "en")
    client.get(url + "?page=1")  # stored under the generation this process saw
    page_copies.kept_copies.forget_all_but(None)
    page_copies.kept_copies.forget_all_but(page_copies.current_generation())
    title_before = project.title
    retitle_behind_this_process(project, "Retitled and published elsewhere")

    invalidate_cms_page_cache()  # another process's publish
    page = client.get(url + "?page=1").content.decode()

    assert "Retitled and published elsewhere" in page
    assert title_before not in page
