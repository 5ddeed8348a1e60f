"""Spam protection without third-party services: a trap field for bots (caught silently, with
the answer a person gets) and a limit of suggestions per client address and hour."""

import re

import pytest
from django.core import mail

from community.models import GroupSuggestion
from community.views import SUGGESTIONS_PER_HOUR
from tests.community.pages import A_SUGGESTION, send_suggestion, suggestion_url, thanks_url
from tests.site.contact import text_of

pytestmark = pytest.mark.django_db

WAIT_A_WHILE = {
    "en": "You have already suggested several groups in the last hour.",
    "fr": "Vous avez déjà proposé plusieurs groupes au cours de la dernière heure.",
    "nl": "U hebt het afgelopen uur al meerdere groepen voorgesteld.",
}


def suggest_up_to_the_limit(client, **where_from):
    for number in range(SUGGESTIONS_PER_HOUR):
        url = f"https://www.facebook.com/groups/limit-{number}/"
        assert send_suggestion(client, url=url, **where_from).status_code == 303


def test_a_suggestion_with_the_trap_filled_in_is_neither_stored_nor_mailed(visitor):
    response = send_suggestion(visitor, website="https://cheap-pills.example")

    assert response.status_code == 303
    assert response["Location"] == thanks_url("en")
    assert not GroupSuggestion.objects.filter(name=A_SUGGESTION["name"]).exists()
    assert mail.outbox == []


def test_a_bot_that_also_sent_bad_input_is_not_told_what_was_wrong(visitor):
    response = send_suggestion(visitor, "fr", website="spam", url="https://spam.example/")

    assert response.status_code == 303
    assert response["Location"] == thanks_url("fr")


def test_people_neither_see_nor_reach_the_trap(visitor):
    html = visitor.get(suggestion_url("en")).content.decode()

    trap = re.search(r'<div class="contact-form__trap" aria-hidden="true">.*?</div>', html, re.S)
    assert re.search(r'<input[^>]*name="website"[^>]*tabindex="-1"', trap.group(0))


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_after_the_hourly_limit_the_next_suggestion_is_refused_kindly(visitor, language):
    suggest_up_to_the_limit(visitor)

    response = send_suggestion(visitor, language, name="One too many")

    assert response.status_code == 429
    assert WAIT_A_WHILE[language] in text_of(response.content.decode())
    assert 'value="One too many"' in response.content.decode()  # nothing they wrote is lost
    assert not GroupSuggestion.objects.filter(name="One too many").exists()


def test_another_address_can_still_suggest_when_one_has_reached_the_limit(visitor):
    suggest_up_to_the_limit(visitor, address="198.51.100.7")

    response = send_suggestion(visitor, address="203.0.113.9")

    assert response.status_code == 303


def test_corrections_of_mistakes_do_not_count_towards_the_limit(visitor):
    for _ in range(SUGGESTIONS_PER_HOUR + 2):
        send_suggestion(visitor, url="https://www.example.org/")

    assert send_suggestion(visitor).status_code == 303
