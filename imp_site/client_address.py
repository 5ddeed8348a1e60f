"""The address of the client a request comes from, as far as the site's own proxies vouch for it.

Each reverse proxy appends to X-Forwarded-For the address it received the request from, so with
TRUSTED_PROXY_COUNT proxies in front of the site the client is the Nth address from the right
(the one our outermost proxy saw); anything to its left was written by the client and may be
forged. With no proxy, the connection's own address is the client's. Used by everything that
counts per client: login lockouts (django-axes) and the rate limits of public forms.
"""

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies == 0:
        return request.META.get("REMOTE_ADDR")
    forwarded = [
        address.strip()
        for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if address.strip()
    ]
    if len(forwarded) < proxies:
        # Fewer hops than proxies: the request did not come through all of them (or the count
        # is wrong); the nearest address we know is the connection's.
        return request.META.get("REMOTE_ADDR")
    return forwarded[-proxies]
