"""Facebook groups and suggestions for tests, with texts in each language."""

import itertools

from community.models import Disorder, FacebookGroup, GroupSuggestion, Language
from tests.conftest import LANGUAGES

_numbers = itertools.count(1)


def stored_language(code):
    return Language.objects.get_or_create(code=code)[0]


def disorder(slug):
    return Disorder.objects.get(slug=slug)


def make_group(
    name=None,
    *,
    languages=("en",),
    focus=None,
    organiser_type="individual",
    organisation="",
    listed=True,
    url=None,
    **fields,
):
    number = next(_numbers)
    group = FacebookGroup(
        name=name or f"Test group {number}",
        url=url or f"https://www.facebook.com/groups/test-group-{number}/",
        focus=disorder(focus) if focus else None,
        organiser_type=organiser_type,
        organisation=organisation
        or ("Test association" if organiser_type == "organisation" else ""),
        is_listed=listed,
        **fields,
    )
    for code in LANGUAGES:
        group.set_current_language(code)
        group.description = f"Description {code} {number}"
        group.region = f"Region {code} {number}"
    group.save()
    group.languages.set([stored_language(code) for code in languages])
    return group


def make_suggestion(name="Suggested group", *, url=None, status="pending", **fields):
    number = next(_numbers)
    fields.setdefault("group_language", stored_language("en"))
    fields.setdefault("language", "en")
    return GroupSuggestion.objects.create(
        name=name,
        url=url or f"https://www.facebook.com/groups/suggested-{number}/",
        status=status,
        **fields,
    )
