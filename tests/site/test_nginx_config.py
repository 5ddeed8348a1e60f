"""The nginx configuration the site's deployment uses (manage.py nginx_config): nginx serves the
uploads from the folder Django saves them to; the browser tests run the site behind it."""

import io
import re

import pytest
from django.core.management import CommandError, call_command


def nginx_config(**options):
    output = io.StringIO()
    call_command("nginx_config", stdout=output, **options)
    return output.getvalue()


def test_nginx_serves_uploads_from_the_folder_django_saves_them_to(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "uploads"

    config = nginx_config()

    assert re.search(rf'location /media/ {{\s+alias "{tmp_path}/uploads/";', config)


def test_nginx_answers_to_the_sites_own_host_and_passes_the_rest_to_gunicorn(settings):
    settings.SITE_URL = "https://www.mitopatients.example"

    config = nginx_config(listen="8080", upstream="127.0.0.1:9000")

    assert "server_name www.mitopatients.example;" in config
    assert "listen 8080;" in config
    assert "server 127.0.0.1:9000 fail_timeout=0;" in config
    assert "proxy_pass http://imp_portal;" in config


def test_uploads_served_elsewhere_cannot_be_configured_here(settings):
    settings.MEDIA_URL = "https://files.example.org/media/"

    with pytest.raises(CommandError, match="MEDIA_URL"):
        nginx_config()
