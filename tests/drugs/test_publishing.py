"""Editors start a draft as a copy of the current revision and publish it in one action, which
makes it current; publication is refused while a text is missing."""

from datetime import date

import pytest

from drugs import services
from drugs.models import Revision
from drugs.services import (
    PublicationRefused,
    revision_publish,
    revision_start_draft,
)
from tests.drugs.factories import make_condition, make_entry, make_revision

pytestmark = pytest.mark.django_db


def test_publishing_a_draft_makes_it_the_current_revision():
    older = revision_publish(revision=_complete_draft("2098-1"), today=date(2098, 2, 1))
    draft = _complete_draft("2098-2")

    revision_publish(revision=draft, today=date(2098, 8, 1))

    assert Revision.objects.current() == draft
    assert older.publication_number < Revision.objects.get(pk=draft.pk).publication_number


def test_publishing_dates_the_revision_and_plans_its_next_review_six_months_later():
    published = revision_publish(revision=_complete_draft(), today=date(2098, 8, 31))

    assert published.publication_date == date(2098, 8, 31)
    assert published.next_review_date == date(2099, 2, 28)


def test_publishing_is_refused_with_the_list_of_what_is_missing():
    draft = make_revision("2098-1", summary=False)
    make_entry(draft, name="Valproic acid", languages=["en", "fr"])

    with pytest.raises(PublicationRefused) as refused:
        revision_publish(revision=draft)

    problems = refused.value.problems
    assert "The summary of changes is missing in English." in problems
    assert "Valproic acid: the name or the advice is missing in Dutch." in problems
    assert Revision.objects.get(pk=draft.pk).status == Revision.Status.DRAFT


def test_publishing_the_same_draft_twice_is_refused_the_second_time():
    draft = _complete_draft()
    revision_publish(revision=draft)

    with pytest.raises(PublicationRefused) as refused:
        revision_publish(revision=draft)

    assert refused.value.problems == ["This revision has already been published."]


def test_two_publications_at_the_same_moment_cannot_make_two_revisions_current(monkeypatch):
    """Both editors read the same last publication number; the database keeps them apart."""
    first, second = _complete_draft("2098-1"), _complete_draft("2098-2")
    number_both_read = services._last_publication_number()
    monkeypatch.setattr(services, "_last_publication_number", lambda: number_both_read)
    revision_publish(revision=first)

    with pytest.raises(PublicationRefused) as refused:
        revision_publish(revision=second)

    assert "published at the same moment" in refused.value.problems[0]
    assert Revision.objects.get(pk=second.pk).status == Revision.Status.DRAFT
    assert Revision.objects.current() == first


def test_a_new_draft_copies_every_entry_of_the_current_revision():
    current = _complete_draft("2098-1")
    entry = make_entry(current, name="Gentamicin", atc_codes="J01GB03", brand_names="Garamycin")
    entry.conditions.add(make_condition("MT-RNR1"))
    revision_publish(revision=current)

    copied = revision_start_draft(label="2098-2")

    draft = copied.revision
    assert draft.status == Revision.Status.DRAFT
    assert copied.entry_count == current.entries.count()
    copy = draft.entries.get(drug=entry.drug)
    assert copy.atc_codes == "J01GB03" and copy.brand_names == "Garamycin"
    assert list(copy.conditions.values_list("code", flat=True)) == ["MT-RNR1"]
    assert copy.safe_translation_getter("name", language_code="fr") == "Gentamicin (fr)"
    assert copy.search_text == entry.search_text
    assert Revision.objects.current() == current  # a draft changes nothing for visitors


def _complete_draft(label=None):
    draft = make_revision(label)
    make_entry(draft)
    return draft
