"""Pages served through PageCachedForVisitorsMixin, each carrying one kind of content, and a
counter that shows whether a response was rendered anew or came from the cache."""

import itertools

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template import engines
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.cache import patch_cache_control
from django.views import View

from imp_site.page_cache import PageCachedForVisitorsMixin

renders = itertools.count()


class CountedPage(PageCachedForVisitorsMixin, View):
    body = ""

    def get(self, request: HttpRequest) -> TemplateResponse:
        template = engines["django"].from_string(self.body + "<p>render {{ number }}</p>")
        return TemplateResponse(request, template, {"number": next(renders)})


class PrivatePage(CountedPage):
    def get(self, request: HttpRequest) -> TemplateResponse:
        response = super().get(request)
        patch_cache_control(response, private=True)
        return response


class CookiePage(CountedPage):
    def get(self, request: HttpRequest) -> TemplateResponse:
        response = super().get(request)
        response.set_cookie("chosen", "yes")
        return response


def say_saved(request: HttpRequest) -> HttpResponseRedirect:
    messages.success(request, "Saved for the first visitor")
    return HttpResponseRedirect("/with-messages/")


def echo_query(request: HttpRequest) -> HttpResponse:
    return HttpResponse(request.GET.urlencode())


urlpatterns = [
    path("en/echo-query/", echo_query),
    path("plain/", CountedPage.as_view()),
    path("with-form/", CountedPage.as_view(body="<form>{% csrf_token %}</form>")),
    path(
        "with-messages/",
        CountedPage.as_view(body="{% for message in messages %}{{ message }}{% endfor %}"),
    ),
    path("say-saved/", say_saved),
    path("private/", PrivatePage.as_view()),
    path("sets-a-cookie/", CookiePage.as_view()),
]
