"""How often one client may do something, counted in the Django cache.

The count lives in the cache so that every server process sees the same one (production shares
a Redis cache; see CACHE_URL). The client is the address imp_site.client_address vouches for, so
behind a proxy each visitor is counted, not the proxy. A period starts with the first action
counted and the count is forgotten when it ends (a fixed window: simple and enough against a
script filling in a public form).
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.http import HttpRequest
from django.utils.crypto import salted_hmac

from .client_address import client_ip


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` actions called `name` per client in `period_seconds`."""

    name: str
    limit: int
    period_seconds: int

    def allows(self, request: HttpRequest) -> bool:
        """Count this action of the request's client; whether it is within the limit."""
        return self._count_one_more(self._key(request)) <= self.limit

    def _count_one_more(self, key: str) -> int:
        if cache.add(key, 1, timeout=self.period_seconds):
            return 1
        try:
            # incr keeps the key's expiry, in Redis as in the local-memory cache.
            return cache.incr(key)
        except ValueError:  # the period ended between add() and incr()
            cache.add(key, 1, timeout=self.period_seconds)
            return 1

    def _key(self, request: HttpRequest) -> str:
        # The address is hashed: cache keys stay short and safe, and the cache holds no
        # visitor's address. Clients without a known address share one count.
        address = client_ip(request) or "unknown"
        digest = salted_hmac("imp_site.rate_limit", address).hexdigest()[:32]
        return f"rate-limit:{self.name}:{digest}"
