"""A visitor writes to IMP with the contact form, on a phone, with and without JavaScript; the
contact page, its errors and the thank-you page pass axe's WCAG 2.2 AA audit in every language."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.conftest import LANGUAGES
from tests.e2e.conftest import page_path, screenshot

pytestmark = pytest.mark.e2e

PHONE = {"width": 375, "height": 800}
WCAG_AA = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}
axe = Axe()

WORDS = {
    "en": {
        "name": "Your name",
        "email": "Your e-mail address",
        "subject": "Subject",
        "message": "Your message",
        "send": "Send message",
        "problem": "Your message has not been sent yet",
        "thanks": "Thank you for your message",
    },
    "fr": {
        "name": "Votre nom",
        "email": "Votre adresse e-mail",
        "subject": "Objet",
        "message": "Votre message",
        "send": "Envoyer le message",
        "problem": "Votre message n'a pas encore été envoyé",
        "thanks": "Merci pour votre message",
    },
    "nl": {
        "name": "Uw naam",
        "email": "Uw e-mailadres",
        "subject": "Onderwerp",
        "message": "Uw bericht",
        "send": "Bericht versturen",
        "problem": "Uw bericht is nog niet verstuurd",
        "thanks": "Bedankt voor uw bericht",
    },
}


def thank_you_path(language):
    return f"/{language}/contact-form/thanks/"


def violations_report(results):
    return "\n".join(
        f"{violation['id']}: {violation['help']} at "
        f"{[', '.join(node['target']) for node in violation['nodes']][:5]}"
        for violation in results.response["violations"]
    )


def fill_in(page, language, *, email):
    words = WORDS[language]
    page.get_by_label(words["name"], exact=True).fill("Sophie Martin")
    page.get_by_label(words["email"], exact=True).fill(email)
    page.get_by_label(words["subject"], exact=True).fill("Le registre en France")
    page.get_by_label(words["message"], exact=True).fill(
        "Bonjour, notre association aimerait en savoir plus sur le registre des patients."
    )


def test_a_visitor_on_a_phone_writes_to_imp_in_french(page, site):
    page.set_viewport_size(PHONE)
    page.goto(site + page_path("contact", "fr"))

    fill_in(page, "fr", email="sophie.martin@example.org")
    page.get_by_role("button", name=WORDS["fr"]["send"]).click()

    expect(page).to_have_url(site + thank_you_path("fr"))
    expect(page.get_by_role("heading", level=1)).to_have_text(WORDS["fr"]["thanks"])


def test_without_javascript_a_visitor_corrects_a_mistake_and_sends(no_script_page, site):
    page = no_script_page
    page.set_viewport_size(PHONE)
    page.goto(site + page_path("contact", "fr"))
    fill_in(page, "fr", email="sophie.martin.example.org")
    page.get_by_role("button", name=WORDS["fr"]["send"]).click()

    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_be_in_viewport()
    expect(summary.get_by_role("heading")).to_have_text(WORDS["fr"]["problem"])
    expect(page.get_by_label(WORDS["fr"]["message"], exact=True)).to_have_value(
        "Bonjour, notre association aimerait en savoir plus sur le registre des patients."
    )
    page.get_by_label(WORDS["fr"]["email"], exact=True).fill("sophie.martin@example.org")
    page.get_by_role("button", name=WORDS["fr"]["send"]).click()

    expect(page).to_have_url(site + thank_you_path("fr"))
    expect(page.get_by_role("heading", level=1)).to_have_text(WORDS["fr"]["thanks"])


def test_the_keyboard_goes_from_the_message_to_the_privacy_link_past_the_bot_trap(page, site):
    page.goto(site + page_path("contact", "en"))

    page.get_by_label(WORDS["en"]["message"], exact=True).focus()
    page.keyboard.press("Tab")

    expect(page.locator(".contact-form__privacy a")).to_be_focused()
    expect(page.locator("#contact-website")).not_to_be_in_viewport()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_contact_page_has_no_wcag_violation(page, site, language):
    page.goto(site + page_path("contact", language))

    results = axe.run(page, options=WCAG_AA)

    screenshot(page, f"contact-form-{language}")
    assert results.violations_count == 0, violations_report(results)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_contact_page_showing_errors_has_no_wcag_violation(page, site, language):
    page.goto(site + page_path("contact", language))
    page.get_by_label(WORDS[language]["email"], exact=True).fill("not-an-address")
    page.get_by_role("button", name=WORDS[language]["send"]).click()
    expect(page.locator(".error-summary")).to_be_visible()

    results = axe.run(page, options=WCAG_AA)

    screenshot(page, f"contact-form-errors-{language}")
    assert results.violations_count == 0, violations_report(results)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_thank_you_page_has_no_wcag_violation(page, site, language):
    page.goto(site + thank_you_path(language))
    expect(page.get_by_role("heading", level=1)).to_have_text(WORDS[language]["thanks"])

    results = axe.run(page, options=WCAG_AA)

    screenshot(page, f"contact-thanks-{language}")
    assert results.violations_count == 0, violations_report(results)
