"""Reading the drug list's pages as a person does: addresses in a language, and the text shown."""

import html
import re

from django.test.signals import template_rendered
from django.urls import reverse
from django.utils.translation import override

from tests.conftest import page_url


def list_url(language="en"):
    return page_url("drugs", language)


def url(viewname, language="en", **kwargs):
    with override(language):
        return reverse(f"drugs:{viewname}", kwargs=kwargs or None)


def html_of(client, address, status=200):
    response = client.get(address)
    assert response.status_code == status, address
    return response.content.decode()


def html_and_templates_of(client, address):
    """The page, and the names of the templates rendered for it, in order."""
    names = []

    def record(sender, template, **kwargs):
        names.append(template.name)

    template_rendered.connect(record)
    try:
        return html_of(client, address), names
    finally:
        template_rendered.disconnect(record)


def text_of(page_html):
    """The page's words as a reader gets them: no tags, entities decoded, spaces collapsed."""
    without_head = re.sub(r"<head>.*?</head>", " ", page_html, flags=re.S)
    without_tags = re.sub(r"<[^>]+>", " ", without_head)
    return " ".join(html.unescape(without_tags).split())


def h1_of(page_html):
    return text_of(re.search(r"<h1[^>]*>(.*?)</h1>", page_html, re.S).group(1))


def title_of(page_html):
    return " ".join(
        html.unescape(re.search(r"<title>(.*?)</title>", page_html, re.S).group(1)).split()
    )


def listed_names(page_html):
    """The names of the entries in the list, in order."""
    return [
        text_of(name)
        for name in re.findall(r'<h3 class="drug-entry__name"><a [^>]*>(.*?)</a></h3>', page_html)
    ]
