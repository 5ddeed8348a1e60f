from django import template

from ..roles import needs_second_factor
from ..second_factor import pending_destination

register = template.Library()


@register.simple_tag(takes_context=True)
def second_factor_destination(context: template.Context) -> str:
    """The page a committee member or registry administrator was going to when sent to set up
    an authenticator (registry/second_factor.py), or ""."""
    request = context.get("request")
    return pending_destination(request) if request is not None else ""


@register.filter(name="needs_second_factor")
def needs_second_factor_filter(user: object) -> bool:
    return needs_second_factor(user)
