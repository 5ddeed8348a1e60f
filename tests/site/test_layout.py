"""The house rules of the code's layout: imp_site lies beneath the sections, and no section
reaches into another."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = ["projects", "drugs", "registry", "community"]


def imported_top_level_packages(package):
    """The top-level package of every import in the package's own code (migrations aside)."""
    found = set()
    for path in (ROOT / package).rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found


def test_imp_site_imports_no_section():
    assert imported_top_level_packages("imp_site") & set(SECTIONS) == set()


@pytest.mark.parametrize("section", SECTIONS)
def test_a_section_imports_no_other_section(section):
    others = set(SECTIONS) - {section}

    assert imported_top_level_packages(section) & others == set()
