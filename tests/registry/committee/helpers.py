"""What the committee's pages show, read as a committee member reads them."""

import csv
import io

from registry.committee.services import entry_review
from registry.models import RegistryEntry
from tests.registry.conftest import registry_url


def committee_url(name, language="en", **kwargs):
    return registry_url(f"committee_{name}", language=language, **kwargs)


def queue_text(client, status):
    response = client.get(committee_url("queue"), {"status": status})
    assert response.status_code == 200
    return response.content.decode()


def export_rows(client, *, industry_sharing_only=False):
    data = {"industry_sharing_only": "on"} if industry_sharing_only else {}
    response = client.post(committee_url("export"), data)
    assert response.status_code == 200
    assert response.streaming
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def exported_pseudonyms(client, **kwargs):
    return {row["pseudonym"] for row in export_rows(client, **kwargs)}


def statistics_total(client):
    response = client.get(committee_url("statistics"))
    assert response.status_code == 200
    return response.context["statistics"].total


def approve(participant, reviewer=None, reason="Complete and consistent."):
    entry = RegistryEntry.objects.visible_to_committee().get(participant=participant)
    return entry_review(
        entry=entry, reviewer=reviewer, decision="approved", reason=reason, notify=False
    )
