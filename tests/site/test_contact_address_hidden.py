"""No page shows an e-mail address, to a visitor or to a harvesting robot: people write to IMP
with the contact form, and CONTACT_EMAIL stays on the server."""

import re

import pytest
from django.test import override_settings

from tests.conftest import LANGUAGES, page_url
from tests.demo_data import PAGE_KEYS
from tests.site.contact import form_url, text_of, thank_you_url

pytestmark = pytest.mark.django_db

BOARD = "board@mitopatients.example"


def every_public_page():
    for language in LANGUAGES:
        for key in PAGE_KEYS:
            yield page_url(key, language)
        yield form_url(language)
        yield thank_you_url(language)


@override_settings(CONTACT_EMAIL=BOARD)
def test_no_page_shows_an_email_address_or_a_mailto_link(visitor):
    for url in every_public_page():
        response = visitor.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "mailto:" not in html, url
        assert "@" not in text_of(html), url
        assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", html), url
        assert BOARD not in html, url
