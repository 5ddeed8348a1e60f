"""The registry's demo content: consent version 1 in three languages, and demo participants in
each consent state, with their logins in the report of load_demo_content."""

import re
from io import StringIO

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core.management import call_command

from registry.consent import current_consent
from registry.demo_content import current_code
from registry.models import ConsentVersion, Participant
from registry.roles import is_committee_member, is_registry_administrator
from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db


def participant_named(name):
    return Participant.objects.get(identity__full_name=name)


def test_version_one_is_published_in_three_languages_and_says_it_is_a_demonstration():
    version = ConsentVersion.objects.get(number=1)

    assert version.is_published
    assert {t.language_code for t in version.translations.all()} == set(LANGUAGES)
    assert "demonstration" in version.text_in("en").text
    assert "démonstration" in version.text_in("fr").text
    assert "voorbeeldtekst" in version.text_in("nl").text


def test_the_demo_participants_are_in_every_consent_state():
    everything = current_consent(participant_named("Marie Dubois"))
    registry_only = current_consent(participant_named("Jan de Vries"))
    withdrawn = current_consent(participant_named("Sofia Rossi"))

    assert everything.is_active and everything.research_use and everything.industry_sharing
    assert registry_only.is_active and not registry_only.research_use
    assert withdrawn.is_withdrawn


def test_a_demo_parent_has_two_children():
    children = Participant.objects.filter(account__email="anna.demo@example.org")

    assert sorted(children.values_list("capacity", flat=True)) == ["parent", "parent"]


def test_the_report_lists_the_demo_logins(monkeypatch):
    monkeypatch.setenv("DEMO_PARTICIPANT_PASSWORD", "a demo password for all")
    output = StringIO()

    call_command("load_demo_content", stdout=output)

    report = output.getvalue()
    assert "login:    anna.demo@example.org" in report
    assert "password: a demo password for all" in report
    assert "/en/accounts/login/" in report


def test_the_demo_committee_member_and_administrator_have_their_roles_and_an_authenticator():
    committee = get_user_model().objects.get(email="committee.demo@example.org")
    administrator = get_user_model().objects.get(email="registry.admin.demo@example.org")

    assert is_committee_member(committee) and not committee.is_staff
    assert is_registry_administrator(administrator) and administrator.is_staff
    for account in (committee, administrator):
        assert Authenticator.objects.filter(user=account, type="totp").exists()


def test_the_report_prints_the_authenticator_keys_that_give_working_codes(monkeypatch, client):
    monkeypatch.setenv("DEMO_PARTICIPANT_PASSWORD", "a demo password for all")
    output = StringIO()

    call_command("load_demo_content", stdout=output)

    report = output.getvalue()
    assert "login:    committee.demo@example.org" in report
    secret = re.search(
        r"registry\.admin\.demo@example\.org\n.*\n  authenticator key: (\w+)", report
    ).group(1)
    client.post(
        "/en/accounts/login/",
        {"login": "registry.admin.demo@example.org", "password": "a demo password for all"},
    )
    response = client.post("/en/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert response.status_code == 302
    assert client.get("/en/admin/registry/consentversion/").status_code == 200


def test_the_demo_statistics_show_counts_and_suppressed_cells():
    from registry.committee.statistics import Shown, committee_statistics
    from registry.models import RegistryEntry

    statistics = committee_statistics(RegistryEntry.objects.visible_to_committee())

    shown = {kind for table in statistics.tables for _label, kind in table.public()}
    assert statistics.total_shown
    assert Shown.SMALL in shown and Shown.PROTECTIVE in shown
    assert any(isinstance(kind, int) for kind in shown)


def test_the_demo_reviews_are_in_every_state():
    from registry.models import EntryReview, RegistryEntry

    decisions = set(EntryReview.objects.values_list("decision", flat=True))

    assert decisions == {"approved", "rejected", "needs_information"}
    assert RegistryEntry.objects.visible_to_committee().filter(review_decision__isnull=True)
