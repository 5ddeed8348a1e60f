"""A visitor suggests a Facebook group without an account: the suggestion is stored, the editors
are mailed, and the visitor is thanked in their language. A link that is not a Facebook group's,
or a group already listed or already suggested, is said so, and nothing is stored."""

import logging
import re

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.test import Client, override_settings

from community.models import GroupSuggestion
from tests.community.factories import make_group, make_suggestion, stored_language
from tests.community.pages import (
    A_SUGGESTION,
    send_suggestion,
    suggestion_url,
    text_of_main,
    thanks_url,
)
from tests.conftest import LANGUAGES
from tests.site.contact import csrf_token_in, text_of

pytestmark = pytest.mark.django_db

TITLE = {
    "en": "Suggest a Facebook group",
    "fr": "Proposer un groupe Facebook",
    "nl": "Een Facebookgroep voorstellen",
}
THANKS = {
    "en": "Thank you for your suggestion",
    "fr": "Merci pour votre proposition",
    "nl": "Bedankt voor uw voorstel",
}
NOT_SENT_YET = {
    "en": "Your suggestion has not been sent yet",
    "fr": "Votre proposition n'a pas encore été envoyée",
    "nl": "Uw voorstel is nog niet verstuurd",
}
NOT_A_GROUP = {
    "en": "This is not the address of a Facebook group.",
    "fr": "Ce n'est pas l'adresse d'un groupe Facebook.",
    "nl": "Dit is niet het adres van een Facebookgroep.",
}
ALREADY_LISTED = {
    "en": "is already in our directory",
    "fr": "figure déjà dans notre annuaire",
    "nl": "staat al in onze lijst",
}
ALREADY_SUGGESTED = {
    "en": "Someone has already suggested this group",
    "fr": "Quelqu'un a déjà proposé ce groupe",
    "nl": "Iemand heeft deze groep al voorgesteld",
}


class MailServerDown:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("[Errno 111] Connection refused")


@pytest.fixture
def reviewing_editor(django_user_model):
    """Staff who may decide on suggestions, with an address: they are mailed each one."""
    user = django_user_model.objects.create_user(
        "reviewer", email="reviewer@mitopatients.example", is_staff=True
    )
    user.user_permissions.add(Permission.objects.get(codename="change_groupsuggestion"))
    return user


def h1_of(html):
    return text_of(re.search(r"<h1[^>]*>.*?</h1>", html, re.S).group(0))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_is_a_page_of_its_own_in_each_language(visitor, language):
    response = visitor.get(suggestion_url(language))

    assert response.status_code == 200
    assert h1_of(response.content.decode()) == TITLE[language]


def test_every_field_has_a_label(visitor):
    html = visitor.get(suggestion_url("en")).content.decode()

    for field_id, label in [
        ("suggestion-url", "Link to the group"),
        ("suggestion-name", "Name of the group"),
        ("suggestion-group_language", "Language of the group"),
        ("suggestion-focus", "What is the group about?"),
        ("suggestion-note", "Anything we should know (optional)"),
        ("suggestion-email", "Your e-mail address (optional)"),
    ]:
        assert f'<label for="{field_id}">{label}</label>' in html


def test_the_form_page_is_never_stored_by_a_cache(visitor):
    response = visitor.get(suggestion_url("en"))

    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_two_visitors_get_different_csrf_tokens_and_each_one_can_send():
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first_token = csrf_token_in(first.get(suggestion_url("en")).content.decode())
    second_token = csrf_token_in(second.get(suggestion_url("en")).content.decode())

    assert first_token != second_token
    for number, (client, token) in enumerate(((first, first_token), (second, second_token))):
        url = f"https://www.facebook.com/groups/csrf-check-{number}/"
        response = send_suggestion(client, url=url, csrfmiddlewaretoken=token)
        assert response.status_code == 303
    assert GroupSuggestion.objects.filter(url__contains="csrf-check").count() == 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_suggestion_is_stored_as_sent_in_the_visitors_language(visitor, language):
    send_suggestion(visitor, language)

    suggestion = GroupSuggestion.objects.get(name=A_SUGGESTION["name"])
    assert suggestion.url == A_SUGGESTION["url"]
    assert suggestion.group_language == stored_language("nl")
    assert suggestion.note == A_SUGGESTION["note"]
    assert suggestion.email == A_SUGGESTION["email"]
    assert suggestion.language == language
    assert suggestion.status == GroupSuggestion.Status.PENDING


@pytest.mark.parametrize("language", LANGUAGES)
def test_after_sending_the_visitor_is_thanked_in_their_language(visitor, language):
    response = send_suggestion(visitor, language)

    assert response.status_code == 303
    assert response["Location"] == thanks_url(language)
    assert h1_of(visitor.get(response["Location"]).content.decode()) == THANKS[language]


def test_the_editors_are_mailed_each_suggestion_with_a_link_to_review_it(visitor, reviewing_editor):
    send_suggestion(visitor, "fr")

    [sent] = mail.outbox
    suggestion = GroupSuggestion.objects.get(name=A_SUGGESTION["name"])
    assert "reviewer@mitopatients.example" in sent.bcc
    assert sent.to == []
    assert sent.reply_to == [A_SUGGESTION["email"]]
    assert A_SUGGESTION["name"] in sent.subject
    assert A_SUGGESTION["url"] in sent.body and A_SUGGESTION["note"] in sent.body
    assert "French" in sent.body
    assert (
        f"https://www.mitopatients.example/en/admin/community/groupsuggestion/{suggestion.pk}/change/"
        in sent.body
    )
    assert suggestion.editors_told_at is not None


def test_staff_who_may_not_review_suggestions_are_not_mailed(visitor, django_user_model):
    django_user_model.objects.create_user("other", email="other@example.org", is_staff=True)

    send_suggestion(visitor)

    assert all("other@example.org" not in sent.bcc for sent in mail.outbox)


@override_settings(EMAIL_BACKEND="tests.community.test_suggestion_form.MailServerDown")
def test_when_the_mail_server_is_down_the_suggestion_is_kept_and_the_visitor_thanked(
    visitor, reviewing_editor, caplog
):
    with caplog.at_level(logging.INFO):
        response = send_suggestion(visitor, "nl")

    assert response["Location"] == thanks_url("nl")
    suggestion = GroupSuggestion.objects.get(name=A_SUGGESTION["name"])
    assert suggestion.editors_told_at is None
    assert f"Group suggestion {suggestion.pk} is stored but could not be mailed" in caplog.text
    assert A_SUGGESTION["email"] not in caplog.text and A_SUGGESTION["note"] not in caplog.text


@pytest.mark.parametrize(
    "link, stored_as",
    [
        ("facebook.com/groups/MitoGhent/?ref=share", "https://www.facebook.com/groups/mitoghent/"),
        (
            "https://m.facebook.com/groups/123456789/about",
            "https://www.facebook.com/groups/123456789/",
        ),
        (
            "  https://web.facebook.com/groups/mito.ghent  ",
            "https://www.facebook.com/groups/mito.ghent/",
        ),
    ],
)
def test_each_shape_of_a_group_link_is_stored_in_one_form(visitor, link, stored_as):
    response = send_suggestion(visitor, url=link)

    assert response.status_code == 303
    assert GroupSuggestion.objects.get(name=A_SUGGESTION["name"]).url == stored_as


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "link",
    [
        "https://www.example.org/groups/mito/",
        "https://www.facebook.com/MitoPage/",
        "https://www.facebook.com/groups/",
        "https://facebook.com.evil.example/groups/mito/",
        "javascript:alert(1)",
        "not a link at all",
    ],
)
def test_a_link_that_is_not_a_facebook_group_is_refused_and_nothing_stored(visitor, language, link):
    response = send_suggestion(visitor, language, url=link)

    assert response.status_code == 200
    text = text_of_main(response.content.decode())
    assert NOT_SENT_YET[language] in text
    assert NOT_A_GROUP[language] in text
    assert not GroupSuggestion.objects.filter(name=A_SUGGESTION["name"]).exists()
    assert mail.outbox == []


def test_a_link_without_https_is_refused_with_what_to_write(visitor):
    response = send_suggestion(visitor, url="http://www.facebook.com/groups/mitoghent/")

    assert "must start with https://" in text_of_main(response.content.decode())
    assert not GroupSuggestion.objects.filter(name=A_SUGGESTION["name"]).exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_group_already_listed_is_recognised_in_any_shape_of_its_link(visitor, language):
    make_group("Listed already", url="https://www.facebook.com/groups/listed-already/")

    response = send_suggestion(
        visitor, language, url="m.facebook.com/groups/Listed-Already/members"
    )

    text = text_of_main(response.content.decode())
    assert f"Listed already {ALREADY_LISTED[language]}" in text
    assert not GroupSuggestion.objects.filter(name=A_SUGGESTION["name"]).exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_group_already_waiting_for_review_is_recognised(visitor, language):
    make_suggestion(url="https://www.facebook.com/groups/waiting/")

    response = send_suggestion(visitor, language, url="https://facebook.com/groups/waiting")

    assert ALREADY_SUGGESTED[language] in text_of_main(response.content.decode())
    assert GroupSuggestion.objects.filter(url__endswith="/waiting/").count() == 1


def test_a_group_taken_off_the_list_is_said_to_be_known(visitor):
    make_group(url="https://www.facebook.com/groups/taken-off/", listed=False)

    response = send_suggestion(visitor, url="https://www.facebook.com/groups/taken-off/")

    assert "We already know this group" in text_of_main(response.content.decode())
    assert not GroupSuggestion.objects.filter(name=A_SUGGESTION["name"]).exists()


def test_a_group_rejected_before_can_be_suggested_again(visitor):
    make_suggestion(url=A_SUGGESTION["url"], status="rejected")

    response = send_suggestion(visitor)

    assert response.status_code == 303
    assert GroupSuggestion.objects.filter(url=A_SUGGESTION["url"]).count() == 2


def test_each_missing_field_is_listed_at_the_top_with_a_link_to_it(visitor):
    response = send_suggestion(visitor, url="", name="  ", group_language="")

    html = response.content.decode()
    summary = re.search(r'<div class="error-summary"[^>]*autofocus.*?</div>', html, re.S).group(0)
    assert '<a href="#suggestion-url">Please give the link to the group on Facebook.</a>' in summary
    assert '<a href="#suggestion-name">Please give the name of the group.</a>' in summary
    assert (
        '<a href="#suggestion-group_language">Please choose the language of the group.</a>'
        in summary
    )
    assert re.search(
        r'<input type="url" name="url"[^>]*aria-invalid="true"[^>]*suggestion-url_error', html
    )
    assert GroupSuggestion.objects.filter(status="pending").count() == 2  # the demo ones


def test_what_the_visitor_wrote_is_kept_when_something_is_to_be_corrected(visitor):
    response = send_suggestion(visitor, email="an.peeters.example.org")

    html = response.content.decode()
    assert "Please enter a complete e-mail address" in text_of(html)
    assert A_SUGGESTION["note"] in html
    assert f'value="{A_SUGGESTION["name"]}"' in html


def test_a_note_that_is_too_long_is_refused_with_how_much_to_shorten_it(visitor):
    response = send_suggestion(visitor, note="x" * 2001)

    assert "Please shorten your note to 2000 characters or fewer. It now has 2001." in (
        text_of(response.content.decode())
    )


def test_the_email_address_may_be_left_out(visitor):
    response = send_suggestion(visitor, email="")

    assert response.status_code == 303
    assert GroupSuggestion.objects.get(name=A_SUGGESTION["name"]).email == ""


def test_the_form_shows_no_email_address_of_imp(visitor):
    html = visitor.get(suggestion_url("en")).content.decode()

    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text_of_main(html))
    assert "mailto:" not in html
