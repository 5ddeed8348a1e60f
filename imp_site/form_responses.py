"""What a page with a form answers: the methods it takes, and where a valid POST goes next."""

from django.http import HttpResponseRedirect

# A form's page: shown (GET, HEAD) and submitted (POST); anything else is a 405.
FORM_METHODS = ["GET", "HEAD", "POST"]


def see_other(url: str) -> HttpResponseRedirect:
    """After a valid POST: 303 See Other, so that reloading the next page sends nothing again."""
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response
