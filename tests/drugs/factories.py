"""Drug-list rows for tests: vocabularies, revisions and entries with texts in every language."""

import itertools
from datetime import date

from drugs.models import Condition, Drug, DrugGroup, Entry, Revision, Tier
from drugs.services import revision_publish
from tests.conftest import LANGUAGES

_numbers = itertools.count(1)


def make_group(slug="test-group"):
    group, created = DrugGroup.objects.get_or_create(slug=slug)
    if created:
        for language in LANGUAGES:
            group.set_current_language(language)
            group.name = f"Group {slug} {language}"
        group.save()
    return group


def make_condition(code="POLG"):
    condition, created = Condition.objects.get_or_create(code=code, defaults={"kind": "gene"})
    if created:
        for language in LANGUAGES:
            condition.set_current_language(language)
            condition.name = f"{code} variants ({language})"
        condition.save()
    return condition


def make_revision(label=None, *, summary=True):
    revision = Revision(label=label or f"test-{next(_numbers)}", reviewed_by="Test centre")
    if summary:
        for language in LANGUAGES:
            revision.set_current_language(language)
            revision.summary_of_changes = f"Changes {language}"
    revision.save()
    return revision


def make_entry(revision, *, name=None, tier=Tier.YELLOW, languages=LANGUAGES, **fields):
    number = next(_numbers)
    name = name or f"Testdrug {number}"
    drug, _created = Drug.objects.get_or_create(slug=fields.pop("slug", f"testdrug-{number}"))
    entry = Entry(revision=revision, drug=drug, tier=tier, group=make_group(), **fields)
    for language in languages:
        entry.set_current_language(language)
        entry.name = name if language == "en" else f"{name} ({language})"
        entry.advice = f"Advice {language} for {name}"
    entry.save()
    return entry


def published_revision(label=None, entries=1, publication_date=date(2026, 2, 1)):
    revision = make_revision(label)
    for _ in range(entries):
        make_entry(revision)
    return revision_publish(revision=revision, today=publication_date)
