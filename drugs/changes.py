"""What changed: between any two revisions, and for one drug across every revision.

Both read the entries already fetched with their texts, and compare the advice in the visitor's
language (English where an entry has no text in it), so the same comparison reads the same in
every language.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .models import Drug, Entry, Revision
from .texts import ListedEntry, field_in, listed


def advice_of(entry: Entry) -> str:
    return field_in(entry, "advice")


def _same_text(first: str, second: str) -> bool:
    return first.split() == second.split()


def by_name(entries: Iterable[ListedEntry]) -> list[ListedEntry]:
    return sorted(entries, key=lambda entry: entry.sort_key)


@dataclass(frozen=True)
class ChangedEntry:
    """One drug in two revisions."""

    old: ListedEntry
    new: ListedEntry

    def __str__(self) -> str:
        return str(self.new)

    @property
    def old_advice(self) -> str:
        return self.old.advice

    @property
    def new_advice(self) -> str:
        return self.new.advice


@dataclass
class Comparison:
    old: Revision
    new: Revision
    added: list[ListedEntry] = field(default_factory=list)
    removed: list[ListedEntry] = field(default_factory=list)
    tier_changed: list[ChangedEntry] = field(default_factory=list)
    advice_changed: list[ChangedEntry] = field(default_factory=list)
    unchanged_count: int = 0

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.removed or self.tier_changed or self.advice_changed)


def compare_revisions(old: Revision, new: Revision) -> Comparison:
    """Entries added, removed, moved to another tier or with other advice, from `old` to `new`
    (five queries, whatever the number of entries)."""
    old_entries: dict[int, ListedEntry] = {}
    new_entries: dict[int, ListedEntry] = {}
    for entry in Entry.objects.filter(revision__in=[old.pk, new.pk]).for_listing():
        side = old_entries if entry.revision_id == old.pk else new_entries
        side[entry.drug_id] = listed(entry)
    comparison = Comparison(old, new)
    comparison.added = by_name(e for drug, e in new_entries.items() if drug not in old_entries)
    comparison.removed = by_name(e for drug, e in old_entries.items() if drug not in new_entries)
    kept = by_name(e for drug, e in new_entries.items() if drug in old_entries)
    for new_entry in kept:
        pair = ChangedEntry(old_entries[new_entry.entry.drug_id], new_entry)
        if pair.old.tier != pair.new.tier:
            comparison.tier_changed.append(pair)
        if not _same_text(pair.old_advice, pair.new_advice):
            comparison.advice_changed.append(pair)
        if pair.old.tier == pair.new.tier and _same_text(pair.old_advice, pair.new_advice):
            comparison.unchanged_count += 1
    return comparison


@dataclass(frozen=True)
class HistoryEvent:
    """Something that happened to a drug's entry in one revision."""

    FIRST_LISTED = "first_listed"
    ADDED = "added"
    REMOVED = "removed"
    TIER_CHANGED = "tier_changed"
    ADVICE_CHANGED = "advice_changed"

    kind: str
    revision: Revision
    previous_revision: Revision | None
    entry: Entry | None  # the entry in this revision; None once removed
    previous_entry: Entry | None


def drug_history(
    revisions: Sequence[Revision], entries_by_revision: dict[int, Entry]
) -> list[HistoryEvent]:
    """The drug's story through `revisions` (oldest first), given its entry in each revision
    that has one."""
    events: list[HistoryEvent] = []
    previous: Revision | None = None
    previous_entry: Entry | None = None
    for revision in revisions:
        entry = entries_by_revision.get(revision.pk)
        events += _events_between(previous, previous_entry, revision, entry)
        previous, previous_entry = revision, entry
    return events


def _events_between(
    previous: Revision | None,
    previous_entry: Entry | None,
    revision: Revision,
    entry: Entry | None,
) -> list[HistoryEvent]:
    def event(kind: str) -> HistoryEvent:
        return HistoryEvent(kind, revision, previous, entry, previous_entry)

    if entry is None:
        return [event(HistoryEvent.REMOVED)] if previous_entry is not None else []
    if previous_entry is None:
        return [event(HistoryEvent.ADDED if previous else HistoryEvent.FIRST_LISTED)]
    events = []
    if previous_entry.tier != entry.tier:
        events.append(event(HistoryEvent.TIER_CHANGED))
    if not _same_text(advice_of(previous_entry), advice_of(entry)):
        events.append(event(HistoryEvent.ADVICE_CHANGED))
    return events


@dataclass
class DrugRecord:
    """A drug's entries in a sequence of revisions, and what that tells."""

    drug: Drug
    revisions: list[Revision]  # oldest first
    entries_by_revision: dict[int, Entry]

    @classmethod
    def load(cls, drug: Drug, revisions: Sequence[Revision]) -> "DrugRecord":
        """Five queries, whatever the number of revisions."""
        ids = [revision.pk for revision in revisions]
        entries = Entry.objects.filter(drug=drug, revision__in=ids).for_listing()
        return cls(drug, list(revisions), {entry.revision_id: entry for entry in entries})

    def history(self) -> list[HistoryEvent]:
        return drug_history(self.revisions, self.entries_by_revision)

    def entry_in(self, revision: Revision | None) -> Entry | None:
        return self.entries_by_revision.get(revision.pk) if revision else None

    def last_entry(self) -> tuple[Revision, Entry] | None:
        """The latest revision that has the drug, with its entry there."""
        for revision in reversed(self.revisions):
            if revision.pk in self.entries_by_revision:
                return revision, self.entries_by_revision[revision.pk]
        return None

    def removed_in(self, current: Revision | None) -> Revision | None:
        """The revision that took the drug off the list, if the current one does not have it."""
        if current is None or current.pk in self.entries_by_revision:
            return None
        removals = [e.revision for e in self.history() if e.kind == HistoryEvent.REMOVED]
        return removals[-1] if removals else None
