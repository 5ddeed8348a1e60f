"""Search and filters of a revision's list, shared by its page, its print view, its PDF and its
downloads ("for the whole list or for what the visitor filtered").

Whatever a visitor puts in the address gets a page: values are cut to a bounded length before the
form sees them, and a value the form refuses is reported beside its field while the others still
apply. The entries are ordered by their name in the visitor's language, accents ignored, and the
cost in queries is the same for 30 entries or 3,000.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from django import forms
from django.core.paginator import Page, Paginator
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import Condition, DrugGroup, Entry, EntryQuerySet, EntryTranslation, Revision
from .search_text import normalise, query_words
from .texts import ListedEntry, field_in, listed, listed_by_name
from .tiers import TIER_MEANINGS

FILTER_PARAMETERS = ("q", "tier", "group", "condition")
MAX_VALUE_LENGTH = 200
MAX_VALUES = 10
# Real lists hold a few hundred entries, so the whole list is one page; a page never grows
# beyond this, whatever an editor imports.
PAGE_SIZE = 500


class EntrySearchForm(forms.Form):
    q = forms.CharField(
        label=_("Name, brand name or ATC code"),
        required=False,
        help_text=_("In English, French or Dutch; a part of a name is enough."),
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    tier = forms.MultipleChoiceField(
        label=_("Tier"),
        required=False,
        choices=[(meaning.code, meaning.label) for meaning in TIER_MEANINGS],
        widget=forms.CheckboxSelectMultiple,
    )
    group = forms.ChoiceField(label=_("Drug group"), required=False)
    condition = forms.ChoiceField(label=_("Gene or syndrome"), required=False)

    def __init__(
        self,
        data: QueryDict,
        *,
        groups: Sequence[DrugGroup],
        conditions: Sequence[Condition],
    ) -> None:
        super().__init__(_bounded(data))
        cast(forms.ChoiceField, self.fields["group"]).choices = [("", _("All groups"))] + [
            (group.slug, _group_label(group)) for group in groups
        ]
        cast(forms.ChoiceField, self.fields["condition"]).choices = [
            ("", _("All genes and syndromes"))
        ] + [(condition.code, _condition_label(condition)) for condition in conditions]

    def criteria(self) -> "Criteria":
        """What to filter by: the valid fields (a refused field filters nothing)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return Criteria(
            query=data.get("q", ""),
            tiers=tuple(data.get("tier", ())),
            group=data.get("group", ""),
            condition=data.get("condition", ""),
            group_name=_choice_label(self.fields["group"], data.get("group", "")),
            condition_name=_choice_label(self.fields["condition"], data.get("condition", "")),
        )


@dataclass(frozen=True)
class Criteria:
    query: str = ""
    tiers: tuple[str, ...] = ()
    group: str = ""
    condition: str = ""
    group_name: str = ""
    condition_name: str = ""

    @property
    def words(self) -> list[str]:
        return query_words(self.query)

    @property
    def is_filtered(self) -> bool:
        return bool(self.words or self.tiers or self.group or self.condition)

    def tier_labels(self) -> list[str]:
        return [str(m.label) for m in TIER_MEANINGS if m.code in self.tiers]

    def query_string(self) -> str:
        """The criteria as an address's query, to carry them to the print view and downloads."""
        query = QueryDict(mutable=True)
        if self.query:
            query["q"] = self.query
        query.setlist("tier", list(self.tiers))
        if self.group:
            query["group"] = self.group
        if self.condition:
            query["condition"] = self.condition
        return query.urlencode()


def _bounded(data: QueryDict) -> QueryDict:
    """Only the filter parameters, each value cut to a bounded length and number."""
    bounded = QueryDict(mutable=True)
    for name in FILTER_PARAMETERS:
        values = [value[:MAX_VALUE_LENGTH] for value in data.getlist(name)[:MAX_VALUES]]
        if values:
            bounded.setlist(name, values)
    return bounded


def _group_label(group: DrugGroup) -> str:
    return field_in(group, "name") or group.slug


def _condition_label(condition: Condition) -> str:
    name = field_in(condition, "name")
    return f"{condition.code}: {name}" if name and name != condition.code else condition.code


def _choice_label(field: forms.Field, value: str) -> str:
    choices = getattr(field, "choices", [])
    return next((str(label) for key, label in choices if key == value and value), "")


def search_form_for(revision: Revision, data: QueryDict) -> EntrySearchForm:
    """The form with the groups of this revision and every condition, named in the visitor's
    language (four queries)."""
    groups = DrugGroup.objects.filter(entries__revision=revision).distinct()
    conditions = Condition.objects.all()
    return EntrySearchForm(
        data,
        groups=sorted(
            groups.prefetch_related("translations"), key=lambda g: normalise(_group_label(g))
        ),
        conditions=list(conditions.prefetch_related("translations")),
    )


def matching_entries(revision: Revision, criteria: Criteria) -> EntryQuerySet:
    """The revision's entries that match every word and every filter (not yet fetched)."""
    entries = Entry.objects.filter(revision=revision)
    for word in criteria.words:
        entries = entries.filter(search_text__contains=word)
    if criteria.tiers:
        entries = entries.filter(tier__in=criteria.tiers)
    if criteria.group:
        entries = entries.filter(group__slug=criteria.group)
    if criteria.condition:
        entries = entries.filter(conditions__code=criteria.condition)
    return entries


def ids_by_name(entries: EntryQuerySet, language: str | None = None) -> list[int]:
    """The entries' ids, ordered by name in `language` (English where it has none), accents and
    case ignored: one query, for the names alone."""
    language = language or get_language() or "en"
    names: dict[int, dict[str, str]] = {}
    rows = EntryTranslation.objects.filter(master__in=entries.values("pk"))
    for master_id, code, name in rows.values_list("master_id", "language_code", "name"):
        names.setdefault(master_id, {})[code] = name

    def sort_key(entry_id: int) -> tuple[str, str, int]:
        by_language = names[entry_id]
        name = (
            by_language.get(language) or by_language.get("en") or next(iter(by_language.values()))
        )
        return normalise(name), name, entry_id

    return sorted(names, key=sort_key)


def fetch_in_order(entry_ids: Sequence[int]) -> list[ListedEntry]:
    """The entries with everything they show, in the order of `entry_ids` (five queries)."""
    entries = Entry.objects.filter(pk__in=entry_ids).for_listing()
    by_id = {entry.pk: entry for entry in entries}
    return [listed(by_id[entry_id]) for entry_id in entry_ids if entry_id in by_id]


@dataclass
class SearchResult:
    criteria: Criteria
    page: Page[int]
    entries: list[ListedEntry]

    @property
    def count(self) -> int:
        return self.page.paginator.count


def search(revision: Revision, criteria: Criteria, *, page_number: Any = 1) -> SearchResult:
    ids = ids_by_name(matching_entries(revision, criteria))
    page = Paginator(ids, PAGE_SIZE).get_page(page_number)
    return SearchResult(criteria, page, fetch_in_order(list(page.object_list)))


def all_matching(revision: Revision, criteria: Criteria) -> list[ListedEntry]:
    """Every matching entry, for the print view and the files (no page limit): five queries."""
    return listed_by_name(matching_entries(revision, criteria).for_listing())
