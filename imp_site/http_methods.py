"""Methods the site answers: TRACE is refused, OPTIONS gets the methods without a page.

Django's views answer any method they do not refuse with the whole page; TRACE has no use here
and OPTIONS should say what is allowed, not send the page.
"""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseNotAllowed

ALLOWED = ["GET", "HEAD", "POST", "OPTIONS"]
REFUSED = {"TRACE", "TRACK", "CONNECT"}


class HttpMethodsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Allow"] = ", ".join(ALLOWED)
            return response
        if request.method in REFUSED:
            return HttpResponseNotAllowed(ALLOWED)
        return self.get_response(request)
