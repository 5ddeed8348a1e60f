"""What the registry's browser tests share: the words of the pages in each language (from the
site's own catalogue), the mails the site wrote, logging in as a demo participant."""

import re
import time

from django.utils import translation
from django.utils.translation import gettext, pgettext

from tests.e2e.conftest import PARTICIPANT_PASSWORD, mail_folder

WCAG_AA = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}


def say(language, text, context=None):
    """`text` as the page shows it in `language`."""
    with translation.override(language):
        return pgettext(context, text) if context else gettext(text)


def violations_report(results):
    return "\n".join(
        f"{violation['id']}: {violation['help']} at "
        f"{[', '.join(node['target']) for node in violation['nodes']][:5]}"
        for violation in results.response["violations"]
    )


def confirmation_link(site_environment, email, site):
    """The confirmation link of the last mail to `email`, pointed at the test server (mails use
    SITE_URL, which has no port here)."""
    for _attempt in range(50):
        mails = sorted(mail_folder(site_environment).glob("*.log"), key=lambda p: p.stat().st_mtime)
        for path in reversed(mails):
            content = path.read_text(encoding="utf-8")
            if f"To: {email}" in content:
                link = re.search(r"http://127\.0\.0\.1(/\S+/accounts/confirm-email/\S+/)", content)
                if link:
                    return site + link.group(1)
        time.sleep(0.1)
    raise AssertionError(f"no confirmation mail to {email}")


def log_in(page, site, email, language="en", password=PARTICIPANT_PASSWORD):
    page.goto(f"{site}/{language}/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("main button[type=submit]").click()
