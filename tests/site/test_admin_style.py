"""The admin's first page in a process logs no traceback."""

import logging

import pytest
from djangocms_simple_admin_style.templatetags import admin_style_tags

pytestmark = pytest.mark.django_db


def test_the_first_admin_page_of_a_process_logs_no_warning(admin_client, monkeypatch, caplog):
    monkeypatch.setattr(admin_style_tags, "_legacy_style_cache", None)  # as in a new process

    with caplog.at_level(logging.WARNING):
        response = admin_client.get("/en/admin/")

    assert response.status_code == 200
    assert [record.getMessage() for record in caplog.records] == []
