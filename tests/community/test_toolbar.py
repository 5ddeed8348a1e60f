"""Editors reach the groups and the suggestions waiting for them from the CMS toolbar."""

import pytest

from tests.community.pages import directory_url

pytestmark = pytest.mark.django_db


def test_editors_see_how_many_suggestions_wait_for_them(editor_client):
    html = editor_client.get(directory_url("en") + "?toolbar_on").content.decode()

    assert "Suggestions: 2 waiting for review" in html  # the demo suggestions
    assert "/en/admin/community/groupsuggestion/?status__exact=pending" in html
    assert "/en/admin/community/facebookgroup/" in html


@pytest.mark.parametrize("client_of", ["visitor", "staff_client"])
def test_people_who_may_not_change_the_directory_get_no_community_menu(request, client_of):
    client = request.getfixturevalue(client_of)

    html = client.get(directory_url("en") + "?toolbar_on").content.decode()

    assert "/admin/community/" not in html
