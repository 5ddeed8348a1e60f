"""Each server process keeps a copy of the visitors' pages it read from the shared cache.

django CMS stores a visitor's page in the shared cache under a key that holds the cache version,
and drops pages by moving the version on (publishing, and imp_site.page_cache when an item a
section shows changes), never by rewriting an entry. So an entry read under one version stays
the same until it expires, and a process may keep a copy of it: each visit then asks the shared
cache for the version alone (one round trip) instead of the version, the page's vary list and
the page itself (three, one of them the whole page).

A copy is used only under the version it was read with, and never after its shared entry
expires. The version is read with a mark stored beside it: if the shared cache is emptied (Redis
restarted, `cache.clear()`), the CMS counts its versions from 1 again, and the new mark keeps
copies made under an earlier "version 1" from being served.
"""

import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timedelta
from typing import Any, TypeVar

from cms.cache import CMS_PAGE_CACHE_VERSION_KEY, _get_cache_version
from cms.cache.page import _page_cache_key, _page_vary_headers_cache_key, get_page_cache
from cms.utils.conf import get_cms_setting
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.timezone import now

# (content, headers, expiry, ...) as django CMS stores a page (cms.cache.page.set_page_cache).
CachedPage = tuple[bytes, Any, datetime, *tuple[Any, ...]]

GENERATION_MARK_KEY = "imp-page-cache-generation"
T = TypeVar("T")
# What one process may keep: the largest page, the whole drug list, weighs about 200 KB.
BUDGET_BYTES = 32 * 1024 * 1024


class KeptCopies:
    """Copies with an expiry, the least recently used dropped first beyond a budget of bytes."""

    def __init__(self, budget_bytes: int) -> None:
        self._budget_bytes = budget_bytes
        self._used_bytes = 0
        self._copies: OrderedDict[tuple[Any, ...], tuple[Any, datetime, int]] = OrderedDict()
        self._lock = threading.Lock()
        self._generation: Any = None

    def get(self, key: tuple[Any, ...], moment: datetime) -> Any:
        with self._lock:
            copy = self._copies.get(key)
            if copy is None:
                return None
            value, expires_at, _size = copy
            if expires_at <= moment:
                self._drop(key)
                return None
            self._copies.move_to_end(key)
            return value

    def keep(self, key: tuple[Any, ...], value: Any, expires_at: datetime, size: int) -> None:
        if size > self._budget_bytes:
            return
        with self._lock:
            if key in self._copies:
                self._drop(key)
            self._copies[key] = (value, expires_at, size)
            self._used_bytes += size
            while self._used_bytes > self._budget_bytes:
                self._drop(next(iter(self._copies)))

    def forget_all_but(self, generation: Any) -> None:
        """Drop every copy at once when the generation moves on: none will be asked for again."""
        if generation != self._generation:
            with self._lock:
                self._copies.clear()
                self._used_bytes = 0
                self._generation = generation

    def __len__(self) -> int:
        return len(self._copies)

    def _drop(self, key: tuple[Any, ...]) -> None:
        _value, _expires_at, size = self._copies.pop(key)
        self._used_bytes -= size


kept_copies = KeptCopies(BUDGET_BYTES)


def cached_page(request: HttpRequest) -> CachedPage | None:
    """The page django CMS cached for this request (cms.cache.page.get_page_cache), from this
    process's copy when it has one for the current version."""
    generation = current_generation()
    if generation is None:
        return get_page_cache(request)
    _mark, version = generation
    kept_copies.forget_all_but(generation)
    moment = now()
    vary_key = _page_vary_headers_cache_key(request)
    vary_on = kept_copies.get((generation, vary_key), moment)
    if vary_on is None:
        vary_on = cache.get(vary_key, version=version)
    page_key = _page_cache_key(request, vary_on)
    page = kept_copies.get((generation, page_key), moment)
    if page is None:
        page = cache.get(page_key, version=version)
        if page is None:
            return None
        expires_at = page[2]
        # The vary list counts by its key's length, so that a flood of addresses cannot keep
        # an unbounded number of them.
        kept_copies.keep((generation, vary_key), vary_on or [], expires_at, size=len(vary_key))
        kept_copies.keep((generation, page_key), page, expires_at, size=len(page[0]))
    return page


# A visitor's page reads the generation for its cached copy, then for what is kept for its
# rendering (drugs/kept_lists.py, page_frames.py): one round trip does for the whole visit.
_generation_of_this_visit: ContextVar[list[tuple[str, int] | None] | None] = ContextVar(
    "generation_of_this_visit", default=None
)


@contextmanager
def generation_read_once() -> Iterator[None]:
    """While a visitor's request is answered, the generation is read from the shared cache once.
    Other requests (editors', forms' POSTs) may move it on themselves, and read it each time."""
    token = _generation_of_this_visit.set([])
    try:
        yield
    finally:
        _generation_of_this_visit.reset(token)


def current_generation() -> tuple[str, int] | None:
    """(mark, version): one round trip to the shared cache, two when it was just emptied, and
    none more in a visit that read it already. None when the cache keeps no mark (a cache that
    stores nothing)."""
    visit = _generation_of_this_visit.get()
    if visit:
        return visit[0]
    generation = _read_generation()
    if visit is not None:
        visit.append(generation)
    return generation


def _read_generation() -> tuple[str, int] | None:
    shared = cache.get_many([CMS_PAGE_CACHE_VERSION_KEY, GENERATION_MARK_KEY])
    version = shared.get(CMS_PAGE_CACHE_VERSION_KEY) or _get_cache_version()
    mark = shared.get(GENERATION_MARK_KEY)
    if mark is None:
        # Another process may set it first: whichever mark is stored is everyone's.
        cache.add(GENERATION_MARK_KEY, secrets.token_hex(8), timeout=None)
        mark = cache.get(GENERATION_MARK_KEY)
    return (mark, version) if mark is not None else None


def page_lifetime() -> timedelta:
    """How long django CMS keeps a page in its cache (CMS_CACHE_DURATIONS["content"])."""
    return timedelta(seconds=get_cms_setting("CACHE_DURATIONS")["content"])


def kept_or_made(
    copies: KeptCopies,
    key: tuple[Any, ...],
    make: Callable[[], T],
    *,
    size: Callable[[T], int],
    may_keep: Callable[[T], bool] = lambda _value: True,
) -> T:
    """What `copies` keep under `key` for the page cache's current generation; else what
    `make()` returns, kept for as long as the CMS keeps a page unless `may_keep(value)` says
    no. Made each time when the shared cache keeps no generation."""
    generation = current_generation()
    if generation is None:
        return make()
    copies.forget_all_but(generation)
    moment = now()
    kept: T | None = copies.get((generation, *key), moment)
    if kept is not None:
        return kept
    value = make()
    if may_keep(value):
        copies.keep((generation, *key), value, moment + page_lifetime(), size=max(size(value), 1))
    return value
