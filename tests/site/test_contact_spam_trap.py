"""The contact form's trap for bots: a field people never see. A message with it filled in is
dropped without a trace, and the answer is the thank-you page anyone gets, so that a script
cannot tell it was caught (nor learn what else was wrong with what it sent)."""

import re

import pytest
from django.core import mail
from django.test import override_settings

from imp_site.models import ContactMessage
from tests.conftest import page_url
from tests.site.contact import send, thank_you_url

pytestmark = pytest.mark.django_db


@override_settings(CONTACT_EMAIL="board@mitopatients.example")
def test_a_message_with_the_trap_filled_in_is_neither_stored_nor_mailed(visitor):
    send(visitor, website="https://cheap-pills.example")

    assert ContactMessage.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_bot_gets_the_same_answer_as_a_person(client, language):
    from_a_person = send(client, language)

    from_a_bot = send(client, language, website="https://cheap-pills.example")

    assert (from_a_bot.status_code, from_a_bot["Location"]) == (
        from_a_person.status_code,
        from_a_person["Location"],
    )
    assert from_a_bot["Location"] == thank_you_url(language)


def test_a_bot_that_also_sent_bad_input_is_not_told_what_was_wrong(visitor):
    response = send(visitor, website="spam", email="no-address")

    assert response.status_code == 303
    assert response["Location"] == thank_you_url("en")


def test_people_neither_see_nor_reach_the_trap(visitor):
    html = visitor.get(page_url("contact", "en")).content.decode()

    trap = re.search(r'<div class="contact-form__trap" aria-hidden="true">.*?</div>', html, re.S)
    assert trap is not None
    assert re.search(r'<input[^>]*name="website"[^>]*tabindex="-1"', trap.group(0))
    assert 'autocomplete="off"' in trap.group(0)
