"""The directory and the suggestion form as a visitor's browser asks for them."""

import re
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import translation

from tests.conftest import page_url
from tests.site.contact import text_of

A_SUGGESTION = {
    "url": "https://www.facebook.com/groups/mito-friends-of-ghent/",
    "name": "Mito Friends of Ghent",
    "group_language": "",  # set by send_suggestion: a Language's id
    "focus": "",
    "note": "A small group of families near Ghent; I am one of the moderators.",
    "email": "an.peeters@example.org",
}


def directory_url(site_language, /, **filters):
    url = page_url("community", site_language)
    return f"{url}?{urlencode(filters)}" if filters else url


def suggestion_url(language):
    with translation.override(language):
        return reverse("community:suggest_group")


def thanks_url(language):
    with translation.override(language):
        return reverse("community:suggestion_thanks")


def send_suggestion(client, language="en", *, address="198.51.100.7", **changes):
    from tests.community.factories import stored_language

    data = {**A_SUGGESTION, "group_language": stored_language("nl").pk, "website": "", **changes}
    return client.post(suggestion_url(language), data, REMOTE_ADDR=address)


def group_names_in(html):
    """The names of the groups listed on a page, in their order."""
    return [
        text_of(name)
        for name in re.findall(
            r'<article class="card group-card"[^>]*>\s*<h[23]><a [^>]*>(.*?) <span', html, re.S
        )
    ]


def text_of_main(html):
    return text_of(re.search(r"<main.*?</main>", html, re.S).group(0))
