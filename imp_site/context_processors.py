from django.conf import settings
from django.http import HttpRequest


def site_url(request: HttpRequest) -> dict[str, str]:
    """SITE_URL in templates, to make absolute links without reading the request's host."""
    return {"SITE_URL": settings.SITE_URL}
