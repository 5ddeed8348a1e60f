import os

from django.core.management.base import BaseCommand

from imp_site.demo_content import ADMIN_USERNAME, load_demo_content


class Command(BaseCommand):
    help = (
        "Create IMP's demo site in English, French and Dutch: pages, header and footer, projects, "
        "activities and an admin account. Safe to run again: it only adds what is missing. The "
        "admin password is DEMO_ADMIN_PASSWORD if set, else generated for a new account."
    )

    def handle(self, *args, **options):
        report = load_demo_content(admin_password=os.environ.get("DEMO_ADMIN_PASSWORD") or None)
        if report.created:
            self.stdout.write("Created: " + ", ".join(report.created) + ".")
        else:
            self.stdout.write("The demo content was already there; nothing changed.")
        self.stdout.write(self.style.SUCCESS(self._login_help(report.admin_password)))

    def _login_help(self, password):
        lines = ["", "Log in at http://127.0.0.1:8000/en/admin/", f"  user:     {ADMIN_USERNAME}"]
        if password:
            lines.append(f"  password: {password}")
        else:
            lines.append(
                "  password: the one set when the account was made "
                "(set a new one with: DEMO_ADMIN_PASSWORD=... make run)"
            )
        return "\n".join(lines)
