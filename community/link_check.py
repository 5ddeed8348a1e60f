"""Checking that the directory's links still lead to a group, and recording what was found.

A link works when Facebook answers with a page, or sends the visitor to its login page (what it
does for a private group, or for anyone not logged in): the group is there, behind the login.
It fails when Facebook says the page does not exist, answers with an error, does not answer in
time, or redirects in circles. One failure can be a bad moment, so a group is flagged for the
editors only after FAILED_CHECKS_BEFORE_REVIEW failures in a row; a working check clears it.

Requests are made a few at a time (Facebook would take many at once for an attack), wait at
most `timeout` seconds for each step (connecting, each answer), follow at most MAX_REDIRECTS
redirections, and never read a page's body: the answer's status says enough.
"""

import http.client
import re
import urllib.error
import urllib.request
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models import F

from imp_site.page_cache import forget_pages_showing

from .models import FAILED_CHECKS_BEFORE_REVIEW, FacebookGroup, LinkProblem

MAX_REDIRECTS = 5
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
GONE_STATUSES = {404, 410}
# Where Facebook sends people it wants logged in first: /login/, /login.php, /checkpoint/...
LOGIN_PAGE = re.compile(r"^/(login|checkpoint)(/|\.php|$)")


@dataclass(frozen=True)
class CheckReport:
    checked: int
    working: int
    failed: list[tuple[FacebookGroup, str]]  # (group, LinkProblem)
    now_needing_review: list[FacebookGroup]


class NoLinkAnswered(Exception):
    """Not one of several links could be reached: this server's network is more likely down
    than every group at once. Nothing was recorded."""


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirections come back as HTTPError, to be followed one by one (a login page is not)."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def check_link(url: str, *, timeout: float) -> str:
    """The LinkProblem of `url`, or "" when it works."""
    opener = urllib.request.build_opener(_NoRedirects)
    for _hop in range(MAX_REDIRECTS + 1):
        if urlsplit(url).scheme not in ("http", "https"):
            return LinkProblem.UNREACHABLE
        request = urllib.request.Request(url, headers=_headers())  # noqa: S310 - http(s) only
        try:
            # Only http(s) reaches here (checked above).
            with opener.open(request, timeout=timeout):  # nosec B310
                return ""
        except urllib.error.HTTPError as answer:
            answer.close()
            if answer.code not in REDIRECT_STATUSES:
                return (
                    LinkProblem.NOT_FOUND
                    if answer.code in GONE_STATUSES
                    else (LinkProblem.SERVER_ERROR)
                )
            url = urljoin(url, answer.headers.get("Location", ""))
            if LOGIN_PAGE.match(urlsplit(url).path):
                return ""
        except (OSError, http.client.HTTPException, ValueError):
            # Refused, reset, timed out, unknown host, or an answer that is not HTTP.
            return LinkProblem.UNREACHABLE
    return LinkProblem.TOO_MANY_REDIRECTS


def _headers() -> dict[str, str]:
    return {
        "User-Agent": f"IMP-link-check/1.0 (+{settings.SITE_URL}/)",
        "Accept": "text/html",
    }


def check_groups(
    groups: Iterable[FacebookGroup], *, timeout: float, workers: int, today: date
) -> CheckReport:
    """Check the groups' links, `workers` at a time, and record the outcome of each."""
    groups = list(groups)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        problems = list(pool.map(lambda group: check_link(group.url, timeout=timeout), groups))
    answered = [problem != LinkProblem.UNREACHABLE for problem in problems]
    if len(groups) > 1 and not any(answered):
        raise NoLinkAnswered
    failed = [(group, problem) for group, problem in zip(groups, problems, strict=True) if problem]
    working = [group for group, problem in zip(groups, problems, strict=True) if not problem]
    _record(working, failed, today=today)
    return CheckReport(
        checked=len(groups),
        working=len(working),
        failed=failed,
        now_needing_review=[
            group
            for group, _problem in failed
            if group.failed_link_checks + 1 == FAILED_CHECKS_BEFORE_REVIEW
        ],
    )


@transaction.atomic
def _record(
    working: list[FacebookGroup], failed: list[tuple[FacebookGroup, str]], *, today: date
) -> None:
    groups = FacebookGroup.objects.all()
    groups.filter(pk__in=[group.pk for group in working]).update(
        link_checked_on=today, failed_link_checks=0, link_problem=""
    )
    for problem in {problem for _group, problem in failed}:
        pks = [group.pk for group, its_problem in failed if its_problem == problem]
        groups.filter(pk__in=pks).update(
            failed_link_checks=F("failed_link_checks") + 1, link_problem=problem
        )
    # Updates send no save signals; the directory shows the dates of the checks.
    forget_pages_showing(FacebookGroup)
