"""Editors read the stored messages in the admin, mailed or not, and mark them handled; what a
visitor wrote cannot be changed there, and messages only come from the form."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from imp_site.models import ContactMessage

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:imp_site_contactmessage_changelist"


@pytest.fixture
def message():
    return ContactMessage.objects.create(
        name="Jan Peeters",
        email="jan.peeters@example.org",
        subject="Membership for our association",
        message="How can a national organisation join IMP?",
        language="nl",
    )


@pytest.fixture
def reader_client(editor):
    """An editor given the rights on messages that the Editors group gets (see the report)."""
    editor.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="imp_site",
            codename__in=["view_contactmessage", "change_contactmessage"],
        )
    )
    client = Client()
    client.force_login(editor)
    return client


def test_an_editor_sees_every_message_and_whether_it_was_mailed(reader_client, message):
    response = reader_client.get(reverse(CHANGELIST))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Membership for our association" in html
    assert "Jan Peeters" in html


def test_an_editor_marks_messages_as_handled(reader_client, message):
    reader_client.post(
        reverse(CHANGELIST), {"action": "mark_handled", "_selected_action": [message.pk]}
    )

    message.refresh_from_db()
    assert message.is_handled
    assert ContactMessage.objects.unhandled().count() == 0


def test_what_a_visitor_wrote_cannot_be_changed_in_the_admin(reader_client, message):
    change_url = reverse("admin:imp_site_contactmessage_change", args=[message.pk])

    reader_client.post(change_url, {"message": "Something else", "is_handled": "on"})

    message.refresh_from_db()
    assert message.message == "How can a national organisation join IMP?"
    assert message.is_handled


def test_no_one_adds_messages_in_the_admin(admin_client):
    response = admin_client.get(reverse("admin:imp_site_contactmessage_add"))

    assert response.status_code == 403


def test_staff_without_the_right_cannot_read_messages(staff_client, message):
    response = staff_client.get(reverse(CHANGELIST))

    assert response.status_code == 403
