"""Two-step login before registry data: the one place that decides it.

Committee members and registry administrators (registry/roles.py) reach the committee's pages
(namespace `registry`, URL names starting with `committee`) and the registry's admin pages only
after a second factor in this session. allauth's login asks for the authenticator code, but the
admin's login form does not, and neither does a session made in any other way: so this
middleware looks at what the session itself records (allauth's authentication records) rather
than at the way in.

- no authenticator yet: off to set one up (allauth's "activate" page); the page asked for is
  kept in the session and offered again once the recovery codes are shown;
- an authenticator, but this session used none: off to allauth's confirmation with a code,
  which comes back to the page asked for.
"""

from collections.abc import Callable
from urllib.parse import urlencode

from allauth.account.authentication import get_authentication_records
from allauth.mfa.utils import is_mfa_enabled
from django.http import HttpRequest, HttpResponseBase, HttpResponseRedirect
from django.urls import ResolverMatch, reverse
from django.utils.http import url_has_allowed_host_and_scheme

from .roles import needs_second_factor

# Where a person sent to set up an authenticator was going, to offer it when set up.
DESTINATION_SESSION_KEY = "registry_second_factor_destination"


class SecondFactorMiddleware:
    """After authentication: a guarded page is answered with a redirection until the session
    used a second factor."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Callable[..., HttpResponseBase], *args: object
    ) -> HttpResponseBase | None:
        match = request.resolver_match
        if match is None or not shows_registry_data(match, request):
            return None
        redirect = second_factor_redirect(request)
        if redirect is None:
            request.session.pop(DESTINATION_SESSION_KEY, None)
        return redirect


def shows_registry_data(match: ResolverMatch, request: HttpRequest) -> bool:
    """Whether the address leads to registry data kept from the committee's and registry
    administrators' sessions without a second factor: the committee's pages, and every admin
    page of the registry app (its models, its app index, its autocomplete lookups)."""
    name = match.url_name or ""
    if "registry" in match.namespaces:
        return name.startswith("committee")
    if "admin" in match.namespaces:
        return (
            name.startswith("registry_")
            or (name == "app_list" and match.kwargs.get("app_label") == "registry")
            or (name == "autocomplete" and request.GET.get("app_label") == "registry")
        )
    return False


def used_second_factor(request: HttpRequest) -> bool:
    """Whether this session's login, or a confirmation since, used an authenticator."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def second_factor_redirect(request: HttpRequest) -> HttpResponseRedirect | None:
    """None when the account may go on; else where it must go first."""
    user = request.user
    if not needs_second_factor(user) or used_second_factor(request):
        return None
    destination = request.get_full_path()
    if not is_mfa_enabled(user):
        if request.method == "GET":
            request.session[DESTINATION_SESSION_KEY] = destination
        return HttpResponseRedirect(reverse("mfa_activate_totp"))
    query = urlencode({"next": destination})
    return HttpResponseRedirect(f"{reverse('mfa_reauthenticate')}?{query}")


def pending_destination(request: HttpRequest) -> str:
    """The guarded page a person was sent away from to set up an authenticator, or ""."""
    destination = str(request.session.get(DESTINATION_SESSION_KEY, ""))
    if not url_has_allowed_host_and_scheme(destination, allowed_hosts=None):
        return ""
    return destination
