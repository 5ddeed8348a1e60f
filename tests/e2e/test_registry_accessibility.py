"""axe-core's WCAG 2.2 A and AA rules on every registry page and account page, and on their
forms showing errors, in English, French and Dutch; screenshots of each at 375 and 1280 px."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.conftest import LANGUAGES
from tests.e2e.conftest import PARTICIPANT_PASSWORD, screenshot
from tests.e2e.registry_helpers import WCAG_AA, log_in, say, violations_report

pytestmark = pytest.mark.e2e
axe = Axe()

REGISTRY_SLUG = {"en": "registry", "fr": "registre", "nl": "register"}
VISITOR_PAGES = [
    "{registry}/",
    "accounts/login/",
    "accounts/signup/",
    "accounts/password/reset/",
    "accounts/password/reset/done/",
    "accounts/confirm-email/",
    "{registry}/erased/",
]
PARTICIPANT_PAGES = [
    "{registry}/",
    "{registry}/join/",
    "{participant}/",
    "{participant}/consent/",
    "{participant}/withdraw/",
    "{participant}/entry/about/",
    "{participant}/entry/diagnosis/",
    "{participant}/entry/genetics/",
    "{participant}/entry/symptoms/",
    "{participant}/identity/",
    "{participant}/history/",
    "{participant}/erase/",
    "accounts/email/",
    "accounts/password/change/",
    "accounts/2fa/",
    "accounts/reauthenticate/",
    "accounts/logout/",
]


def audit(page, name):
    results = axe.run(page, options=WCAG_AA)
    screenshot(page, name)
    assert results.violations_count == 0, violations_report(results)


@pytest.fixture(scope="module")
def participant_page(browser, site):
    """A browser logged in as the demo participant who agreed to everything, for the module."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log_in(page, site, "marie.demo@example.org")
    page.locator(".registry-person a").first.click()
    # /en/registry/<id>/: the participant's id
    page.participant_id = page.url.removeprefix(site).strip("/").split("/")[2]
    yield page
    context.close()


def _path(template, language, participant_id=""):
    registry = REGISTRY_SLUG[language]
    return (
        "/"
        + language
        + "/"
        + template.format(registry=registry, participant=f"{registry}/{participant_id}")
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template", VISITOR_PAGES)
def test_a_registry_page_for_visitors_has_no_wcag_violation(page, site, language, template):
    response = page.goto(site + _path(template, language))

    assert response.status == 200
    audit(page, f"registry-visitor-{template}-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template", PARTICIPANT_PAGES)
def test_a_registry_page_of_a_participant_has_no_wcag_violation(
    participant_page, site, language, template
):
    page = participant_page
    response = page.goto(site + _path(template, language, page.participant_id))

    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    audit(page, f"registry-{template}-{language}")


# Forms sent with mistakes: (the page, what to fill in, the button).
def _bad_year(page, language):
    page.get_by_label(say(language, "Year of birth")).fill("20x6")


def _bad_variant(page, language):
    page.get_by_label(say(language, "Variant (optional)")).fill("m.17000A>G")


def _no_name(page, language):
    page.get_by_label(say(language, "Your full name")).fill("")


ERROR_FORMS = [
    ("{registry}/join/", None, "Continue"),
    ("{participant}/consent/", None, "Record my answers"),
    ("{participant}/entry/about/", _bad_year, "Save and continue"),
    ("{participant}/entry/genetics/", _bad_variant, "Save and continue"),
    ("{participant}/identity/", _no_name, "Save"),
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template, fill, button", ERROR_FORMS)
def test_a_registry_form_showing_errors_has_no_wcag_violation(
    participant_page, site, language, template, fill, button
):
    page = participant_page
    page.goto(site + _path(template, language, page.participant_id))
    if template.endswith("consent/"):
        for box in page.locator("main input[type=checkbox]").all():
            box.uncheck()
    if fill is not None:
        fill(page, language)
    page.locator("main").get_by_role("button", name=say(language, button), exact=True).click()

    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    audit(page, f"registry-errors-{template}-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_login_form_showing_errors_has_no_wcag_violation(page, site, language):
    log_in(page, site, "nobody@example.org", language, password="not a password at all")

    expect(page.locator(".error-summary")).to_be_visible()
    audit(page, f"registry-errors-login-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_signup_form_showing_errors_has_no_wcag_violation(page, site, language):
    page.goto(f"{site}/{language}/accounts/signup/")
    page.locator("input[name=email]").fill("not an address")
    page.locator("input[name=password1]").fill("short")
    page.locator("main button[type=submit]").click()

    expect(page.locator(".error-summary")).to_be_visible()
    audit(page, f"registry-errors-signup-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_setting_up_an_authenticator_app_has_no_wcag_violation(participant_page, site, language):
    page = participant_page
    page.goto(f"{site}/{language}/accounts/2fa/totp/activate/")
    if "/accounts/reauthenticate/" in page.url:  # the password is asked first
        page.locator("input[name=password]").fill(PARTICIPANT_PASSWORD)
        page.locator("main button[type=submit]").click()

    expect(page.locator("img.registry-qr")).to_be_visible()
    audit(page, f"registry-totp-activate-{language}")


def test_the_registry_works_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    log_in(page, site, "jan.demo@example.org", "nl")

    page.locator(".registry-person a").first.click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Jan de Vries")
    context.close()
