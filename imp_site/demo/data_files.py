"""Reading an app's demo data files: `<app>/demo_data/<name>`, in YAML."""

from pathlib import Path
from typing import Any

import yaml
from django.apps import AppConfig, apps

DATA_FOLDER = "demo_data"


def demo_data_path(app_config: AppConfig, filename: str) -> Path:
    return Path(app_config.path) / DATA_FOLDER / filename


def read_demo_data(app_label: str, filename: str) -> Any:
    """The content of a demo data file of the app `app_label`."""
    return read_yaml(demo_data_path(apps.get_app_config(app_label), filename))


def read_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as file:
        return yaml.safe_load(file)
