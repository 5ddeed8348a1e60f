"""The committee's pages in English, French and Dutch hold to the site's page rules (one h1,
a tab title naming the page, the page's language); their tables have captions and headers."""

import pytest

from tests.conftest import LANGUAGES
from tests.page_rules import broken_rules, read_page
from tests.registry.committee.helpers import committee_url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["queue", "statistics", "export", "entry"])
def test_committee_pages_follow_the_page_rules(committee_client, patient, language, name):
    kwargs = {"pseudonym": patient.pseudonym} if name == "entry" else {}
    address = committee_url(name, language=language, **kwargs)

    response = committee_client.get(address)

    assert response.status_code == 200
    broken = broken_rules(read_page(response.content.decode()), language=language, address=address)
    # Like every registry page, they tell search engines to leave them out.
    assert [rule for rule in broken if "noindex" not in rule] == []


@pytest.mark.parametrize("name", ["queue", "statistics"])
def test_committee_tables_have_a_caption_and_headers(committee_client, name):
    page = committee_client.get(committee_url(name)).content.decode()

    assert "<caption" in page
    assert '<th scope="col">' in page and '<th scope="row">' in page


def test_the_review_form_works_without_javascript(committee_client, patient):
    page = committee_client.get(
        committee_url("entry", pseudonym=patient.pseudonym)
    ).content.decode()

    assert '<form method="post"' in page
    assert 'type="radio" name="decision"' in page
    assert '<textarea name="reason"' in page
    assert '<button type="submit"' in page


def test_the_registry_page_leads_committee_members_to_their_pages(committee_client):
    from tests.registry.conftest import registry_url

    page = committee_client.get(registry_url("dashboard")).content.decode()

    assert committee_url("queue") in page
    assert committee_url("statistics") in page
