"""The header and footer (static aliases): in the CMS's structure board in the page's language,
and on every page at once when published.

djangocms-alias 3.2.0 adds the static aliases of a page's template to the structure board
(`render_alias_structure_js`), but it looks up their contents in every language and keeps the last
one found per alias: on an English page, "Edit" on the header or footer opened the Dutch version,
and the board showed the Dutch placeholder, empty, with "Placeholder not editable". This module
gives the board the contents in the language of the page being edited. It replaces the library's
function by name, which its structure tag looks up on every call; remove it when djangocms-alias
filters by language (see tests/site/test_admin_footer_editing.py).

Publishing a page drops the CMS's cached pages, but publishing an alias did not: visitors kept
the old footer for as long as pages are cached (CMS_CACHE_DURATIONS). Publishing or unpublishing
any alias now drops them too, once the transaction commits.
"""

from typing import Any

import djangocms_alias.rendering
from cms.cache import invalidate_cms_page_cache
from cms.models import Placeholder
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from djangocms_alias.models import Alias, AliasContent
from djangocms_versioning.constants import OPERATION_PUBLISH, OPERATION_UNPUBLISH
from djangocms_versioning.signals import post_version_operation


def render_static_alias_structure_js(context: dict[str, Any], renderer: Any, obj: Any) -> str:
    """The structure board's entries for the static aliases that the template of `obj` (a page
    content) declares, each with its content in the language of `obj`."""
    template = getattr(obj, "get_template", lambda: None)()
    if not template:
        return ""
    declared = djangocms_alias.rendering.get_declared_static_aliases(template)
    if not declared:
        return ""
    language = _language_of(context, obj)
    placeholders = _static_alias_placeholders(declared, renderer, language)
    entries = []
    for declaration in declared:
        placeholder = placeholders.get(declaration.static_code)
        if placeholder is not None:
            placeholder.is_static = True
            entries.append(renderer.render_placeholder(placeholder, language, obj))
    return "\n".join(entries)


def _language_of(context: dict[str, Any], obj: Any) -> str | None:
    """The language of the content being edited; else the toolbar's (the address's)."""
    toolbar = getattr(context.get("request"), "toolbar", None)
    return getattr(obj, "language", None) or getattr(toolbar, "request_language", None)


def _static_alias_placeholders(
    declared: list[Any], renderer: Any, language: str | None
) -> dict[str, Placeholder]:
    """The placeholder of each declared alias's current content in `language`, by slot (the
    placeholder of a static alias's content is named after its static code)."""
    per_site = [alias.static_code for alias in declared if alias.site]
    site_wide = [alias.static_code for alias in declared if not alias.site]
    wanted = models.Q(pk__in=[])
    if per_site:
        wanted |= models.Q(static_code__in=per_site, site=renderer.current_site)
    if site_wide:
        wanted |= models.Q(static_code__in=site_wide, site__isnull=True)
    content_ids = AliasContent.admin_manager.current_content(
        alias__in=Alias.objects.filter(wanted), language=language
    ).values_list("pk", flat=True)
    return {
        placeholder.slot: placeholder
        for placeholder in Placeholder.objects.filter(
            content_type=ContentType.objects.get_for_model(AliasContent),
            object_id__in=content_ids,
        )
    }


def drop_cached_pages_when_an_alias_is_published(
    sender: type[models.Model], operation: str, **kwargs: Any
) -> None:
    if operation in (OPERATION_PUBLISH, OPERATION_UNPUBLISH):
        transaction.on_commit(invalidate_cms_page_cache)


def set_up_static_aliases() -> None:
    djangocms_alias.rendering.render_alias_structure_js = render_static_alias_structure_js
    post_version_operation.connect(
        drop_cached_pages_when_an_alias_is_published,
        sender=AliasContent,
        dispatch_uid="imp-drop-cached-pages-on-alias-publish",
    )
