"""The steering committee's journey in the browser, against the production-like server: a person
signs up, consents to research use and enters data; the demo committee member logs in with
password and authenticator code (computed here from the key load_demo_content set up), finds
the entry in the review queue and approves it; the participant withdraws; the entry is gone at
once from the committee's queue, statistics and export. axe-core finds no WCAG 2.2 AA
violation on the committee's pages nor on the code page of the login."""

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from registry.demo_content import current_code
from tests.e2e.conftest import PARTICIPANT_PASSWORD, ROOT, screenshot
from tests.e2e.registry_helpers import WCAG_AA, log_in, violations_report
from tests.e2e.test_registry_journeys import (
    NEW_PASSWORD,
    fill_in_the_four_steps,
    register_myself_and_consent,
    sign_up_and_confirm,
)

pytestmark = pytest.mark.e2e
axe = Axe()

COMMITTEE_EMAIL = "committee.demo@example.org"
EMAIL = "committee-journey@example.org"
VALUES = {
    "name": "Quinn Committeetest",
    "year": "1979",
    "gene": "MT-ATP6",
    "variant": "m.8993T>G",
    "onset": "12",
}
QUEUE = "/en/registry/committee/"
STATISTICS = "/en/registry/committee/statistics/"
EXPORT = "/en/registry/committee/export/"
SECRET_OF = """
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import decrypt
print(decrypt(Authenticator.objects.get(user__email="{email}", type="totp").data["secret"]))
"""


def authenticator_key(site_environment, email):
    """The key of the demo account's authenticator app, read from the site's database as
    load_demo_content prints it."""
    result = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", "shell", "--command", SECRET_OF.format(email=email)],
        cwd=ROOT,
        env=site_environment,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.stdout.strip().splitlines()[-1]


def audit(page, name):
    results = axe.run(page, options=WCAG_AA)
    screenshot(page, name)
    assert results.violations_count == 0, violations_report(results)


def statistics_total(page, site):
    page.goto(site + STATISTICS)
    total = page.locator(".committee-total").inner_text()
    return int(re.search(r"\d+", total).group())


def exported_pseudonyms(page, site):
    page.goto(site + EXPORT)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download the CSV file").click()
    text = Path(download_info.value.path()).read_text(encoding="utf-8-sig")
    return {row["pseudonym"] for row in csv.DictReader(io.StringIO(text))}


def queue_text(page, site, status):
    page.goto(f"{site}{QUEUE}?status={status}")
    return page.locator("main").inner_text()


@pytest.fixture
def committee_page(browser, site, site_environment):
    """The demo committee member, logged in with password and authenticator code."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log_in(page, site, COMMITTEE_EMAIL, password=PARTICIPANT_PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Log in: code from your app")
    audit(page, "committee-login-code-en")
    secret = authenticator_key(site_environment, COMMITTEE_EMAIL)
    page.get_by_label("Code", exact=True).fill(current_code(secret))
    page.locator("main button[type=submit]").first.click()
    expect(page).not_to_have_url(re.compile(r"/2fa/"))
    yield page
    context.close()


def test_an_approved_entry_leaves_the_committee_when_its_participant_withdraws(
    page, site, site_environment, committee_page
):
    sign_up_and_confirm(page, site, site_environment, "en", EMAIL)
    register_myself_and_consent(page, "en", VALUES["name"])
    participant_url = page.url
    fill_in_the_four_steps(page, "en", VALUES)
    page.goto(participant_url)
    pseudonym = re.search(r"IMP-[0-9A-Z]{5}-[0-9A-Z]{5}", page.locator("main").inner_text())
    assert pseudonym, "the participant's page shows their code in the registry"
    pseudonym = pseudonym.group()

    committee = committee_page
    assert pseudonym in queue_text(committee, site, "pending")
    audit(committee, "committee-queue-en")
    committee.get_by_role("link", name=pseudonym).click()
    expect(committee.get_by_role("heading", level=1)).to_have_text(f"Entry {pseudonym}")
    main = committee.locator("main")
    expect(main).to_contain_text(VALUES["variant"])
    expect(main).not_to_contain_text(VALUES["name"])
    expect(main).not_to_contain_text(EMAIL)
    audit(committee, "committee-entry-en")
    committee.get_by_label("Approved", exact=True).check()
    committee.get_by_label("Reason").fill("Complete and consistent.")
    committee.get_by_role("button", name="Record the decision").click()
    expect(committee.locator("main")).to_contain_text(
        "Your decision is recorded and the participant is told."
    )

    assert pseudonym in queue_text(committee, site, "approved")
    assert pseudonym not in queue_text(committee, site, "pending")
    total_before = statistics_total(committee, site)
    audit(committee, "committee-statistics-en")
    assert pseudonym in exported_pseudonyms(committee, site)
    audit(committee, "committee-export-en")

    page.goto(participant_url)
    page.get_by_role("link", name="Withdraw consent").click()
    page.locator("main").get_by_role("button", name="Withdraw consent now").click()
    expect(page.locator(".consent-state")).to_contain_text("Consent withdrawn.")

    for status in ("pending", "approved"):
        assert pseudonym not in queue_text(committee, site, status)
    assert statistics_total(committee, site) == total_before - 1
    assert pseudonym not in exported_pseudonyms(committee, site)
    response = committee.goto(f"{site}/en/registry/committee/entries/{pseudonym}/")
    assert response.status == 404


def set_up_two_step_login(page, site, site_environment, email, audit_pages):
    sign_up_and_confirm(page, site, site_environment, "en", email)
    page.goto(f"{site}/en/accounts/2fa/")
    audit_pages(page, "two-step-login-index-en")
    page.get_by_role("link", name="Set up two-step login").click()
    page.locator("input[name=password]").fill(NEW_PASSWORD)
    page.locator("main button[type=submit]").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-step login")
    audit_pages(page, "two-step-login-setup-en")
    key = page.locator("code.totp-secret").inner_text()
    assert re.fullmatch(r"[A-Z2-7]{32}", key), "the key is shown as text, to type by hand"
    page.get_by_label("Authenticator code").fill(current_code(key))
    page.get_by_role("button", name="Confirm and turn on").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Recovery codes")
    expect(page.locator(".recovery-codes li")).to_have_count(10)
    audit_pages(page, "two-step-login-recovery-codes-en")


def test_the_two_step_login_pages_have_no_wcag_violation(page, site, site_environment):
    set_up_two_step_login(page, site, site_environment, "two-step@example.org", audit)


def test_two_step_login_is_set_up_without_javascript(no_script_page, site, site_environment):
    # axe-core runs in the page, so it cannot audit here: the test above does.
    set_up_two_step_login(
        no_script_page, site, site_environment, "two-step-no-js@example.org", screenshot
    )
