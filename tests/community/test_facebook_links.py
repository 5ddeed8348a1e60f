"""Which links count as a Facebook group's, and the one form each is stored in."""

import pytest
from django.core.exceptions import ValidationError

from community.facebook_links import normalise_group_url


@pytest.mark.parametrize(
    "link, canonical",
    [
        (
            "https://www.facebook.com/groups/mitoghent/",
            "https://www.facebook.com/groups/mitoghent/",
        ),
        ("https://facebook.com/groups/MitoGhent", "https://www.facebook.com/groups/mitoghent/"),
        ("www.facebook.com/groups/123/?ref=bookmarks#top", "https://www.facebook.com/groups/123/"),
        (
            "HTTPS://WWW.FACEBOOK.COM/groups/mito_ghent/posts/42",
            "https://www.facebook.com/groups/mito_ghent/",
        ),
    ],
)
def test_a_group_link_is_written_in_one_form(link, canonical):
    assert normalise_group_url(link) == canonical


@pytest.mark.parametrize(
    "link, code",
    [
        ("http://www.facebook.com/groups/mitoghent/", "not_https"),
        ("https://www.facebook.com:8443/groups/mitoghent/", "not_a_group"),
        ("https://user@www.facebook.com/groups/mitoghent/", "not_a_group"),
        ("https://www.facebook.com/groups/", "not_a_group"),
        ("https://www.facebook.com/events/123/", "not_a_group"),
        ("https://fb.com/groups/mitoghent/", "not_a_group"),
        ("https://www.facebook.com.example.org/groups/mitoghent/", "not_a_group"),
        ("https://[::1/groups/x/", "not_a_group"),
    ],
)
def test_anything_else_is_refused_with_the_reason(link, code):
    with pytest.raises(ValidationError) as refusal:
        normalise_group_url(link)

    assert refusal.value.code == code
