"""The Content-Security-Policy header: strict for visitors, what the CMS's editing tools need for
editors. The strict policy itself is in the settings (CONTENT_SECURITY_POLICY)."""

import re

from csp.middleware import CSPMiddleware, PolicyParts
from django.http import HttpRequest, HttpResponseBase

# The admin lives under each language prefix: /en/admin/, /fr/admin/, /nl/admin/.
ADMIN_PATH = re.compile(r"^/[a-z]{2}/admin/")

# What the CMS toolbar, structure board and admin editors need on top of the visitors' policy:
# their bundles evaluate code and set inline styles, and the sideframe shows site pages.
EDITOR_POLICY_ADDITIONS = {
    "script-src": ["'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["blob:"],
}
EDITOR_POLICY_REPLACEMENTS = {"frame-src": ["'self'"]}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict policy of the settings for visitors; editors (staff users, and anyone on an
    admin page, such as the login form) get what the CMS's editing tools need."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and _is_editing(request):
            parts.update = {**EDITOR_POLICY_ADDITIONS, **(parts.update or {})}
            parts.replace = {**EDITOR_POLICY_REPLACEMENTS, **(parts.replace or {})}
        return parts


def _is_editing(request: HttpRequest) -> bool:
    user = getattr(request, "user", None)
    is_staff = bool(user is not None and user.is_authenticated and user.is_staff)
    return is_staff or ADMIN_PATH.match(request.path_info) is not None
