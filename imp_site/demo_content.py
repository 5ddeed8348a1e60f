"""The site's own demo content beside its pages (demo_data/pages.yaml): the header's tagline and
the footer, static aliases that every page shows, and the contact form on the contact page."""

from typing import TYPE_CHECKING, Any

from cms import api
from django.conf import settings
from djangocms_alias.constants import DEFAULT_STATIC_ALIAS_CATEGORY_NAME
from djangocms_alias.models import Alias, AliasContent, Category
from djangocms_versioning.models import Version

from .demo import read_demo_data

if TYPE_CHECKING:
    from .demo import DemoBuild


def load(build: "DemoBuild") -> None:
    category = _static_alias_category()
    for static_code, spec in read_demo_data("imp_site", "aliases.yaml").items():
        if not Alias.objects.filter(static_code=static_code, site__isnull=True).exists():
            _create_alias(category, static_code, spec, build)
            build.created.append(f"static alias '{static_code}'")
    # Below the page's own text, which editors keep editing around it.
    build.pages.add_plugin("contact", "content", "ContactFormPlugin")


def _static_alias_category() -> Category:
    """The category the CMS files static aliases under ({% static_alias %} creates it lazily)."""
    category = Category.objects.filter(
        translations__name=DEFAULT_STATIC_ALIAS_CATEGORY_NAME
    ).first()
    return category or Category.objects.create(name=DEFAULT_STATIC_ALIAS_CATEGORY_NAME)


def _create_alias(
    category: Category, static_code: str, spec: dict[str, Any], build: "DemoBuild"
) -> None:
    """Static aliases are made lazily, and with versioning only for editors: visitors would see
    an empty header and footer until an editor had published them. Each language's content gets
    the alias's name in that language, which editors read in the admin and the CMS."""
    alias = Alias.objects.create(
        category=category, static_code=static_code, creation_method=Alias.CREATION_BY_TEMPLATE
    )
    for language in _languages():
        content = AliasContent.objects.with_user(build.admin).create(
            alias=alias, name=spec["name"][language], language=language
        )
        api.add_plugin(content.placeholder, "TextPlugin", language, body=spec[language])
        Version.objects.get_for_content(content).publish(build.admin)


def _languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]
