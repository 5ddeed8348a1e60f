"""A change made in one server process reaches the pages every other process serves at once:
the page, placeholder and menu caches are shared (production refuses a per-process cache)."""

import urllib.request

import pytest

from tests.demo_data import demo_items, page_spec
from tests.e2e.conftest import page_path, run_in_site

pytestmark = pytest.mark.e2e

ASKS = 20  # enough to reach both workers many times


def pages_seen(url):
    pages = []
    for _ in range(ASKS):
        with urllib.request.urlopen(url) as response:  # noqa: S310 - our own loopback server
            pages.append(response.read().decode())
    return pages


def test_a_project_unpublished_elsewhere_leaves_the_list_of_every_worker(site, site_environment):
    project = demo_items("projects", "projects.yaml")[-1]
    url = site + page_path("projects", "en")
    assert all(project["en"]["title"] in page for page in pages_seen(url))

    set_published = (
        "from projects.models import Project; "
        f"Project.objects.translated('en', slug='{project['en']['slug']}').set_published"
    )
    run_in_site(site_environment, f"{set_published}(False)")
    try:
        assert not any(project["en"]["title"] in page for page in pages_seen(url))
    finally:
        run_in_site(site_environment, f"{set_published}(True)")


def test_a_page_renamed_elsewhere_has_its_new_name_in_every_workers_menu(site, site_environment):
    old_name = page_spec("about")["en"]["menu_title"]
    assert all(old_name in page for page in pages_seen(site + "/en/"))

    run_in_site(site_environment, rename_about_page("Who we are"))
    try:
        assert all("Who we are" in page for page in pages_seen(site + "/en/"))
    finally:
        run_in_site(site_environment, rename_about_page(old_name))


def rename_about_page(menu_title):
    """Code that publishes a new version of the English About page with this menu title."""
    return (
        "from cms.models import PageContent; "
        "from django.contrib.auth import get_user_model; "
        "from djangocms_versioning.models import Version; "
        "admin = get_user_model().objects.get(username='admin'); "
        "content = PageContent.objects.get(page__reverse_id='about', language='en'); "
        "draft = Version.objects.get_for_content(content).copy(admin); "
        f"draft.content.menu_title = {menu_title!r}; draft.content.save(); "
        "draft.publish(admin)"
    )
