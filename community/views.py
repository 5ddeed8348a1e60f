from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django.views.generic import ListView, TemplateView

from imp_site.form_responses import FORM_METHODS, see_other
from imp_site.page_cache import PageCachedForVisitorsMixin
from imp_site.rate_limit import RateLimit

from .forms import DirectoryFilterForm, SuggestionForm
from .models import FacebookGroup
from .services import suggestion_receive

# Suggestions one client address may send per hour: a person suggests a few groups at most.
SUGGESTIONS_PER_HOUR = 5

LIMIT_REACHED = _(
    "You have already suggested several groups in the last hour. To protect us from spam, "
    "please wait a while, at most an hour, and then send this suggestion again. It has not been "
    "sent yet: what you wrote is still in the form."
)


class GroupListView(PageCachedForVisitorsMixin, ListView):
    """The directory: the groups the visitor may see, narrowed by the filters in the address
    (a GET form), groups in the visitor's language first. Each filtered address is a page of
    its own in the page cache."""

    template_name = "community/group_list.html"
    context_object_name = "groups"

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = super().get(request, *args, **kwargs)
        if not self.filter_form.is_valid():
            # An address with a choice that no longer exists: shown, never stored, so that
            # made-up values cannot fill the page cache.
            patch_cache_control(response, private=True)
        return response

    def get_queryset(self) -> QuerySet[FacebookGroup]:
        groups = FacebookGroup.objects.visible_to(self.request.user)
        self.all_groups = groups
        self.filter_form = DirectoryFilterForm(self.request.GET, groups=groups)
        self.filter_form.is_valid()
        return (
            groups.filtered(**self.filter_form.filters())
            .for_directory()
            .in_order_for(get_language())
        )

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["filter_form"] = self.filter_form
        context["is_filtering"] = self.filter_form.is_filtering()
        context["total_count"] = self.all_groups.count() if context["is_filtering"] else None
        return context


@never_cache  # the form holds this visitor's CSRF token, and on errors what they wrote
@require_http_methods(FORM_METHODS)
def suggest_group(request: HttpRequest) -> HttpResponse:
    """GET: the form. POST: a suggestion, stored and mailed to the editors, then the thank-you
    page (post/redirect/get); bad input shows the form again with what to correct."""
    if request.method != "POST":
        return _form_page(request, SuggestionForm())
    form = SuggestionForm(request.POST)
    if form.is_from_a_bot():
        return _to_thank_you_page()  # as for anyone: a script learns nothing from the answer
    if not form.is_valid():
        return _form_page(request, form)
    if not _hourly_limit().allows(request):
        form.add_error(None, LIMIT_REACHED)
        return _form_page(request, form, status=429)
    suggestion_receive(form, language=get_language())
    return _to_thank_you_page()


class SuggestionThanksView(PageCachedForVisitorsMixin, TemplateView):
    template_name = "community/suggestion_thanks.html"


def _hourly_limit() -> RateLimit:
    return RateLimit("group-suggestion", SUGGESTIONS_PER_HOUR, period_seconds=3600)


def _to_thank_you_page() -> HttpResponseRedirect:
    return see_other(reverse("community:suggestion_thanks"))


def _form_page(request: HttpRequest, form: SuggestionForm, *, status: int = 200) -> HttpResponse:
    return render(request, "community/suggestion_form.html", {"form": form}, status=status)
