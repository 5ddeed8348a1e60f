"""Committee members never see who a participant is: no name, representative, e-mail address,
telephone number or account, on any page or in the export."""

import pytest
from django.contrib.auth import get_user_model

from registry.models import Identity, RegistryEntry
from tests.registry.committee.helpers import approve, committee_url

pytestmark = pytest.mark.django_db


def identity_values():
    values = set()
    for identity in Identity.objects.all():
        values |= {
            identity.full_name,
            identity.representative_name,
            identity.contact_email,
            identity.phone,
        }
    values |= set(get_user_model().objects.exclude(email="").values_list("email", flat=True))
    values.discard("")
    return values


def everything_the_committee_reads(client):
    texts = [
        client.get(committee_url("queue"), {"status": status}).content.decode()
        for status in ("pending", "approved", "rejected", "needs_information")
    ]
    texts.append(client.get(committee_url("statistics")).content.decode())
    texts.append(client.get(committee_url("export")).content.decode())
    texts.append(b"".join(client.post(committee_url("export")).streaming_content).decode())
    for entry in RegistryEntry.objects.visible_to_committee():
        texts.append(client.get(committee_url("entry", pseudonym=entry.pseudonym)).content.decode())
    return "\n".join(texts)


def test_no_identity_on_any_committee_page_or_in_the_export(
    committee_client, committee_member, patient, other_patient, children
):
    patient.identity.phone = "+32 470 12 34 56"
    patient.identity.contact_email = "alex.private@example.org"
    patient.identity.save()
    approve(patient)
    approve(children[0])

    text = everything_the_committee_reads(committee_client)

    assert patient.pseudonym in text and children[0].pseudonym in text
    leaked = {value for value in identity_values() - {committee_member.email} if value in text}
    assert leaked == set()
