"""How registry accounts (django-allauth) fit the site: where a login leads, the addresses in
the mails, the client's address for rate limits, and the name django-axes counts failed logins
under.

Participants log in with their e-mail address on the site's own pages (/<language>/accounts/);
editors log in to the admin with their username. Both go through django-axes' lockouts.
"""

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language

from imp_site.client_address import client_ip

# Messages the next page makes plain by itself; the site's CMS pages show no messages, so these
# would wait and appear later, out of place, on a registry page.
SILENT_MESSAGES = {"account/messages/logged_in.txt", "account/messages/logged_out.txt"}


class RegistryAccountAdapter(DefaultAccountAdapter):
    def add_message(
        self,
        request: HttpRequest,
        level: int,
        message_template: str | None = None,
        message_context: dict[str, Any] | None = None,
        extra_tags: str = "",
        message: str | None = None,
    ) -> None:
        if message_template in SILENT_MESSAGES:
            return
        super().add_message(request, level, message_template, message_context, extra_tags, message)

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        """A participant lands on their registry page; staff on the home page, as before."""
        if getattr(request.user, "is_staff", False):
            return f"/{get_language()}/"
        return registry_home_url()

    def get_signup_redirect_url(self, request: HttpRequest) -> str:
        return registry_home_url()

    def get_logout_redirect_url(self, request: HttpRequest) -> str:
        return f"/{get_language()}/"

    def get_email_confirmation_url(self, request: HttpRequest, emailconfirmation: Any) -> str:
        # From SITE_URL, never from the request's Host header, which a client chooses.
        return settings.SITE_URL + reverse("account_confirm_email", args=[emailconfirmation.key])

    def get_reset_password_from_key_url(self, key: str) -> str:
        path = reverse(
            "account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"}
        ).replace("UID-KEY", key)
        return settings.SITE_URL + path

    def get_client_ip(self, request: HttpRequest) -> str:
        """The address imp_site vouches for behind the site's proxies, as for every limit."""
        return client_ip(request) or "unknown"


def registry_home_url() -> str:
    """The registry's page in the current language, or the home page before it exists."""
    try:
        return reverse("registry:dashboard")
    except NoReverseMatch:
        return f"/{get_language()}/"


def login_name_for_axes(request: HttpRequest, credentials: dict[str, Any] | None) -> str:
    """The name django-axes counts failed logins under: the e-mail address a participant types
    (in any letter case), or the username of an editor at the admin's login."""
    credentials = credentials or {}
    name = (
        credentials.get("email")
        or credentials.get("username")
        or request.POST.get("login")
        or request.POST.get("username")
        or ""
    )
    name = str(name).strip()
    return name.lower() if "@" in name else name
