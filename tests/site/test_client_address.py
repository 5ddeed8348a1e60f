"""The client's address behind 0, 1 or 2 proxies, whatever a client writes in X-Forwarded-For."""

import pytest
from django.test import RequestFactory, override_settings

from imp_site.client_address import client_ip

CLIENT = "198.51.100.23"
FORGED = "203.0.113.66"


def request_from(remote_addr, forwarded_for=None):
    headers = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().get("/", **headers)


@override_settings(TRUSTED_PROXY_COUNT=0)
def test_without_a_proxy_the_connection_is_the_client_and_the_header_is_ignored():
    assert client_ip(request_from(CLIENT, forwarded_for=FORGED)) == CLIENT


@override_settings(TRUSTED_PROXY_COUNT=1)
@pytest.mark.parametrize(
    "forwarded_for", [CLIENT, f"{FORGED}, {CLIENT}", f"{FORGED}, 10.9.9.9, {CLIENT}"]
)
def test_behind_one_proxy_the_client_is_what_the_proxy_appended(forwarded_for):
    # nginx on 127.0.0.1 appends the address it received the request from.
    assert client_ip(request_from("127.0.0.1", forwarded_for)) == CLIENT


@override_settings(TRUSTED_PROXY_COUNT=2)
@pytest.mark.parametrize(
    "forwarded_for", [f"{CLIENT}, 192.0.2.10", f"{FORGED}, {CLIENT}, 192.0.2.10"]
)
def test_behind_two_proxies_the_client_is_what_the_outer_proxy_appended(forwarded_for):
    # A CDN appends the client; nginx then appends the CDN's address (192.0.2.10).
    assert client_ip(request_from("127.0.0.1", forwarded_for)) == CLIENT


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_a_request_that_skipped_a_proxy_counts_as_the_connections_address():
    assert client_ip(request_from("192.0.2.10", forwarded_for=FORGED)) == "192.0.2.10"
