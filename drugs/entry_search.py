"""Search and filters of a revision's list, shared by its page, its print view, its PDF and its
downloads ("for the whole list or for what the visitor filtered").

Whatever a visitor puts in the address gets a page: values are cut to a bounded length before the
form sees them, and a value the form refuses is reported beside its field while the others still
apply. The entries are ordered by their name in the visitor's language, accents ignored, and the
cost in queries is the same for 30 entries or 3,000.
"""

from dataclasses import dataclass
from typing import Any, cast

from django import forms
from django.core.paginator import Page, Paginator
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from .kept_lists import Choices, RevisionList
from .search_text import query_words
from .texts import ListedEntry
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

    def __init__(self, data: QueryDict, *, groups: Choices, conditions: Choices) -> None:
        super().__init__(_bounded(data))
        cast(forms.ChoiceField, self.fields["group"]).choices = [("", _("All groups")), *groups]
        cast(forms.ChoiceField, self.fields["condition"]).choices = [
            ("", _("All genes and syndromes")),
            *conditions,
        ]

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


def _choice_label(field: forms.Field, value: str) -> str:
    choices = getattr(field, "choices", [])
    return next((str(label) for key, label in choices if key == value and value), "")


def search_form_for(entries: RevisionList, data: QueryDict) -> EntrySearchForm:
    """The form with the groups of this revision and every condition, named in the visitor's
    language."""
    return EntrySearchForm(
        data, groups=entries.group_choices(), conditions=entries.condition_choices()
    )


@dataclass
class SearchResult:
    criteria: Criteria
    page: Page[ListedEntry]
    entries: list[ListedEntry]

    @property
    def count(self) -> int:
        return self.page.paginator.count


def search(entries: RevisionList, criteria: Criteria, *, page_number: Any = 1) -> SearchResult:
    page = Paginator(entries.matching(criteria), PAGE_SIZE).get_page(page_number)
    return SearchResult(criteria, page, list(page.object_list))
