"""Editors review suggestions in the admin: approving one is adding its group (a form filled in
from the suggestion, with the texts to complete), rejecting one takes a reason. The suggester,
if they left an address, is told the outcome in the language they used."""

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from community.models import FacebookGroup, GroupSuggestion
from tests.community.factories import disorder, make_group, make_suggestion, stored_language
from tests.community.test_suggestion_form import MailServerDown  # noqa: F401 - used by path
from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

ADD_GROUP = "/en/admin/community/facebookgroup/add/"


def change_url(suggestion):
    return f"/en/admin/community/groupsuggestion/{suggestion.pk}/change/"


def approve_url(suggestion):
    return f"{ADD_GROUP}?suggestion={suggestion.pk}"


def reject_url(suggestion):
    return f"/en/admin/community/groupsuggestion/{suggestion.pk}/reject/"


def a_french_suggestion(**fields):
    return make_suggestion(
        "Parents Leigh Lyon",
        url="https://www.facebook.com/groups/parents-leigh-lyon/",
        group_language=stored_language("fr"),
        focus=disorder("leigh"),
        email="claire.martin@example.org",
        language="fr",
        **fields,
    )


def group_form(suggestion, **changes):
    data = {
        "name": suggestion.name,
        "url": suggestion.url,
        "languages": [suggestion.group_language_id],
        "focus": suggestion.focus_id or "",
        "organiser_type": "individual",
        "organisation": "",
        "privacy": "private",
        "is_listed": "on",
        "link_checked_on": "",
    }
    for language in LANGUAGES:
        data[f"description__{language}"] = ""
        data[f"region__{language}"] = ""
    data["description__en"] = "Parents of children with Leigh syndrome around Lyon."
    data["description__fr"] = "Des parents d'enfants atteints du syndrome de Leigh autour de Lyon."
    data.update(changes)
    return data


def test_a_pending_suggestion_offers_to_approve_or_reject_it(editor_client):
    suggestion = a_french_suggestion()

    html = editor_client.get(change_url(suggestion)).content.decode()

    assert f'href="{approve_url(suggestion)}"' in html
    assert f'href="{reject_url(suggestion)}"' in html
    assert suggestion.url in html


def test_approving_opens_the_group_form_filled_in_from_the_suggestion(editor_client):
    suggestion = a_french_suggestion(note="Two mothers run it.")

    response = editor_client.get(approve_url(suggestion))

    form = response.context["adminform"].form
    assert form.initial["name"] == "Parents Leigh Lyon"
    assert form.initial["url"] == suggestion.url
    assert form.initial["languages"] == [stored_language("fr").pk]
    assert form.initial["focus"] == disorder("leigh").pk
    assert "Two mothers run it." in response.content.decode()


def test_saving_the_form_lists_the_group_and_approves_the_suggestion(
    editor_client, editor, django_capture_on_commit_callbacks
):
    suggestion = a_french_suggestion()

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(approve_url(suggestion), group_form(suggestion))

    assert response.status_code == 302
    group = FacebookGroup.objects.get(url=suggestion.url)
    assert group.is_listed
    assert group.link_checked_on == timezone.localdate()
    assert group.safe_translation_getter("description", language_code="fr").startswith("Des")
    suggestion.refresh_from_db()
    assert suggestion.status == GroupSuggestion.Status.APPROVED
    assert (suggestion.group, suggestion.decided_by) == (group, editor)


def test_the_suggester_is_told_of_the_approval_in_their_language(
    editor_client, django_capture_on_commit_callbacks
):
    suggestion = a_french_suggestion()

    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(approve_url(suggestion), group_form(suggestion))

    [sent] = mail.outbox
    assert sent.to == ["claire.martin@example.org"]
    assert sent.subject == "Parents Leigh Lyon figure maintenant dans notre annuaire"
    assert "Merci d'avoir proposé le groupe Facebook Parents Leigh Lyon" in sent.body
    assert "https://www.mitopatients.example/fr/communaute/" in sent.body
    suggestion.refresh_from_db()
    assert suggestion.suggester_told_at is not None


def test_a_suggester_without_an_address_is_not_mailed(
    editor_client, django_capture_on_commit_callbacks
):
    suggestion = a_french_suggestion()
    GroupSuggestion.objects.filter(pk=suggestion.pk).update(email="")

    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(approve_url(suggestion), group_form(suggestion))

    assert mail.outbox == []
    assert FacebookGroup.objects.filter(url=suggestion.url).exists()


def test_a_group_form_with_a_mistake_approves_nothing(editor_client):
    suggestion = a_french_suggestion()

    response = editor_client.post(
        approve_url(suggestion), group_form(suggestion, description__en="")
    )

    assert response.status_code == 200
    assert not FacebookGroup.objects.filter(url=suggestion.url).exists()
    suggestion.refresh_from_db()
    assert suggestion.is_pending()


def test_a_suggestion_already_decided_cannot_be_approved_again(editor_client):
    suggestion = a_french_suggestion(status="rejected")

    response = editor_client.post(approve_url(suggestion), group_form(suggestion))

    assert response.status_code == 302
    assert response["Location"] == change_url(suggestion)
    assert not FacebookGroup.objects.filter(url=suggestion.url).exists()


def test_rejecting_keeps_the_reason_and_tells_the_suggester_in_their_language(
    editor_client, editor, django_capture_on_commit_callbacks
):
    suggestion = make_suggestion("Verkoop van supplementen", email="jan@example.org", language="nl")

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reject_url(suggestion), {"reason": "De groep verkoopt vooral supplementen."}
        )

    assert response.status_code == 302
    suggestion.refresh_from_db()
    assert suggestion.status == GroupSuggestion.Status.REJECTED
    assert suggestion.rejection_reason == "De groep verkoopt vooral supplementen."
    assert suggestion.decided_by == editor
    [sent] = mail.outbox
    assert sent.to == ["jan@example.org"]
    assert "Bedankt dat u de Facebookgroep Verkoop van supplementen" in sent.body
    assert "De groep verkoopt vooral supplementen." in sent.body
    assert "https://www.mitopatients.example/nl/gemeenschap/" in sent.body


def test_rejecting_without_a_reason_is_refused_and_changes_nothing(editor_client):
    suggestion = make_suggestion()

    response = editor_client.post(reject_url(suggestion), {"reason": "  "})

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    suggestion.refresh_from_db()
    assert suggestion.is_pending()


@override_settings(EMAIL_BACKEND="tests.community.test_suggestion_form.MailServerDown")
def test_a_failed_mail_to_the_suggester_keeps_the_decision(
    editor_client, django_capture_on_commit_callbacks
):
    suggestion = make_suggestion(email="jan@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(reject_url(suggestion), {"reason": "Not about mito."})

    suggestion.refresh_from_db()
    assert suggestion.status == GroupSuggestion.Status.REJECTED
    assert suggestion.suggester_told_at is None


@pytest.mark.parametrize("url_of", [approve_url, reject_url])
def test_staff_without_rights_can_neither_approve_nor_reject(staff_client, url_of):
    suggestion = make_suggestion()

    response = staff_client.post(url_of(suggestion), {"reason": "No."})

    assert response.status_code == 403
    suggestion.refresh_from_db()
    assert suggestion.is_pending()


def test_what_the_visitor_wrote_cannot_be_changed_in_the_admin(editor_client):
    suggestion = make_suggestion("As sent")

    editor_client.post(change_url(suggestion), {"name": "Changed", "status": "approved"})

    suggestion.refresh_from_db()
    assert (suggestion.name, suggestion.status) == ("As sent", "pending")


def test_editors_find_the_groups_whose_link_needs_review(editor_client):
    make_group("Link broken twice", failed_link_checks=2)
    make_group("Link broken once", failed_link_checks=1)

    html = editor_client.get("/en/admin/community/facebookgroup/?link=review").content.decode()

    assert "Link broken twice" in html
    assert "Link broken once" not in html


def test_editors_can_mark_links_they_checked_themselves_as_working(editor_client):
    group = make_group(failed_link_checks=3, link_problem="not_found")

    editor_client.post(
        "/en/admin/community/facebookgroup/",
        {"action": "mark_links_working", "_selected_action": [group.pk]},
    )

    group.refresh_from_db()
    assert (group.failed_link_checks, group.link_problem) == (0, "")
    assert group.link_checked_on == timezone.localdate()


def test_editors_search_groups_by_name_and_description(editor_client):
    make_group("Findable group")

    html = editor_client.get("/en/admin/community/facebookgroup/?q=Findable").content.decode()

    assert "Findable group" in html


def test_the_admin_stores_any_shape_of_a_link_in_one_form(editor_client):
    suggestion = make_suggestion(url="https://www.facebook.com/groups/shape-test/")
    data = group_form(suggestion, url="facebook.com/groups/Shape-Test/about")

    response = editor_client.post(ADD_GROUP, data)

    assert response.status_code == 302
    assert FacebookGroup.objects.filter(url="https://www.facebook.com/groups/shape-test/").exists()
