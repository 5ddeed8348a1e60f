"""What editors do to the list that touches several rows at once: start a draft revision as a copy
of the current one, and publish a draft. Each runs in one transaction."""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from imp_site.page_cache import forget_pages_showing

from .models import Entry, EntryCondition, EntryTranslation, Revision, RevisionTranslation


class PublicationRefused(Exception):
    """The draft cannot be published yet; `problems` says what is missing, for the editor."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class CopiedDraft:
    revision: Revision
    entry_count: int


@transaction.atomic
def revision_start_draft(*, label: str) -> CopiedDraft:
    """A new draft revision holding a copy of every entry of the current revision."""
    source = Revision.objects.current()
    draft = Revision.objects.create(label=label, reviewed_by=source.reviewed_by if source else "")
    if source is None:
        return CopiedDraft(draft, 0)
    return CopiedDraft(draft, _copy_entries(source, draft))


def _copy_entries(source: Revision, draft: Revision) -> int:
    """Copy in a handful of queries, whatever the number of entries."""
    entries = list(source.entries.prefetch_related("translations", "conditions"))
    copies = Entry.objects.bulk_create(
        [
            Entry(
                revision=draft,
                drug_id=entry.drug_id,
                kind=entry.kind,
                tier=entry.tier,
                group_id=entry.group_id,
                atc_codes=entry.atc_codes,
                brand_names=entry.brand_names,
                references=entry.references,
                search_text=entry.search_text,
            )
            for entry in entries
        ]
    )
    copy_of = {entry.drug_id: copy for entry, copy in zip(entries, copies, strict=True)}
    EntryTranslation.objects.bulk_create(
        EntryTranslation(
            master=copy_of[entry.drug_id],
            language_code=text.language_code,
            name=text.name,
            synonyms=text.synonyms,
            advice=text.advice,
        )
        for entry in entries
        for text in entry.translations.all()
    )
    EntryCondition.objects.bulk_create(
        EntryCondition(entry=copy_of[entry.drug_id], condition=condition)
        for entry in entries
        for condition in entry.conditions.all()
    )
    return len(copies)


def publication_problems(revision: Revision) -> list[str]:
    """What keeps the draft from being published: empty, or a text missing in a language."""
    problems = []
    languages = dict(settings.LANGUAGES)
    summaries = {
        text.language_code
        for text in RevisionTranslation.objects.filter(master=revision)
        if text.summary_of_changes.strip()
    }
    for code, name in languages.items():
        if code not in summaries:
            problems.append(
                _("The summary of changes is missing in %(language)s.") % {"language": name}
            )
    entries = list(revision.entries.prefetch_related("translations"))
    if not entries:
        problems.append(_("The revision has no entries."))
    for entry in entries:
        texts = {text.language_code: text for text in entry.translations.all()}
        for code, name in languages.items():
            text = texts.get(code)
            if text is None or not text.name.strip() or not text.advice.strip():
                problems.append(
                    _("%(entry)s: the name or the advice is missing in %(language)s.")
                    % {"entry": entry, "language": name}
                )
    return problems


def revision_publish(*, revision: Revision, today: date | None = None) -> Revision:
    """Publish the draft and make it the current revision, or raise PublicationRefused.

    Two editors publishing at the same moment cannot make two revisions current: the draft is
    published only if it is still a draft, and publication numbers are unique."""
    problems = publication_problems(revision)
    if problems:
        raise PublicationRefused(problems)
    today = today or timezone.localdate()
    try:
        with transaction.atomic():
            published = _mark_published(revision, today)
    except IntegrityError as error:
        raise PublicationRefused(
            [_("Another revision was published at the same moment. Please try again.")]
        ) from error
    if not published:
        raise PublicationRefused([_("This revision has already been published.")])
    forget_pages_showing(Revision)
    revision.refresh_from_db()
    return revision


def _last_publication_number() -> int:
    return Revision.objects.aggregate(last=Max("publication_number"))["last"] or 0


def _mark_published(revision: Revision, today: date) -> bool:
    last_number = _last_publication_number()
    publication_date = revision.publication_date or today
    return bool(
        Revision.objects.filter(pk=revision.pk, status=Revision.Status.DRAFT).update(
            status=Revision.Status.PUBLISHED,
            publication_number=last_number + 1,
            published_at=timezone.now(),
            publication_date=publication_date,
            next_review_date=revision.next_review_date
            or Revision.default_next_review(publication_date),
        )
    )
