"""Headers as gunicorn actually serves them (the unit tests see Django's side only)."""

import re
import urllib.request

import pytest

from tests.e2e.conftest import page_path

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("path", [page_path("home", "en"), page_path("projects", "fr"), "/healthz"])
def test_server_header_does_not_leak_a_version(site, path):
    with urllib.request.urlopen(site + path) as response:  # noqa: S310 - our own loopback server
        server = response.headers.get("Server", "")

    assert not re.search(r"\d", server), server


def test_served_pages_carry_the_strict_policy(site):
    with urllib.request.urlopen(site + page_path("about", "nl")) as response:  # noqa: S310
        policy = response.headers["Content-Security-Policy"]

    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
