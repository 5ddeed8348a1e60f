"""The demo drug list (demo_data/): the drug groups and conditions, two published revisions and
the editors' draft of the next one, each imported from its CSV as editors import theirs. All of
it is marked as example data: the tiers are illustrative, not IMP's official assignment."""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings
from parler.models import TranslatableModel

from imp_site.demo import read_demo_data

from .list_files import revision_import_csv
from .models import Condition, DrugGroup, Revision
from .services import revision_publish

if TYPE_CHECKING:
    from imp_site.demo import DemoBuild

DATA = Path(__file__).parent / "demo_data"


def load(build: "DemoBuild") -> None:
    for spec in read_demo_data("drugs", "drug_groups.yaml"):
        _ensure_named(DrugGroup, {"slug": spec["slug"]}, spec, build)
    for spec in read_demo_data("drugs", "conditions.yaml"):
        _ensure_named(Condition, {"code": spec["code"], "kind": spec["kind"]}, spec, build)
    for spec in read_demo_data("drugs", "revisions.yaml"):
        if not Revision.objects.filter(label=spec["label"]).exists():
            _create_revision(spec)
            build.created.append(f"drug list revision '{spec['label']}'")
    # The question people come with, answered from the home page; and what changed lately.
    build.pages.add_plugin("home", "content", "DrugSearchBoxPlugin")
    build.pages.add_plugin("home", "highlights", "DrugLatestChangesPlugin")


def _ensure_named(
    model: type[TranslatableModel], fields: dict[str, Any], spec: dict[str, Any], build: "DemoBuild"
) -> None:
    """Create the group or condition with its name in each language, unless it exists."""
    key = next(iter(fields))
    if model.objects.filter(**{key: fields[key]}).exists():
        return
    item = model(**fields)
    for code, _name in settings.LANGUAGES:
        item.set_current_language(code)
        item.name = spec[code]
    item.save()
    build.created.append(f"{model._meta.verbose_name} '{fields[key]}'")


def _create_revision(spec: dict[str, Any]) -> None:
    revision = Revision(
        label=spec["label"],
        reviewed_by=spec["reviewed_by"],
        next_review_date=spec["next_review_date"],
        publication_date=spec.get("publication_date"),
        is_example_data=True,
    )
    for code, _name in settings.LANGUAGES:
        revision.set_current_language(code)
        revision.summary_of_changes = spec["summary"][code]
    revision.save()
    result = revision_import_csv(
        revision=revision, content=(DATA / spec["entries"]).read_text(encoding="utf-8")
    )
    if result.errors:
        raise ValueError(f"{spec['entries']}: " + "; ".join(map(str, result.errors)))
    if spec["status"] == Revision.Status.PUBLISHED:
        revision_publish(revision=revision, today=spec["publication_date"])
