"""Demo records of django-parler models, with their texts in every language of the site."""

from typing import Any

from django.conf import settings
from parler.models import TranslatableModel


def ensure_translated_items(
    model: type[TranslatableModel], specs: list[dict[str, Any]], **shared_fields: Any
) -> list[str]:
    """Create each item of `specs` that is missing, found by its English slug; return what was
    created. A spec holds the plain fields, and per language code the translated ones."""
    created = []
    for spec in specs:
        english_slug = spec[settings.LANGUAGE_CODE]["slug"]
        if model.objects.translated(settings.LANGUAGE_CODE, slug=english_slug).exists():
            continue
        _create_item(model, spec, shared_fields)
        created.append(f"{model._meta.verbose_name} '{english_slug}'")
    return created


def _create_item(
    model: type[TranslatableModel], spec: dict[str, Any], shared_fields: dict[str, Any]
) -> None:
    languages = [code for code, _name in settings.LANGUAGES]
    plain_fields = {name: value for name, value in spec.items() if name not in languages}
    item = model(**plain_fields, **shared_fields)
    for language in languages:
        item.set_current_language(language)
        for name, value in spec[language].items():
            setattr(item, name, value)
    item.save()
