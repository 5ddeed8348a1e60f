"""The views behind the error pages that need code (the others are Django's, with our templates)."""

from django.conf import settings
from django.http import HttpRequest, HttpResponseServerError
from django.template import loader
from django.utils import translation


def server_error(request: HttpRequest) -> HttpResponseServerError:
    """The 500 page in the language of the address, even when the error came before the locale
    middleware chose it (the database being down fails the first middleware). It says that we
    have been told only when someone is: errors are mailed to ADMINS when there are any."""
    language = translation.get_language_from_path(request.path_info)
    with translation.override(language or translation.get_language()):
        html = loader.get_template("500.html").render({"someone_is_told": bool(settings.ADMINS)})
    return HttpResponseServerError(html)
