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

For a visitor's page that is not in the cache, a process also keeps the CMS's page lookup: which
CMS page an address belongs to (its own, or the one its apphook hangs on) took one or two
queries, as much as the rest of a search.
"""

# Only for copies of pages this process made itself (kept_page_for), never for the shared cache's.
import pickle  # nosec B403
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timedelta
from typing import Any, TypeVar

from cms.cache import CMS_PAGE_CACHE_VERSION_KEY, _get_cache_version
from cms.cache.page import (
    _page_cache_key,
    get_page_cache,
    set_page_cache,
)
from cms.constants import EXPIRE_NOW, MAX_EXPIRATION_TTL
from cms.middleware.page import get_page
from cms.models import Page
from cms.toolbar.utils import get_toolbar_from_request
from cms.utils import get_current_site
from cms.utils.compat.response import get_response_headers
from cms.utils.conf import get_cms_setting
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_response_headers, patch_vary_headers
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

    @property
    def generation(self) -> Any:
        """The generation of the copies kept now: the one this process saw last."""
        return self._generation

    def _drop(self, key: tuple[Any, ...]) -> None:
        _value, _expires_at, size = self._copies.pop(key)
        self._used_bytes -= size


kept_copies = KeptCopies(BUDGET_BYTES)


def cached_page(request: HttpRequest) -> CachedPage | None:
    """The page django CMS cached for this request (cms.cache.page.get_page_cache), from this
    process's copy when it has one for the current version."""
    vary_key = _vary_key(request)
    generation, read_with_it = _generation_and_shared_page(request, vary_key)
    if generation is None:
        return get_page_cache(request)
    _mark, version = generation
    kept_copies.forget_all_but(generation)
    moment = now()
    vary_on = kept_copies.get((generation, vary_key), moment)
    if vary_on is None:
        vary_on, page = read_with_it or _shared_page(request, vary_key, version)
        page_key = _page_key(request, vary_on)
    else:
        page_key = _page_key(request, vary_on)
        page = kept_copies.get((generation, page_key), moment)
        if page is not None:
            return page
        page = cache.get(page_key, version=version)
    if page is None:
        return None
    expires_at = page[2]
    # The vary list counts by its key's length, so that a flood of addresses cannot keep an
    # unbounded number of them.
    kept_copies.keep((generation, vary_key), vary_on or [], expires_at, size=len(vary_key))
    kept_copies.keep((generation, page_key), page, expires_at, size=len(page[0]))
    return page


SharedPage = tuple[list[str] | None, CachedPage | None]


def _generation_and_shared_page(
    request: HttpRequest, vary_key: str
) -> tuple[tuple[str, int] | None, SharedPage | None]:
    """The generation; and when this process keeps no copy of the page, the page's vary list
    and the page, read in the same round trip under the generation this process saw last
    (nearly always still the current one). The second is None when that guess was wrong, or
    the shared cache cannot read keys of several versions at once (imp_site/redis_cache.py)."""
    guess = kept_copies.generation
    read_together = getattr(cache, "get_many_across_versions", None)
    if (
        _generation_of_this_visit.get()  # read already
        or guess is None
        or read_together is None
        or kept_copies.get((guess, vary_key), now()) is not None
    ):
        return current_generation(), None
    version = guess[1]
    plain_key = _page_key(request)
    wanted = [(CMS_PAGE_CACHE_VERSION_KEY, None), (GENERATION_MARK_KEY, None)]
    found = read_together([*wanted, (vary_key, version), (plain_key, version)])
    shared_version, mark = (found.get(key) for key in wanted)
    if not shared_version or mark is None:
        return current_generation(), None  # an emptied cache: read as usual, which marks it
    generation = (mark, shared_version)
    _remember_for_this_visit(generation)
    if generation != guess:
        return generation, None
    plain_page = found.get((plain_key, version))
    return generation, _varied(request, found.get((vary_key, version)), plain_page, version)


def _shared_page(request: HttpRequest, vary_key: str, version: int) -> SharedPage:
    """The page's vary list and the page, from the shared cache: in one round trip when the
    page varies on no header, as nearly every page does."""
    plain_key = _page_key(request)
    shared = cache.get_many([vary_key, plain_key], version=version)
    return _varied(request, shared.get(vary_key), shared.get(plain_key), version)


def _varied(
    request: HttpRequest, vary_on: list[str] | None, plain_page: CachedPage | None, version: int
) -> SharedPage:
    """The page read under its plain key, or for a page that varies on headers (rare), the one
    for this request's values of them (one more round trip)."""
    if not vary_on:
        return vary_on, plain_page
    return vary_on, cache.get(_page_key(request, vary_on), version=version)


def _page_key(request: HttpRequest, vary_on: list[str] | None = None) -> str:
    """django CMS's key for the page (cms.cache.page._page_cache_key), computed once per visit
    for a page that varies on no header: a visit asks for it three times, and each hashes the
    address."""
    if vary_on:
        return _page_cache_key(request, vary_on)
    address = request.get_full_path()
    known = getattr(request, "_imp_page_key", None)
    if known is None or known[0] != address:
        known = request._imp_page_key = (address, _page_cache_key(request))  # type: ignore[attr-defined]
    return known[1]


def _vary_key(request: HttpRequest) -> str:
    """The key of the page's vary list (cms.cache.page._page_vary_headers_cache_key)."""
    return _page_key(request) + ".vary-on"


def store_page(response: HttpResponse) -> HttpResponse:
    """Store a visitor's page as django CMS does (cms.cache.page.set_page_cache, whose rules
    this follows), under the generation this visit read, in one round trip instead of four
    (two on a cache other than Redis): the page, its vary list and the version's lease
    extended. The CMS writes the version again after each page, so that it outlives them;
    extending its life instead cannot move it back if a publish moved it meanwhile."""
    request = response._request  # type: ignore[attr-defined]
    generation = current_generation()
    toolbar = get_toolbar_from_request(request)
    if generation is None or toolbar._cache_disabled or request.user.is_authenticated:
        return set_page_cache(response)
    moment = now()
    lifetimes, vary_on = [], set()
    for placeholder in toolbar.content_renderer.get_rendered_placeholders():
        lifetime = placeholder.get_cache_expiration(request, moment)
        lifetimes.append(lifetime)
        if lifetime:
            vary_on |= set(placeholder.get_vary_cache_on(request) or ())
    duration = int(page_lifetime().total_seconds())
    ttl = min(duration, min(lifetimes, default=MAX_EXPIRATION_TTL))
    if EXPIRE_NOW in lifetimes or ttl <= 0 or not get_cms_setting("PAGE_CACHE"):
        return set_page_cache(response)  # which stores nothing, as the CMS decides
    vary_list = sorted(vary_on)
    patch_response_headers(response, cache_timeout=ttl)
    patch_vary_headers(response, vary_list)
    page = (
        response.content,
        get_response_headers(response),
        moment + timedelta(seconds=ttl),
        getattr(response, "xframe_options_exempt", False),
    )
    entries = {_vary_key(request): vary_list, _page_key(request, vary_list): page}
    together = getattr(cache, "set_many_and_touch", None)  # imp_site/redis_cache.py
    if together is not None:
        key, version = CMS_PAGE_CACHE_VERSION_KEY, generation[1]
        together(entries, ttl, version=version, touch=key, touch_timeout=duration)
    else:
        cache.set_many(entries, ttl, version=generation[1])
        cache.touch(CMS_PAGE_CACHE_VERSION_KEY, duration)
    return response


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
    _remember_for_this_visit(generation)
    return generation


def _remember_for_this_visit(generation: tuple[str, int] | None) -> None:
    visit = _generation_of_this_visit.get()
    if visit is not None and not visit:
        visit.append(generation)


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


# A page pickles to about 3 KB: thousands of addresses.
kept_page_lookups = KeptCopies(4 * 1024 * 1024)


def kept_page_for(request: HttpRequest) -> Page | None:
    """The CMS page of a visitor's address (cms.middleware.page.get_page), from this process's
    copy of the lookup when it has one for the current generation: like a cached page, a copy
    is dropped when a publish moves the generation on, and is never older than the CMS keeps a
    page. Each request gets a page object of its own, unpickled from the copy: the CMS stores
    things on a page while it renders."""
    key = ("page", get_current_site(request).pk, request.LANGUAGE_CODE, request.path_info)
    pickled = kept_or_made(
        kept_page_lookups,
        key,
        lambda: _pickled(get_page(request)),
        # The address counts too, so that a flood of addresses cannot keep too many of them.
        size=lambda value: len(value or b"") + len(request.path_info),
        may_keep=lambda value: value is not None,
    )
    if hasattr(request, "_current_page_cache"):  # looked up just now
        return request._current_page_cache
    page = pickle.loads(pickled) if pickled is not None else None  # noqa: S301  # nosec B301
    request._current_page_cache = page  # type: ignore[attr-defined]  # where the CMS keeps it
    return page


def _pickled(page: Page | None) -> bytes | None:
    """The page to keep, or None: no page, or one that cannot be copied (looked up each time)."""
    if page is None:
        return None
    try:
        return pickle.dumps(page)
    except (pickle.PicklingError, TypeError, AttributeError):
        return None
