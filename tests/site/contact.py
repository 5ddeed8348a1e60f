"""Sending the contact form as a visitor's browser does, for the contact tests."""

import html as html_entities
import re

from cms.models import Page
from django.urls import reverse
from django.utils import translation

A_MESSAGE = {
    "name": "Marie Dubois",
    "email": "marie.dubois@example.org",
    "subject": "Registry in Belgium",
    "message": "Our association would like to run the registry in Belgium. Whom can we talk to?",
}


def form_url(language):
    with translation.override(language):
        return reverse("contact_form:form")


def thank_you_url(language):
    with translation.override(language):
        return reverse("contact_form:thanks")


def contact_page_id():
    return Page.objects.get(reverse_id="contact").pk


def send(client, language="en", *, address="198.51.100.7", forwarded_for=None, **changes):
    """Post the form from the contact page, with A_MESSAGE changed by `changes`, from the
    connection `address` (through proxies that wrote `forwarded_for`)."""
    data = {**A_MESSAGE, "website": "", "page": contact_page_id(), **changes}
    headers = {"REMOTE_ADDR": address}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return client.post(form_url(language), data, **headers)


def csrf_token_in(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]


def text_of(html):
    """What a person reads: the HTML without its tags, scripts and styles."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(html_entities.unescape(re.sub(r"<[^>]+>", " ", html)).split())
