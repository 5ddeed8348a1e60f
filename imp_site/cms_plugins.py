from typing import Any

from cms.models import CMSPlugin
from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool
from django.utils.translation import gettext_lazy as _

from .contact.forms import ContactForm
from .contact.views import BOUND_FORM


@plugin_pool.register_plugin
class ContactFormPlugin(CMSPluginBase):
    """The contact form, placed by editors on a page among their own texts. It posts to the
    contact form's own view (imp_site/contact/views.py), which shows this page again when the
    visitor has something to correct."""

    name = _("Contact form")
    module = _("Forms")
    render_template = "imp_site/contact/form_plugin.html"
    allow_children = False
    page_only = True
    # The form carries the visitor's own CSRF token (and, when shown again, their own text): the
    # placeholder and the page holding it must never be cached and handed to someone else.
    cache = False

    def render(
        self, context: dict[str, Any], instance: CMSPlugin, placeholder: str | None
    ) -> dict[str, Any]:
        context = super().render(context, instance, placeholder)
        request = context["request"]
        context["form"] = getattr(request, BOUND_FORM, None) or ContactForm()
        context["page_id"] = getattr(request.current_page, "pk", "")
        return context
