"""Who reaches the committee's pages, and the one way they reach an entry.

Only members of the steering committee (registry.roles) get in: a visitor is sent to log in,
any other account is refused (403). An entry is found by its pseudonym among the entries the
committee may see; any other pseudonym, whether it exists or not, is a 404, so that a changed
address tells nothing.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponseBase
from django.views.decorators.cache import never_cache

from ..audit import audit_record
from ..models import AuditRole, RegistryEntry
from ..roles import is_committee_member


def committee_only(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    """Never cached; a visitor logs in first; an account outside the committee gets 403."""

    @wraps(view)
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not is_committee_member(request.user):
            raise PermissionDenied("Only the steering committee reaches this page.")
        return view(request, *args, **kwargs)

    return never_cache(login_required(checked))


def committee_entries() -> Any:
    """The entries the committee may see (the one rule, models/entries.py)."""
    return RegistryEntry.objects.visible_to_committee()


def committee_entry(pseudonym: str) -> RegistryEntry:
    """The entry with this pseudonym if the committee may see it now, with its syndromes and
    symptoms; else Http404."""
    entry = (
        committee_entries()
        .filter(participant__pseudonym=pseudonym)
        .prefetch_related("syndrome_rows", "symptom_rows")
        .first()
    )
    if entry is None:
        raise Http404("No entry the committee may see under this pseudonym.")
    return entry


def audit_committee(request: HttpRequest, action: str, pseudonym: str = "") -> None:
    audit_record(actor=request.user, role=AuditRole.COMMITTEE, action=action, pseudonym=pseudonym)
