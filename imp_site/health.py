"""/healthz: answered before any other middleware, so a down database gives a clean 503 (the CMS
middlewares would fail first) and load balancers may ask over plain HTTP by IP address."""

from collections.abc import Callable

from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils.cache import add_never_cache_headers

HEALTH_PATH = "/healthz"


def database_answers() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False
    return True


def health_response() -> HttpResponse:
    if database_answers():
        response = HttpResponse("ok\n", content_type="text/plain")
    else:
        response = HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    add_never_cache_headers(response)
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.path == HEALTH_PATH and request.method in ("GET", "HEAD"):
            return health_response()
        return self.get_response(request)
