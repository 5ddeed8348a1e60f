"""The archive of published revisions, and what changed between any two of them: entries added,
removed, moved to another tier, with new advice (old and new side by side, in the visitor's
language)."""

import pytest

from tests.conftest import LANGUAGES
from tests.drugs.pages import h1_of, html_of, listed_names, text_of, url

pytestmark = pytest.mark.django_db


def section(page, anchor):
    return text_of(page.split(f'id="{anchor}"', 1)[1].split("</section>", 1)[0])


def comparison(client, language, old="2025-2", new="2026-1"):
    return html_of(client, url("compare", language) + f"?old={old}&new={new}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_archive_lists_every_published_revision_newest_first(visitor, language):
    page = html_of(visitor, url("archive", language))

    assert page.index(url("revision", language, label="2026-1")) < page.index(
        url("revision", language, label="2025-2")
    )


def test_the_archive_gives_each_revisions_summary_in_the_visitors_language(visitor):
    text = text_of(html_of(visitor, url("archive", "nl")))

    assert "Ibuprofen is van de lijst gehaald." in text


def test_an_archived_revision_keeps_its_own_list(visitor):
    page = html_of(visitor, url("revision", "en", label="2025-2"))

    names = listed_names(page)
    assert "Ibuprofen" in names and "Linezolid" not in names
    assert h1_of(page) == "Drug list: revision 2025-2"


@pytest.mark.parametrize(
    "language, added, removed, moved",
    [
        ("en", ["Aminoglycosides", "Fenofibrate", "Linezolid"], "Ibuprofen", "Propofol"),
        ("fr", ["Aminosides", "Fénofibrate", "Linézolide"], "Ibuprofène", "Propofol"),
        ("nl", ["Aminoglycosiden", "Fenofibraat", "Linezolid"], "Ibuprofen", "Propofol"),
    ],
)
def test_the_comparison_names_what_was_added_removed_and_moved(
    visitor, language, added, removed, moved
):
    page = comparison(visitor, language)

    for name in added:
        assert name in section(page, "added")
    assert removed in section(page, "removed")
    assert moved in section(page, "tier-changed")


@pytest.mark.parametrize(
    "language, old_words, new_words",
    [
        ("en", "Can raise lactate.", "Metformin can raise the amount of lactate in the blood."),
        (
            "fr",
            "Peut augmenter le lactate.",
            "La metformine peut augmenter le taux de lactate dans le sang.",
        ),
        (
            "nl",
            "Kan de lactaatwaarde verhogen.",
            "Metformine kan de hoeveelheid lactaat in het bloed verhogen.",
        ),
    ],
)
def test_new_advice_is_shown_old_and_new_side_by_side_in_the_visitors_language(
    visitor, language, old_words, new_words
):
    page = comparison(visitor, language)
    advice = page.split('id="advice-changed"', 1)[1]

    old_side = text_of(advice.split('class="advice-pair__old"', 1)[1].split("</div>", 1)[0])
    new_side = text_of(advice.split('class="advice-pair__new"', 1)[1].split("</div>", 1)[0])
    assert old_words in old_side and "2025-2" in old_side
    assert new_words in new_side and "2026-1" in new_side


def test_the_comparison_counts_the_changes(visitor):
    text = text_of(comparison(visitor, "en"))

    assert "3 added 1 removed 1 moved to another tier 2 with new advice 28 unchanged" in text


def test_the_comparison_by_default_is_the_current_revision_against_the_one_before(visitor):
    page = html_of(visitor, url("compare", "en"))

    assert h1_of(page) == "What changed from revision 2025-2 to revision 2026-1"


def test_comparing_in_the_other_direction_reads_the_other_way(visitor):
    page = comparison(visitor, "en", old="2026-1", new="2025-2")

    assert "Ibuprofen" in section(page, "added")
    assert "Linezolid" in section(page, "removed")


def test_comparing_a_revision_with_itself_is_refused_with_a_message(visitor):
    page = comparison(visitor, "fr", old="2026-1", new="2026-1")

    assert "Choisissez deux révisions différentes à comparer." in text_of(page)
    assert 'id="added"' not in page


def test_an_unknown_revision_is_named_as_an_error(visitor):
    page = comparison(visitor, "en", old="1999-1", new="2026-1")

    assert "Select a valid choice. 1999-1 is not one of the available choices." in text_of(page)


def test_the_list_links_to_what_changed_since_the_previous_revision(visitor):
    page = html_of(visitor, url("list", "en"))

    assert f'href="{url("compare", "en")}?old=2025-2&amp;new=2026-1"' in page
