"""Links to Facebook groups: what counts as one, and the one way each is written.

People paste a group's address in many shapes (with or without `www.`, from the phone's
`m.facebook.com`, with tracking parameters, with a trailing path such as `/about`). All of them
are written here as `https://www.facebook.com/groups/<name-or-number>/`, so that a group already
listed or already suggested is recognised whatever shape its link came in.
"""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

FACEBOOK_HOSTS = {"facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com"}
# A group's name in its address (letters, digits, dots, hyphens, underscores) or its number.
GROUP_PATH = re.compile(r"^/groups/(?P<group>[A-Za-z0-9._-]+)(?:/.*)?$")

NOT_A_GROUP_LINK = _(
    "This is not the address of a Facebook group. Open the group on Facebook and copy its "
    "address from your browser: it looks like https://www.facebook.com/groups/name-of-the-group/"
)
NOT_SECURE = _(
    "The address must start with https:// (the secure address Facebook itself uses), like "
    "https://www.facebook.com/groups/name-of-the-group/"
)


def normalise_group_url(value: str) -> str:
    """The canonical address of the Facebook group `value` links to; ValidationError (with a
    message for the visitor) when it is not the link of a Facebook group."""
    text = value.strip()
    if "://" not in text:
        text = "https://" + text  # copied from an address bar that hides the scheme
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        raise ValidationError(NOT_A_GROUP_LINK, code="not_a_group") from None
    match = GROUP_PATH.match(parts.path)
    if host not in FACEBOOK_HOSTS or port is not None or parts.username or match is None:
        raise ValidationError(NOT_A_GROUP_LINK, code="not_a_group")
    if parts.scheme.lower() != "https":
        raise ValidationError(NOT_SECURE, code="not_https")
    # Facebook treats a group's name in its address without regard to case.
    return f"https://www.facebook.com/groups/{match['group'].lower()}/"


def validate_group_url(value: str) -> None:
    """For model fields (forms store the canonical form, see normalise_group_url)."""
    normalise_group_url(value)
