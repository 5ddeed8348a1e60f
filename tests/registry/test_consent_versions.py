"""Consent versions: editors write drafts side by side in three languages and publish them; a
published version and its texts never change, since each consent keeps the hash of the text
shown."""

from contextlib import contextmanager
from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from registry.consent_text import render_consent_text
from registry.models import ConsentVersion, ConsentVersionTranslation, PublishedVersionError
from registry.services import PublicationRefused, consent_version_publish
from tests.registry.factories import make_version

pytestmark = pytest.mark.django_db


@contextmanager
def refused(error=PublishedVersionError):
    with pytest.raises(error), transaction.atomic():
        yield


@pytest.fixture
def published():
    return make_version()


def test_a_published_version_cannot_be_saved_or_deleted(published):
    published.requires_reconsent = True

    with refused():
        published.save()
    with refused():
        published.delete()
    with refused():
        ConsentVersion.objects.filter(pk=published.pk).update(requires_reconsent=True)

    assert ConsentVersion.objects.get(pk=published.pk).requires_reconsent is False


def test_the_texts_of_a_published_version_cannot_change(published):
    text = published.translations.get(language_code="fr")
    text.text = "Autre texte"

    with refused():
        text.save()
    with refused():
        ConsentVersionTranslation.objects.filter(master=published).update(text="x")
    with refused():
        published.delete_translation("nl")

    assert published.translations.get(language_code="fr").text.startswith("## What we collect")


def test_a_draft_can_be_changed_and_deleted():
    draft = make_version(published=False, days_from_today=3)

    draft.set_current_language("fr")
    draft.text = "Nouveau texte"
    draft.save()
    draft.delete()

    assert not ConsentVersion.objects.filter(pk=draft.pk).exists()


def test_publishing_a_complete_draft_makes_it_current_on_its_date():
    draft = make_version(published=False)

    consent_version_publish(version=draft)

    assert ConsentVersion.objects.current() == draft


def test_a_draft_missing_a_language_is_not_published():
    draft = make_version(published=False, days_from_today=1)
    draft.delete_translation("nl")

    with pytest.raises(PublicationRefused) as refusal:
        consent_version_publish(version=draft)

    assert refusal.value.problems == ["The title and text in Dutch are missing."]
    assert not ConsentVersion.objects.get(pk=draft.pk).is_published


def test_a_draft_dated_in_the_past_is_not_published():
    draft = make_version(published=False, days_from_today=-1)

    with pytest.raises(PublicationRefused):
        consent_version_publish(version=draft)


def test_a_future_version_is_not_current_before_its_date():
    current = ConsentVersion.objects.current()
    make_version(days_from_today=2)

    assert ConsentVersion.objects.current() == current
    later = timezone.localdate() + timedelta(days=2)
    assert ConsentVersion.objects.current(today=later) != current


def test_registry_administrators_publish_a_draft_from_the_admin(registry_administrator_client):
    draft = make_version(published=False, days_from_today=1)

    response = registry_administrator_client.post(
        "/en/admin/registry/consentversion/",
        {"action": "publish", "_selected_action": [draft.pk]},
        follow=True,
    )

    assert ConsentVersion.objects.get(pk=draft.pk).is_published
    assert "is published and takes effect on" in response.content.decode()


def test_registry_administrators_edit_a_draft_in_three_languages_side_by_side(
    registry_administrator_client,
):
    draft = make_version(published=False, days_from_today=1)

    page = registry_administrator_client.get(
        f"/en/admin/registry/consentversion/{draft.pk}/change/"
    )

    text = page.content.decode()
    for field in ("text__en", "text__fr", "text__nl"):
        assert f'name="{field}"' in text


def test_a_published_version_is_read_only_in_the_admin(registry_administrator_client, published):
    page = registry_administrator_client.get(
        f"/en/admin/registry/consentversion/{published.pk}/change/"
    )

    assert page.status_code == 200
    assert f"Consent version {published.number}" in page.content.decode()
    assert 'name="text__en"' not in page.content.decode()


def test_the_consent_text_keeps_no_markup():
    html = render_consent_text("## Title <b>\nA line\nthe same paragraph\n- one\n- <i>two</i>")

    assert html == (
        "<h2>Title &lt;b&gt;</h2>\n<p>A line the same paragraph</p>\n"
        "<ul><li>one</li><li>&lt;i&gt;two&lt;/i&gt;</li></ul>"
    )
