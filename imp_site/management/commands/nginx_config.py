from argparse import ArgumentParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.template import Context, Engine

TEMPLATE = Path(__file__).resolve().parents[2] / "deploy" / "nginx.conf"


class Command(BaseCommand):
    help = (
        "Print the nginx configuration of the site (imp_site/deploy/nginx.conf) filled in from "
        "its settings: nginx serves the uploads from MEDIA_ROOT and passes the rest to gunicorn. "
        "Usage: python manage.py nginx_config > /etc/nginx/sites-available/imp"
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--listen",
            default="80",
            help="What nginx listens on: a port, or address:port (default: 80; certbot adds 443).",
        )
        parser.add_argument(
            "--upstream",
            default="127.0.0.1:8000",
            help="The address gunicorn serves on (default: 127.0.0.1:8000).",
        )
        parser.add_argument(
            "--max-upload-mb",
            type=int,
            default=20,
            help="The largest file editors may upload, in megabytes (default: 20).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        media_url = settings.MEDIA_URL
        if not (media_url.startswith("/") and media_url.endswith("/")):
            raise CommandError(
                f"MEDIA_URL is {media_url!r}: nginx can only serve uploads at a path of this "
                "site, such as /media/."
            )
        template = Engine().from_string(TEMPLATE.read_text())
        context = {
            "listen": options["listen"],
            "upstream": options["upstream"],
            "max_upload_mb": options["max_upload_mb"],
            "server_name": urlsplit(settings.SITE_URL).hostname,
            "media_url": media_url,
            "media_root": Path(settings.MEDIA_ROOT).resolve(),
        }
        self.stdout.write(template.render(Context(context, autoescape=False)), ending="")
