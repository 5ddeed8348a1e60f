from typing import Any

from cms.models import PageContent
from cms.page_rendering import render_pagecontent
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from django.views.generic import TemplateView

from imp_site.form_responses import FORM_METHODS, see_other
from imp_site.rate_limit import RateLimit

from .forms import ContactForm
from .services import receive_contact_message

# Where the plugin finds the form of this request, bound to what the visitor sent.
BOUND_FORM = "_contact_form"
PLUGIN_TYPE = "ContactFormPlugin"

LIMIT_REACHED = _(
    "You have already sent several messages in the last hour. To protect our mailbox from spam, "
    "please wait a while, at most an hour, and then send this message again. It has not been "
    "sent yet: your text is still in the form."
)


@require_http_methods(FORM_METHODS)
def contact_form(request: HttpRequest) -> HttpResponse:
    """GET: the form on a page of its own (the plugin is the usual way in). POST: a message."""
    if request.method != "POST":
        return _form_page(request, ContactForm())
    form = ContactForm(request.POST)
    if form.is_from_a_bot():
        # A thank-you as for anyone, so that a script learns nothing from the answer.
        return _to_thank_you_page()
    if not form.is_valid():
        return _show_again(request, form)
    if not _hourly_limit().allows(request):
        form.add_error(None, LIMIT_REACHED)
        return _show_again(request, form, status=429)
    receive_contact_message(form, language=get_language())
    return _to_thank_you_page()


class ThankYouView(TemplateView):
    template_name = "imp_site/contact/thanks.html"


def _hourly_limit() -> RateLimit:
    return RateLimit("contact-form", settings.CONTACT_MESSAGES_PER_HOUR, period_seconds=3600)


def _to_thank_you_page() -> HttpResponseRedirect:
    return see_other(reverse("contact_form:thanks"))


def _show_again(request: HttpRequest, form: ContactForm, *, status: int = 200) -> HttpResponse:
    """The page the visitor sent the form from, with what they wrote and what to correct; the
    form on a page of its own when that page cannot be shown."""
    content = _published_content_with_the_form(request)
    if content is None:
        response = _form_page(request, form)
    else:
        setattr(request, BOUND_FORM, form)
        request.current_page = content.page  # type: ignore[attr-defined]
        if hasattr(request, "toolbar"):
            request.toolbar.set_object(content)
        # As cms.views.details renders a page once it has found it, without its look in the
        # page cache: this answer is for this visitor alone (and the plugin is never cached).
        response = render_pagecontent(request, content)
    response.status_code = status
    return response


def _published_content_with_the_form(request: HttpRequest) -> PageContent | None:
    """The published page, in this language, whose id the form carried, if it holds the form and
    this visitor may see it (the id comes from the client)."""
    page_id = request.POST.get("page", "")
    if not page_id.isdigit():
        return None
    # With djangocms-versioning, PageContent.objects holds the published versions only.
    content = (
        PageContent.objects.filter(page_id=page_id, language=get_language())
        .select_related("page")
        .first()
    )
    if content is None or (content.page.login_required and not request.user.is_authenticated):
        return None
    holds_the_form = content.placeholders.filter(cmsplugin__plugin_type=PLUGIN_TYPE).exists()
    return content if holds_the_form else None


def _form_page(request: HttpRequest, form: ContactForm) -> HttpResponse:
    context: dict[str, Any] = {"form": form}
    return render(request, "imp_site/contact/form_page.html", context)
