"""Every registry page and account page in English, French and Dutch: one h1, a title of its
own, the site's frame; the registry page costs the same queries however many people an account
registered."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from registry.vocabularies import Capacity
from tests.conftest import LANGUAGES
from tests.registry.conftest import registry_url
from tests.registry.factories import consent, make_participant

pytestmark = pytest.mark.django_db

PARTICIPANT_PAGES = [
    ("participant", {}),
    ("consent", {}),
    ("withdraw", {}),
    ("section", {"section": "about"}),
    ("section", {"section": "diagnosis"}),
    ("section", {"section": "genetics"}),
    ("section", {"section": "symptoms"}),
    ("identity", {}),
    ("history", {}),
    ("erase", {}),
]
ACCOUNT_PAGES = [
    "accounts/email/",
    "accounts/password/change/",
    "accounts/2fa/",
    "accounts/logout/",
    "accounts/reauthenticate/",
]
VISITOR_PAGES = [
    "accounts/login/",
    "accounts/signup/",
    "accounts/password/reset/",
    "accounts/password/reset/done/",
    "accounts/confirm-email/",
]


def title_and_h1s(page):
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1).strip()
    return title, len(re.findall(r"<h1[ >]", page))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name, kwargs", PARTICIPANT_PAGES)
def test_each_participant_page_has_one_h1_and_its_own_title(
    patient_client, patient, language, name, kwargs
):
    response = patient_client.get(registry_url(name, language, participant_id=patient.pk, **kwargs))

    title, h1s = title_and_h1s(response.content.decode())
    assert response.status_code == 200
    assert h1s == 1
    assert title.endswith("· International Mito Patients")
    assert not title.startswith(("Patient registry", "Registre", "Patiëntenregister"))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", ACCOUNT_PAGES)
def test_each_account_page_is_in_the_sites_frame(patient_client, language, path):
    response = patient_client.get(f"/{language}/{path}")

    title, h1s = title_and_h1s(response.content.decode())
    assert response.status_code == 200
    assert h1s == 1
    assert title.endswith("· International Mito Patients") and len(title) > 30
    assert 'class="site-header"' in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", VISITOR_PAGES)
def test_each_visitor_account_page_is_in_the_sites_frame(client, language, path):
    response = client.get(f"/{language}/{path}")

    title, h1s = title_and_h1s(response.content.decode())
    assert response.status_code == 200
    assert h1s == 1
    assert len(title) > 30


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_registry_page_shows_the_cms_text_and_the_way_in(client, language):
    response = client.get(registry_url("dashboard", language))

    page = response.content.decode()
    assert title_and_h1s(page)[1] == 1
    assert f'href="/{language}/accounts/signup/"' in page
    assert f'href="/{language}/accounts/login/"' in page
    assert "GENOMIT" in page  # the editors' text from the CMS


def test_the_registry_page_costs_the_same_queries_for_two_or_six_people(guardian, client):
    client.force_login(guardian)

    def queries():
        client.get(registry_url("dashboard"))  # warm the CMS's caches
        with CaptureQueriesContext(connection) as captured:
            client.get(registry_url("dashboard"))
        return len(captured)

    for _ in range(2):
        consent(make_participant(guardian, capacity=Capacity.PARENT))
    two = queries()
    for _ in range(4):
        consent(make_participant(guardian, capacity=Capacity.PARENT))

    assert queries() == two
