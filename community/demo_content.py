"""The demo directory (demo_data/*.yaml): a dozen example groups, listed, across languages,
focuses and organisers, and two suggestions waiting for the editors. Every link starts with
facebook.com/groups/imp-example-, and visitors see that the groups are examples."""

from typing import TYPE_CHECKING, Any

from django.conf import settings

from imp_site.demo import read_demo_data

from .models import Disorder, FacebookGroup, GroupSuggestion, Language

if TYPE_CHECKING:
    from imp_site.demo import DemoBuild


def load(build: "DemoBuild") -> None:
    for spec in read_demo_data("community", "facebook_groups.yaml"):
        if not FacebookGroup.objects.filter(url=spec["url"]).exists():
            _create_group(spec)
            build.created.append(f"Facebook group '{spec['name']}'")
    for spec in read_demo_data("community", "suggestions.yaml"):
        if not GroupSuggestion.objects.filter(url=spec["url"]).exists():
            fields = {
                **spec,
                "group_language": _language(spec["group_language"]),
                "focus": _disorder(spec["focus"]),
            }
            GroupSuggestion.objects.create(**fields)
            build.created.append(f"group suggestion '{spec['name']}'")


def _create_group(spec: dict[str, Any]) -> None:
    languages = [code for code, _name in settings.LANGUAGES]
    plain = {name: value for name, value in spec.items() if name not in languages}
    codes = plain.pop("languages")
    plain["focus"] = _disorder(plain["focus"])
    group = FacebookGroup(**plain, is_example=True)
    for language in languages:
        group.set_current_language(language)
        for name, value in spec[language].items():
            setattr(group, name, value)
    group.save()
    group.languages.set([_language(code) for code in codes])


def _disorder(slug: str | None) -> Disorder | None:
    return Disorder.objects.get(slug=slug) if slug else None


def _language(code: str) -> Language:
    language, _created = Language.objects.get_or_create(code=code)
    return language
