"""The demo content's data files as the tests read them: the files load_demo_content reads."""

from typing import Any

from imp_site.demo import all_page_specs, read_demo_data

PAGES = all_page_specs()
PAGE_KEYS = [spec["key"] for spec in PAGES]


def page_spec(key: str) -> dict[str, Any]:
    return next(spec for spec in PAGES if spec["key"] == key)


def demo_items(app_label: str, filename: str) -> list[dict[str, Any]]:
    return read_demo_data(app_label, filename)
