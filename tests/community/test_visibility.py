"""Who sees which groups: visitors see listed groups only; editors also see unlisted ones,
marked. A suggestion is never shown on the site, to anyone, whatever became of it."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client

from community.models import FacebookGroup
from tests.community.factories import make_group, make_suggestion
from tests.community.pages import directory_url
from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

ROLES = ["visitor", "member_client", "staff_client", "editor_client", "admin_client"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("client_of", ROLES)
@pytest.mark.parametrize("status", ["pending", "rejected"])
def test_a_suggestion_never_appears_in_the_directory(request, client_of, language, status):
    client = request.getfixturevalue(client_of)
    suggestion = make_suggestion("Never shown suggestion", status=status)

    html = client.get(directory_url(language)).content.decode()

    assert "Never shown suggestion" not in html
    assert suggestion.url not in html


@pytest.mark.parametrize("client_of", ["visitor", "member_client", "staff_client"])
def test_an_unlisted_group_is_hidden_from_people_who_may_not_change_groups(request, client_of):
    client = request.getfixturevalue(client_of)
    make_group("Taken off the list", listed=False)

    assert "Taken off the list" not in client.get(directory_url("en")).content.decode()


def test_editors_see_unlisted_groups_marked_as_such(editor_client):
    make_group("Taken off the list", listed=False)

    html = editor_client.get(directory_url("en")).content.decode()

    assert "Taken off the list" in html
    assert "Not listed" in html


def test_editors_never_get_the_page_cached_for_visitors(editor_client):
    make_group("Only editors see this one", listed=False)
    visitors_page = Client().get(directory_url("en")).content.decode()

    editors_page = editor_client.get(directory_url("en")).content.decode()

    assert "Only editors see this one" not in visitors_page
    assert "Only editors see this one" in editors_page


def test_visible_to_is_the_one_rule_for_each_role(
    django_user_model, editor, staff_without_rights, member
):
    unlisted = make_group(listed=False)
    listed = make_group()
    roles = {
        "visitor": AnonymousUser(),
        "member": member,
        "staff without rights": staff_without_rights,
        "editor": editor,
        "superuser": django_user_model.objects.get(username="admin"),
    }

    seen = {name: set(FacebookGroup.objects.visible_to(user)) for name, user in roles.items()}

    for name in ("visitor", "member", "staff without rights"):
        assert unlisted not in seen[name] and listed in seen[name], name
    for name in ("editor", "superuser"):
        assert {unlisted, listed} <= seen[name], name


def test_listed_is_what_visitors_see():
    unlisted = make_group(listed=False)

    assert unlisted not in FacebookGroup.objects.listed()
    assert set(FacebookGroup.objects.listed()) == set(
        FacebookGroup.objects.visible_to(AnonymousUser())
    )
