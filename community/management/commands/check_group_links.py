from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from community.link_check import NoLinkAnswered, check_groups
from community.models import FacebookGroup


class Command(BaseCommand):
    help = (
        "Check the link of every listed Facebook group of the directory, a few at a time. A "
        "working link gets today's date, which the directory shows; a group whose link failed "
        "twice in a row is flagged for the editors (admin: Facebook groups, 'Needs review'). "
        "Run it once a week (README: Scheduled jobs)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--timeout",
            type=float,
            default=10.0,
            help="Seconds to wait for each step of a request (default: 10).",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=4,
            help="How many links to check at the same time (default: 4).",
        )

    def handle(self, *args: Any, timeout: float, workers: int, **options: Any) -> None:
        if timeout <= 0 or workers < 1:
            raise CommandError("--timeout must be above 0 and --workers at least 1.")
        groups = FacebookGroup.objects.listed().order_by("pk")
        try:
            report = check_groups(
                groups, timeout=timeout, workers=workers, today=timezone.localdate()
            )
        except NoLinkAnswered:
            raise CommandError(
                "No link could be reached, so nothing was recorded: is this server's network "
                "connection working?"
            ) from None
        self.stdout.write(
            f"Checked {report.checked} links: {report.working} working, "
            f"{len(report.failed)} failed."
        )
        for group, problem in report.failed:
            self.stdout.write(f"  failed: {group.name} <{group.url}> ({problem})")
        if report.now_needing_review:
            names = ", ".join(group.name for group in report.now_needing_review)
            self.stdout.write(
                self.style.WARNING(f"Now flagged for the editors to review: {names}.")
            )
