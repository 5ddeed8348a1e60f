"""Facebook groups in site search: listed groups only, by name or by their description in the
visitor's language, leading to the group's card in the directory."""

import pytest

from tests.community.factories import make_group, make_suggestion
from tests.site.test_search import result_titles, search

pytestmark = pytest.mark.django_db


def described_in_french(group, description):
    group.set_current_language("fr")
    group.description = description
    group.save()
    return group


def test_a_listed_group_is_found_by_a_french_word_typed_without_accents(visitor):
    described_in_french(make_group("Mito Genève"), "Des familles qui s'entraident après l'hôpital.")

    html = search(visitor, "fr", "entraident hopital")

    assert "Mito Genève" in result_titles(html)


def test_a_group_is_found_by_its_name_and_leads_to_its_card_in_the_directory(visitor):
    group = make_group("Zebrafish parents circle")

    html = search(visitor, "en", "zebrafish circle")

    assert result_titles(html) == ["Zebrafish parents circle"]
    assert f'href="/en/community/#group-{group.pk}"' in html
    directory = visitor.get("/en/community/").content.decode()
    assert f'id="group-{group.pk}"' in directory


def test_an_unlisted_group_is_not_found_by_a_visitor(visitor, editor_client):
    make_group("Hidden mitochondria circle", listed=False)

    assert result_titles(search(visitor, "en", "hidden mitochondria")) == []
    assert result_titles(search(editor_client, "en", "hidden mitochondria")) == [
        "Hidden mitochondria circle"
    ]


def test_a_suggestion_is_never_found(visitor):
    make_suggestion("Suggested mitochondria friends")

    assert result_titles(search(visitor, "en", "suggested mitochondria friends")) == []
