"""Every committee address, for each role: a visitor is sent to log in; participants, a proxy,
a registry administrator who does not review, an editor and staff without rights are refused;
only the committee gets in. Refused requests change nothing. A pseudonym changed in an address
reaches nothing, and committee members reach no participant's own pages."""

import pytest
from django.test import Client

from registry.demo_content import current_code, give_authenticator
from registry.models import AuditEvent, CommitteeExport, EntryReview
from tests.registry.committee.helpers import committee_url
from tests.registry.conftest import logged_in, registry_url
from tests.registry.factories import make_participant

pytestmark = pytest.mark.django_db

PAGES = [("queue", False), ("statistics", False), ("export", False), ("entry", True)]
POSTS = [
    ("entry", True, {"decision": "approved", "reason": "Looks complete."}),
    ("export", False, {}),
]


def url_for(name, needs_pseudonym, patient):
    kwargs = {"pseudonym": patient.pseudonym} if needs_pseudonym else {}
    return committee_url(name, **kwargs)


@pytest.fixture(
    params=[
        "participant",
        "other_participant",
        "proxy",
        "registry_administrator",
        "editor",
        "staff_without_rights",
        "member",
    ]
)
def refused_client(request):
    """A logged-in account of each role outside the committee."""
    fixtures = {
        "participant": "patient_client",
        "other_participant": "other_client",
        "proxy": "guardian_client",
        "registry_administrator": "administrator_client",
        "editor": "editor_client",
        "staff_without_rights": "staff_client",
        "member": "member_client",
    }
    return request.getfixturevalue(fixtures[request.param])


def trail():
    return EntryReview.objects.count(), CommitteeExport.objects.count(), AuditEvent.objects.count()


@pytest.mark.parametrize("name, needs_pseudonym", PAGES)
def test_a_visitor_is_sent_to_log_in(client, patient, name, needs_pseudonym):
    response = client.get(url_for(name, needs_pseudonym, patient))

    assert response.status_code == 302
    assert "/accounts/login/?next=" in response["Location"]


@pytest.mark.parametrize("name, needs_pseudonym, data", POSTS)
def test_a_visitor_posting_changes_nothing(client, patient, name, needs_pseudonym, data):
    before = trail()

    response = client.post(url_for(name, needs_pseudonym, patient), data)

    assert response.status_code == 302
    assert trail() == before


@pytest.mark.parametrize("name, needs_pseudonym", PAGES)
def test_every_other_role_is_refused(refused_client, patient, name, needs_pseudonym):
    response = refused_client.get(url_for(name, needs_pseudonym, patient))

    assert response.status_code == 403
    assert "Belgium" not in response.content.decode()  # nothing of the entry


@pytest.mark.parametrize("name, needs_pseudonym, data", POSTS)
def test_every_other_role_posting_is_refused_and_changes_nothing(
    refused_client, patient, name, needs_pseudonym, data
):
    before = trail()

    response = refused_client.post(url_for(name, needs_pseudonym, patient), data)

    assert response.status_code == 403
    assert trail() == before


@pytest.mark.parametrize("name, needs_pseudonym", PAGES)
def test_the_committee_gets_in(committee_client, patient, name, needs_pseudonym):
    response = committee_client.get(url_for(name, needs_pseudonym, patient))

    assert response.status_code == 200
    assert (
        response["Cache-Control"].startswith("max-age=0") or "no-store" in response["Cache-Control"]
    )


def test_a_superuser_counts_as_committee_after_a_code(admin_user, patient):
    """Held to two-step login like any committee member (registry/second_factor.py)."""
    client = logged_in(admin_user)
    secret = give_authenticator(admin_user)
    assert client.get(committee_url("queue"))["Location"].startswith("/en/accounts/2fa/")
    client.post("/en/accounts/2fa/reauthenticate/", {"code": current_code(secret)})

    response = client.get(committee_url("queue"))

    assert response.status_code == 200


@pytest.mark.parametrize(
    "pseudonym", ["IMP-00000-00000", "imp-xxxxx-xxxxx", "1", "..", "IMP-%25", "0; DROP"]
)
def test_a_made_up_pseudonym_is_a_404(committee_client, patient, pseudonym):
    response = committee_client.get(committee_url("entry", pseudonym=pseudonym))

    assert response.status_code == 404


def test_the_pseudonym_of_a_participant_without_research_consent_is_a_404_like_any_other(
    committee_client,
):
    unconsented = make_participant()
    before = trail()

    looked = committee_client.get(committee_url("entry", pseudonym=unconsented.pseudonym))
    posted = committee_client.post(
        committee_url("entry", pseudonym=unconsented.pseudonym),
        {"decision": "approved", "reason": "Trying by hand."},
    )

    assert looked.status_code == posted.status_code == 404
    assert trail() == before


@pytest.mark.parametrize("name", ["participant", "history", "identity", "consent"])
def test_the_committee_reaches_no_participant_page(committee_client, patient, name):
    response = committee_client.get(registry_url(name, participant_id=patient.pk))

    assert response.status_code == 404


def test_committee_pages_are_never_stored(committee_client, patient):
    response = committee_client.get(committee_url("entry", pseudonym=patient.pseudonym))

    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_the_review_form_needs_the_csrf_token(committee_member, patient):
    client = Client(enforce_csrf_checks=True)
    client.force_login(committee_member)

    response = client.post(
        committee_url("entry", pseudonym=patient.pseudonym),
        {"decision": "approved", "reason": "No token."},
    )

    assert response.status_code == 403
    assert not EntryReview.objects.filter(participant=patient).exists()
