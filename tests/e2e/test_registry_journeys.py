"""The registry's journeys in the browser, against the production-like server: a person signs up
(the confirmation link read from the mail the site wrote), registers, consents, enters data with
a variant, corrects it, downloads everything, withdraws and erases, in English and in French; a
parent registers a child, in Dutch. Then nothing they entered is in the server's log."""

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PARTICIPANT_PASSWORD, screenshot
from tests.e2e.registry_helpers import confirmation_link, log_in, say

pytestmark = pytest.mark.e2e

PHONE = {"width": 375, "height": 800}
NEW_PASSWORD = "three quiet mitochondria 2026"
# What the journeys type: none of it may reach the server's log.
ENTERED = {
    "en": {
        "name": "Robin Journeytest",
        "year": "1986",
        "gene": "MT-TL1",
        "variant": "m.3243A>G",
        "corrected_gene": "MT-ATP6",
        "corrected_variant": "m.8993T>G",
        "onset": "17",
    },
    "fr": {
        "name": "Camille Parcourstest",
        "year": "1991",
        # Not a gene the drug list filters by: its public addresses (?condition=POLG) are in
        # the same log, and are no participant's data.
        "gene": "TWNK",
        "variant": "c.1523A>G",
        "corrected_gene": "TWNK",
        "corrected_variant": "p.Tyr508Cys",
        "onset": "23",
    },
}
CHILD = {"name": "Noor Kindtest", "own_name": "Anna Schmidt"}


def click_link(page, language, text, **values):
    page.get_by_role(
        "link", name=say(language, text) % values if values else say(language, text)
    ).click()


def press(page, language, text):
    page.locator("main").get_by_role("button", name=say(language, text), exact=True).click()


def sign_up_and_confirm(page, site, site_environment, language, email):
    page.goto(f"{site}/{language}/")
    page.goto(f"{site}/{language}/{'registry' if language == 'en' else 'registre'}/")
    click_link(page, language, "Create an account")
    page.locator("input[name=email]").fill(email)
    page.locator("input[name=password1]").fill(NEW_PASSWORD)
    page.locator("input[name=password2]").fill(NEW_PASSWORD)
    press(page, language, "Create the account")
    expect(page.get_by_role("heading", level=1)).to_have_text(say(language, "Check your e-mail"))
    page.goto(confirmation_link(site_environment, email, site))
    press(page, language, "Confirm")


def register_myself_and_consent(page, language, name):
    click_link(page, language, "Register a person")
    page.get_by_label(say(language, "Myself"), exact=True).check()
    page.get_by_label(say(language, "Full name of the person registered")).fill(name)
    press(page, language, "Continue")
    expect(page.get_by_role("heading", level=1)).to_have_text(say(language, "Consent"))
    page.get_by_label(
        say(language, "I agree to take part in the registry, as described above.")
    ).check()
    page.get_by_label(
        say(language, "Approved researchers may use the coded data for health research.")
    ).check()
    press(page, language, "Record my answers")
    expect(page.locator(".consent-state")).to_contain_text(say(language, "Consent given."))


def fill_in_the_four_steps(page, language, values):
    title = say(language, "About the person")
    click_link(page, language, "Fill in “%(title)s”", title=title)
    page.get_by_label(say(language, "Country where the person registered lives")).select_option(
        "BE"
    )
    page.get_by_label(say(language, "Year of birth")).fill(values["year"])
    page.get_by_label(say(language, "Female", "sex"), exact=True).check()
    page.get_by_label(say(language, "No"), exact=True).check()
    press(page, language, "Save and continue")
    page.get_by_label(say(language, "Confirmed by a doctor")).check()
    page.get_by_label("MELAS", exact=True).check()
    page.get_by_label(say(language, "Age when the first symptoms began (optional)")).fill(
        values["onset"]
    )
    press(page, language, "Save and continue")
    page.get_by_label(say(language, "Gene (optional)")).fill(values["gene"])
    page.get_by_label(say(language, "Variant (optional)")).fill(values["variant"])
    press(page, language, "Save and continue")
    page.get_by_label(say(language, "Hearing loss")).check()
    press(page, language, "Save")
    expect(page.locator("main")).to_contain_text(values["variant"])


def correct_the_variant(page, language, values):
    title = say(language, "Gene and variant")
    click_link(page, language, "Change “%(title)s”", title=title)
    page.get_by_label(say(language, "Gene (optional)")).fill(values["corrected_gene"])
    page.get_by_label(say(language, "Variant (optional)")).fill(values["corrected_variant"])
    press(page, language, "Save and continue")
    expect(page.get_by_role("heading", level=1)).to_have_text(say(language, "Symptoms"))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_person_joins_enters_corrects_downloads_withdraws_and_erases(
    page, site, site_environment, language
):
    values = ENTERED[language]
    email = f"journey-{language}@example.org"
    page.set_viewport_size(PHONE)

    sign_up_and_confirm(page, site, site_environment, language, email)
    register_myself_and_consent(page, language, values["name"])
    participant_url = page.url
    fill_in_the_four_steps(page, language, values)
    screenshot(page, f"registry-journey-participant-{language}")

    correct_the_variant(page, language, values)
    page.goto(participant_url)
    expect(page.locator("main")).to_contain_text(values["corrected_variant"])
    click_link(
        page, language, "See the history: consents, earlier values and who looked at the data"
    )
    history = page.locator("main")
    expect(history).to_contain_text(values["variant"])
    expect(history).to_contain_text(values["corrected_variant"])

    page.goto(participant_url)
    with page.expect_download() as download_info:
        press(page, language, "Download all data (JSON file)")
    data = json.loads(Path(download_info.value.path()).read_text(encoding="utf-8"))
    assert data["identity"]["full_name"] == values["name"]
    assert data["entry"]["variant"] == values["corrected_variant"]
    assert data["entry_history"][0]["previous_values"]["variant"] == values["variant"]

    click_link(page, language, "Withdraw consent")
    press(page, language, "Withdraw consent now")
    expect(page.locator(".consent-state")).to_contain_text(say(language, "Consent withdrawn."))

    click_link(page, language, "Erase everything about this person")
    page.get_by_label(
        say(language, "I understand that everything is deleted and cannot be brought back.")
    ).check()
    press(page, language, "Erase everything now")
    page.locator("input[name=password]").fill(NEW_PASSWORD)
    press(page, language, "Confirm")  # allauth then carries out the erasure asked for
    expect(page.get_by_role("heading", level=1)).to_have_text(say(language, "Erased"))


def test_a_parent_registers_a_child_in_dutch(page, site):
    log_in(page, site, "anna.demo@example.org", "nl")
    click_link(page, "nl", "Register another person")

    page.get_by_label(say("nl", "My child, as their parent")).check()
    page.get_by_label(say("nl", "Full name of the person registered")).fill(CHILD["name"])
    page.get_by_label(say("nl", "Your own name, if you register someone else")).fill(
        CHILD["own_name"]
    )
    press(page, "nl", "Continue")
    page.get_by_label(
        say("nl", "I agree to take part in the registry, as described above.")
    ).check()
    press(page, "nl", "Record my answers")

    expect(page.get_by_role("heading", level=1)).to_have_text(CHILD["name"])
    expect(page.locator("main")).to_contain_text(
        say("nl", "You act as: %(capacity)s.") % {"capacity": say("nl", "Parent")}
    )
    expect(page.locator(".consent-state")).to_contain_text(say("nl", "Consent given."))
    screenshot(page, "registry-parent-child-nl")


def test_a_wrong_password_does_not_open_the_registry(page, site):
    log_in(page, site, "marie.demo@example.org", "fr", password="not " + PARTICIPANT_PASSWORD)

    expect(page.locator(".error-summary")).to_contain_text(
        say("fr", "The email address and/or password you specified are not correct.")
    )


def test_nothing_people_entered_reaches_the_server_log(server_log):
    """Runs after the journeys above (pytest keeps the order of a file); the demo participants'
    values were entered when the site was built, and are searched for too."""
    log = server_log.read_text(encoding="utf-8")
    # Bare numbers (ages, years) are left out: timestamps are full of them.
    typed = [v for values in ENTERED.values() for v in values.values() if not v.isdigit()]
    demo = ["Marie Dubois", "Lukas Schmidt", "m.11778G>A", "c.845_846del", "MT-ND4"]

    assert "GET /" in log  # the access log is there: the search is not of an empty file
    for value in [*typed, *CHILD.values(), *demo]:
        assert value not in log, f"{value!r} is in the server's log"
