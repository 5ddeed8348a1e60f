"""The drug list's visitors' side: its pages' addresses and an editor who may change the list."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.utils import translation

from tests.conftest import _logged_in


@pytest.fixture
def drug_editor_client(editor):
    """The board editor, with the rights on the drug list (to preview drafts)."""
    editor.user_permissions.add(*Permission.objects.filter(content_type__app_label="drugs"))
    return _logged_in("editor")


@pytest.fixture(autouse=True)
def default_language_after_the_test():
    """A page asked for in French or Dutch leaves that language active in this thread (the
    locale middleware activates it and nothing resets it); the next test starts in English."""
    yield
    translation.activate(settings.LANGUAGE_CODE)
