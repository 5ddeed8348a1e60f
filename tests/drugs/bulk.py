"""Large revisions for the query-count tests, made with a handful of bulk inserts."""

from drugs.models import Drug, Entry, EntryCondition, EntryTranslation, Revision
from drugs.services import revision_publish
from tests.conftest import LANGUAGES
from tests.drugs.factories import make_condition, make_group, make_revision

TIERS = ["yellow", "orange", "red"]


def large_revision(count, *, label=None, publish=True, prefix="bulkdrug", changed_every=0):
    """A revision of `count` entries, each with texts in every language, a group, and every
    tenth one a condition; published unless asked otherwise. With `changed_every`, every n-th
    entry gets another tier and other advice (for comparisons)."""
    groups = [make_group(f"bulk-group-{n}") for n in range(5)]
    condition = make_condition("POLG")
    revision = make_revision(label)
    slugs = [f"{prefix}-{n:05d}" for n in range(count)]
    existing = set(
        Drug.objects.filter(slug__startswith=f"{prefix}-").values_list("slug", flat=True)
    )
    Drug.objects.bulk_create(Drug(slug=slug) for slug in slugs if slug not in existing)
    drugs = list(Drug.objects.filter(slug__startswith=f"{prefix}-").order_by("slug")[:count])
    entries = Entry.objects.bulk_create(
        Entry(
            revision=revision,
            drug=drug,
            tier=TIERS[(n + (1 if changed_every and n % changed_every == 0 else 0)) % 3],
            group=groups[n % len(groups)],
            atc_codes=f"N0{n % 10}",
            brand_names=f"Brand{n}",
            search_text=f"{drug.slug} bulk name {n} brand{n}",
        )
        for n, drug in enumerate(drugs)
    )
    EntryTranslation.objects.bulk_create(
        EntryTranslation(
            master=entry,
            language_code=language,
            name=f"Bulk name {n} ({language})",
            advice=f"Advice {language} {n}"
            + (" changed" if changed_every and n % changed_every == 0 else ""),
        )
        for n, entry in enumerate(entries)
        for language in LANGUAGES
    )
    EntryCondition.objects.bulk_create(
        EntryCondition(entry=entry, condition=condition) for entry in entries[::10]
    )
    if publish:
        return revision_publish(revision=revision)
    return Revision.objects.get(pk=revision.pk)
