"""Editors feature groups on any page with the "Featured Facebook groups" plugin; visitors see
the listed ones only, and a change to a group reaches the cached page."""

import pytest
from cms import api
from cms.models import PageContent

from tests.community.factories import make_group
from tests.conftest import page_url

pytestmark = pytest.mark.django_db


def feature_on_the_about_page(*groups, heading=""):
    for content in PageContent.objects.filter(page__reverse_id="about"):
        placeholder = content.get_placeholders().get(slot="content")
        plugin = api.add_plugin(
            placeholder, "FeaturedGroupsPlugin", content.language, heading=heading
        )
        plugin.groups.set(groups)


def test_a_page_shows_the_groups_its_editor_featured(visitor):
    featured = make_group("Featured on About")
    make_group("Not featured")
    feature_on_the_about_page(featured, heading="Meet other families")

    html = visitor.get(page_url("about", "fr")).content.decode()

    assert "Meet other families" in html
    assert "Featured on About" in html and featured.url in html
    assert "Not featured" not in html


def test_an_unlisted_group_is_not_shown_by_the_plugin(visitor):
    feature_on_the_about_page(make_group("Listed one"), make_group("Unlisted one", listed=False))

    html = visitor.get(page_url("about", "en")).content.decode()

    assert "Listed one" in html
    assert "Unlisted one" not in html


def test_taking_a_group_off_the_list_removes_it_from_the_cached_page(
    visitor, django_capture_on_commit_callbacks
):
    group = make_group("Soon taken off")
    feature_on_the_about_page(group)
    assert "Soon taken off" in visitor.get(page_url("about", "en")).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        group.is_listed = False
        group.save()

    assert "Soon taken off" not in visitor.get(page_url("about", "en")).content.decode()
