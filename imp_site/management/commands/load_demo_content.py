import os
from typing import Any

from django.core.management.base import BaseCommand

from imp_site.demo import ADMIN_USERNAME, EDITOR_USERNAME, DemoLogin, load_demo_content


class Command(BaseCommand):
    help = (
        "Create IMP's demo site in English, French and Dutch from the data files of each app "
        "(demo_data/), an admin account and a board editor's account. Safe to run again: it "
        "only adds what is missing. The passwords are DEMO_ADMIN_PASSWORD and "
        "DEMO_EDITOR_PASSWORD if set, else generated for a new account."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        report = load_demo_content(
            admin_password=os.environ.get("DEMO_ADMIN_PASSWORD") or None,
            editor_password=os.environ.get("DEMO_EDITOR_PASSWORD") or None,
        )
        if report.created:
            self.stdout.write("Created: " + ", ".join(report.created) + ".")
        else:
            self.stdout.write("The demo content was already there; nothing changed.")
        lines = ["", "Log in at http://127.0.0.1:8000/en/admin/"]
        lines += _account_help(ADMIN_USERNAME, report.admin_password, "DEMO_ADMIN_PASSWORD")
        lines += _account_help(EDITOR_USERNAME, report.editor_password, "DEMO_EDITOR_PASSWORD")
        self.stdout.write(self.style.SUCCESS("\n".join(lines)))
        for login in report.logins:
            self.stdout.write(self.style.SUCCESS(_demo_login_help(login)))


def _account_help(username: str, password: str | None, variable: str) -> list[str]:
    if password:
        shown = password
    else:
        shown = (
            f"the one set when the account was made (set a new one with: {variable}=... make run)"
        )
    return [f"  user:     {username}", f"  password: {shown}"]


def _demo_login_help(login: DemoLogin) -> str:
    password = login.password or "the one set when the account was made"
    return "\n".join(
        [
            "",
            f"{login.who}: log in at http://127.0.0.1:8000{login.url}",
            f"  login:    {login.login}",
            f"  password: {password}",
            *(f"  {note}" for note in login.notes),
        ]
    )
