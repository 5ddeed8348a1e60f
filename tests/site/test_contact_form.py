"""A visitor writes to IMP with the contact form on the contact page: the message is stored,
mailed to the board, and the visitor is thanked in their language; bad input is shown again with
what to correct and stores nothing."""

import logging
import re

import pytest
from cms.models import Page
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.test import Client, override_settings

from imp_site.models import ContactMessage
from tests.conftest import LANGUAGES, page_url
from tests.demo_data import page_spec
from tests.site.contact import A_MESSAGE, csrf_token_in, form_url, send, text_of, thank_you_url

pytestmark = pytest.mark.django_db

BOARD = "board@mitopatients.example"
THANK_YOU = {
    "en": "Thank you for your message",
    "fr": "Merci pour votre message",
    "nl": "Bedankt voor uw bericht",
}
NOT_SENT_YET = {
    "en": "Your message has not been sent yet",
    "fr": "Votre message n'a pas encore été envoyé",
    "nl": "Uw bericht is nog niet verstuurd",
}
INCOMPLETE_ADDRESS = {
    "en": "Please enter a complete e-mail address",
    "fr": "Veuillez saisir une adresse e-mail complète",
    "nl": "Vul een volledig e-mailadres in",
}


class MailServerDown(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionRefusedError("[Errno 111] Connection refused")


def h1_of(html):
    return text_of(re.search(r"<h1[^>]*>.*?</h1>", html, re.S).group(0))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_contact_page_shows_the_form_below_the_editors_text(visitor, language):
    html = visitor.get(page_url("contact", language)).content.decode()

    body = re.search(r'<div class="page-body">.*?</aside>', html, re.S).group(0)
    first_words_of_text = text_of(page_spec("contact")[language]["content"])[:40]
    assert first_words_of_text in text_of(body)
    assert body.index("<form") > body.index(first_words_of_text.split()[-2])
    assert f'action="{form_url(language)}"' in body


def test_every_field_has_a_label_and_the_personal_ones_say_what_to_autofill(visitor):
    html = visitor.get(page_url("contact", "en")).content.decode()

    for field_id, label in [
        ("contact-name", "Your name"),
        ("contact-email", "Your e-mail address"),
        ("contact-subject", "Subject"),
        ("contact-message", "Your message"),
    ]:
        assert f'<label for="{field_id}">{label}</label>' in html
    assert re.search(r'<input type="text" name="name" autocomplete="name"[^>]*>', html)
    assert re.search(r'<input type="email" name="email" autocomplete="email"[^>]*>', html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_visitors_message_is_stored_in_their_language(visitor, language):
    send(visitor, language)

    message = ContactMessage.objects.get()
    assert (message.name, message.email, message.subject, message.message) == (
        A_MESSAGE["name"],
        A_MESSAGE["email"],
        A_MESSAGE["subject"],
        A_MESSAGE["message"],
    )
    assert message.language == language
    assert not message.is_handled


@override_settings(CONTACT_EMAIL=BOARD)
def test_a_message_is_mailed_to_the_board_and_answering_the_mail_answers_the_sender(visitor):
    send(visitor, "fr")

    [sent] = mail.outbox
    assert sent.to == [BOARD]
    assert sent.reply_to == [A_MESSAGE["email"]]
    assert A_MESSAGE["subject"] in sent.subject
    assert A_MESSAGE["message"] in sent.body
    assert "French" in sent.body
    assert ContactMessage.objects.get().mailed_at is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_after_sending_the_visitor_is_thanked_in_their_language(visitor, language):
    response = send(visitor, language)

    assert response.status_code == 303
    assert response["Location"] == thank_you_url(language)
    thank_you_page = visitor.get(response["Location"])
    assert h1_of(thank_you_page.content.decode()) == THANK_YOU[language]


def test_reloading_the_thank_you_page_sends_nothing_again(visitor):
    send(visitor)

    visitor.get(thank_you_url("en"))
    visitor.get(thank_you_url("en"))

    assert ContactMessage.objects.count() == 1


@override_settings(CONTACT_EMAIL=BOARD, EMAIL_BACKEND="tests.site.test_contact_form.MailServerDown")
def test_when_the_mail_server_is_down_the_message_is_kept_and_the_visitor_thanked(visitor):
    response = send(visitor, "nl")

    assert response["Location"] == thank_you_url("nl")
    message = ContactMessage.objects.get()
    assert message.message == A_MESSAGE["message"]
    assert message.mailed_at is None


@override_settings(CONTACT_EMAIL=BOARD, EMAIL_BACKEND="tests.site.test_contact_form.MailServerDown")
def test_a_failed_mail_is_logged_without_what_the_visitor_wrote(visitor, caplog):
    with caplog.at_level(logging.INFO):
        send(visitor)

    message = ContactMessage.objects.get()
    assert f"Contact message {message.pk} is stored but could not be mailed" in caplog.text
    for private in A_MESSAGE.values():
        assert private not in caplog.text


@override_settings(CONTACT_EMAIL="")
def test_without_a_contact_address_messages_are_only_stored(visitor):
    response = send(visitor)

    assert response.status_code == 303
    assert mail.outbox == []
    assert ContactMessage.objects.get().mailed_at is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_invalid_email_address_shows_the_contact_page_again_and_stores_nothing(
    visitor, language
):
    response = send(visitor, language, email="marie.dubois.example.org")

    assert response.status_code == 200
    html = response.content.decode()
    assert h1_of(html) == page_spec("contact")[language]["title"]
    assert NOT_SENT_YET[language] in text_of(html)
    assert INCOMPLETE_ADDRESS[language] in text_of(html)
    assert A_MESSAGE["message"] in html  # what they wrote is still in the form
    assert ContactMessage.objects.count() == 0
    assert mail.outbox == []


def test_each_error_is_listed_at_the_top_with_a_link_to_its_field(visitor):
    response = send(visitor, name="  ", subject="", message="")

    html = response.content.decode()
    summary = re.search(r'<div class="error-summary"[^>]*autofocus.*?</div>', html, re.S).group(0)
    assert '<a href="#contact-name">Please enter your name.</a>' in summary
    assert '<a href="#contact-subject">' in summary
    assert '<a href="#contact-message">Please write your message.</a>' in summary
    assert re.search(
        r'<textarea name="message"[^>]*aria-invalid="true" aria-describedby="[^"]*'
        r'contact-message_error"',
        html,
    )


def test_a_message_that_is_too_long_is_refused_with_how_much_to_shorten_it(visitor):
    response = send(visitor, message="x" * 5001)

    assert "Please shorten your message to 5000 characters or fewer. It now has 5001." in (
        text_of(response.content.decode())
    )
    assert ContactMessage.objects.count() == 0


def test_a_line_break_in_the_subject_cannot_add_headers_to_the_mail(visitor):
    send(visitor, subject="Hello\r\nBcc: victim@example.com")

    assert ContactMessage.objects.get().subject == "Hello Bcc: victim@example.com"


def test_the_form_is_shown_again_on_the_page_it_was_sent_from_only_if_it_holds_the_form(visitor):
    home_id = Page.objects.get(reverse_id="home").pk

    response = send(visitor, page=home_id, email="not-an-address")

    html = response.content.decode()
    assert h1_of(html) == "Write to IMP"
    assert INCOMPLETE_ADDRESS["en"] in text_of(html)


def test_the_form_address_shows_the_form_on_a_page_of_its_own_for_people_not_search_engines(
    visitor,
):
    response = visitor.get(form_url("fr"))

    html = response.content.decode()
    assert h1_of(html) == "Écrire à IMP"
    assert 'name="csrfmiddlewaretoken"' in html
    assert '<meta name="robots" content="noindex">' in html


def test_search_engines_are_asked_not_to_list_the_thank_you_page(visitor):
    html = visitor.get(thank_you_url("en")).content.decode()

    assert '<meta name="robots" content="noindex">' in html


def test_two_visitors_get_different_csrf_tokens_and_each_one_works():
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    address = page_url("contact", "en")
    first_token = csrf_token_in(first.get(address).content.decode())
    second_token = csrf_token_in(second.get(address).content.decode())

    assert first_token != second_token
    for visitor, token in ((first, first_token), (second, second_token)):
        response = send(visitor, csrfmiddlewaretoken=token)
        assert response.status_code == 303
    assert ContactMessage.objects.count() == 2


def test_the_contact_page_is_never_stored_in_a_shared_cache(visitor):
    response = visitor.get(page_url("contact", "en"))

    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    "language, explanation",
    [("en", "The form could not be sent"), ("nl", "Het formulier kon niet worden verstuurd")],
)
def test_a_message_without_the_visitors_csrf_token_is_refused_with_an_explanation(
    language, explanation
):
    response = send(Client(enforce_csrf_checks=True), language)

    assert response.status_code == 403
    assert h1_of(response.content.decode()) == explanation
    assert ContactMessage.objects.count() == 0
