"""Each server process keeps the lists of the published revisions it has read, for the searches
that follow.

A search nobody asked before is not in the page cache, and reading the revision's entries with
their texts and naming the form's groups and conditions again cost more than the rest of the
view. A published revision's entries never change (drugs.models refuses it), but what its list
shows around them may: the names of drug groups and conditions. So a list is kept under the page
cache's generation (imp_site.page_copies), which moves whenever cached pages are dropped (a
revision published, a group or condition renamed: drugs.apps), and for no longer than the CMS
keeps a page: a kept list is never older than a cached page would be. Drafts, which editors
change while they preview them, are read afresh each time.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from django.conf import settings
from django.utils.translation import get_language

from imp_site.page_copies import KeptCopies, kept_or_made

from .models import Condition, Entry, Revision
from .search_text import normalise
from .texts import ListedEntry, field_in, listed_by_name

if TYPE_CHECKING:
    from .entry_search import Criteria

# What one process keeps, counted in entries: about 12 KB each with their texts in three
# languages (measured), and under 1 KB for each row made in a language (drug_tags.entry_row), so
# at most about 60 MB. Real lists hold a few hundred entries: this is the current list and a dozen
# of the archive's revisions, or one list of 3,000 beside them.
BUDGET_ENTRIES = 4_000

Choices = list[tuple[str, str]]


class RevisionList:
    """A revision's entries, read once with everything they show, and their names in each
    language as they are asked for."""

    def __init__(
        self, entries: list[Entry], conditions: list[Condition], previous: Revision | None
    ) -> None:
        self._entries = entries
        self._conditions = conditions
        self.previous_revision = previous
        self._by_language: dict[str, list[ListedEntry]] = {}
        self._choices: dict[tuple[str, str], Choices] = {}

    @classmethod
    def read(cls, revision: Revision) -> "RevisionList":
        """Eight queries, whatever the number of entries."""
        entries = list(Entry.objects.filter(revision=revision).for_listing())
        conditions = list(Condition.objects.prefetch_related("translations"))
        return cls(entries, conditions, previous_revision(revision))

    def __len__(self) -> int:
        return len(self._entries)

    def listed(self, language: str | None = None) -> list[ListedEntry]:
        """Every entry in `language` (the visitor's), ordered by its name there."""
        language = language or get_language() or settings.LANGUAGE_CODE
        if language not in self._by_language:
            self._by_language[language] = listed_by_name(self._entries, language)
        return self._by_language[language]

    def matching(self, criteria: "Criteria", language: str | None = None) -> list[ListedEntry]:
        """The entries with every word of the query among their names and codes (any language)
        and within every filter, ordered by name."""
        candidates = self.listed(language)
        for word in criteria.words:  # a word at a time: most entries fall at the first
            candidates = [listed for listed in candidates if word in listed.entry.search_text]
        return [
            listed
            for listed in candidates
            if (not criteria.tiers or listed.tier in criteria.tiers)
            and (not criteria.group or listed.entry.group.slug == criteria.group)
            and (not criteria.condition or criteria.condition in listed.conditions)
        ]

    def group_choices(self) -> Choices:
        """The groups of this revision's entries, named in the visitor's language, by name."""
        return self._choices_in("group", get_language(), self._group_choices)

    def condition_choices(self) -> Choices:
        """Every gene and syndrome, by code, with its name in the visitor's language."""
        return self._choices_in("condition", get_language(), self._condition_choices)

    def _choices_in(self, name: str, language: str, make: Callable[[], Choices]) -> Choices:
        if (name, language) not in self._choices:
            self._choices[name, language] = make()
        return self._choices[name, language]

    def _group_choices(self) -> Choices:
        groups = {entry.group.slug: entry.group for entry in self._entries}
        named = [(slug, field_in(group, "name") or slug) for slug, group in groups.items()]
        return sorted(named, key=lambda choice: normalise(choice[1]))

    def _condition_choices(self) -> Choices:
        return [(condition.code, _condition_label(condition)) for condition in self._conditions]


def previous_revision(revision: Revision) -> Revision | None:
    """The published revision before this one (before the current one, for a draft)."""
    published = Revision.objects.published().order_by("-publication_number")
    if revision.publication_number is not None:
        published = published.filter(publication_number__lt=revision.publication_number)
    return published.prefetch_related("translations").first()


def _condition_label(condition: Condition) -> str:
    name = field_in(condition, "name")
    return f"{condition.code}: {name}" if name and name != condition.code else condition.code


kept_lists = KeptCopies(BUDGET_ENTRIES)


def revision_list(revision: Revision) -> RevisionList:
    """The revision's list: this process's copy for a published revision when it has one."""
    if not revision.is_published:
        return RevisionList.read(revision)
    key = ("list", revision.pk)
    return kept_or_made(kept_lists, key, lambda: RevisionList.read(revision), size=len)


def current_revision() -> Revision | None:
    """The revision visitors read (the one published last), kept as the lists are: publishing
    one moves the page cache's generation on."""
    only = kept_or_made(kept_lists, ("current",), lambda: (_read_current(),), size=len)
    return only[0]


def _read_current() -> Revision | None:
    return Revision.objects.published().prefetch_related("translations").current()
