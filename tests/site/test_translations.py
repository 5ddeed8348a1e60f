"""The French and Dutch catalogues are complete, compiled, and cover every string in the code."""

import gettext
import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = ["fr", "nl"]


def catalogue(language):
    return polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))


def entries_of(po):
    return [entry for entry in po if not entry.obsolete]


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_entry_has_a_real_translation(language):
    po = catalogue(language)

    untranslated = [entry.msgid for entry in entries_of(po) if not entry.translated()]
    fuzzy = [entry.msgid for entry in entries_of(po) if "fuzzy" in entry.flags]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_compiled_catalogue_matches_the_source(language):
    po = catalogue(language)
    mo_path = ROOT / "locale" / language / "LC_MESSAGES" / "django.mo"
    with mo_path.open("rb") as mo_file:
        compiled = gettext.GNUTranslations(mo_file)

    for entry in entries_of(po):
        if entry.msgid_plural:
            assert compiled.ngettext(entry.msgid, entry.msgid_plural, 1) == entry.msgstr_plural[0]
        elif entry.msgctxt:
            assert compiled.pgettext(entry.msgctxt, entry.msgid) == entry.msgstr
        else:
            assert compiled.gettext(entry.msgid) == entry.msgstr, entry.msgid


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs GNU gettext's xgettext")
def test_every_translatable_string_in_the_code_is_in_the_catalogues(tmp_path):
    extracted = extract_messages_from_a_copy_of_the_code(tmp_path)

    for language in TRANSLATED:
        known = {entry.msgid for entry in entries_of(catalogue(language))}
        assert sorted(extracted - known) == [], f"missing from the {language} catalogue"


def extract_messages_from_a_copy_of_the_code(tmp_path):
    """makemessages writes into the project's own catalogues; run it on a copy without them."""
    copy = tmp_path / "code"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(".venv", ".git", "locale", "tests", "node_modules", "*.pyc"),
    )
    (copy / "locale").mkdir()
    environment = {**os.environ, "DEBUG": "true", "DATABASE_URL": f"sqlite:///{tmp_path}/db"}
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", "makemessages", "--locale", "fr", "--verbosity", "0"],
        cwd=copy,
        env=environment,
        check=True,
        timeout=120,
    )
    return {entry.msgid for entry in polib.pofile(str(copy / "locale/fr/LC_MESSAGES/django.po"))}
