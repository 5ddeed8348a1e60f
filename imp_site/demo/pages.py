"""CMS pages of the demo content, created and published in every language of the site.

Each app's `demo_data/pages.yaml` lists the pages it owns:

    - key: about                       # the page's id: {% page_url "about" %} in templates
      template: pages/two_column.html  # one of CMS_TEMPLATES
      apphook: ProjectsApphook         # optional: the section it serves (namespace: the key)
      in_navigation: false             # optional: a page reached from the footer only
      home: true                       # optional: the site's home page
      en:                              # for each language of the site:
        title: About IMP               # the page's title, slug, menu title and description,
        slug: about
        menu_title: About us
        meta_description: ...
        content: <p>...</p>            # and the HTML of each placeholder that holds text
        sidebar: <h2>...</h2>

`imp_site/demo_data/navigation.yaml` gives the order of the pages in the page tree (and so in
the main navigation); pages it does not list come last. Apps add the plugins that show their own
records to any page with PageBuilder.add_plugin.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cms import api
from cms.models import CMSPlugin, Page, PageContent
from cms.utils.apphook_reload import mark_urlconf_as_changed
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import AbstractUser
from djangocms_versioning.models import Version

from .data_files import demo_data_path, read_demo_data, read_yaml

PageSpec = dict[str, Any]
PAGE_FIELDS = ("title", "slug", "menu_title", "meta_description")


@dataclass(frozen=True)
class PluginSpec:
    placeholder: str
    plugin_type: str
    fields: dict[str, Any]
    fill: Callable[[CMSPlugin], None] | None


def all_page_specs() -> list[PageSpec]:
    """The pages of every app's demo_data/pages.yaml, in the order of the navigation."""
    specs = []
    for app_config in apps.get_app_configs():
        path = demo_data_path(app_config, "pages.yaml")
        if path.is_file():
            specs += read_yaml(path)
    order = read_demo_data("imp_site", "navigation.yaml")
    return sorted(specs, key=lambda spec: _position(spec["key"], order))


def _position(key: str, order: list[str]) -> int:
    """Where the page `key` stands in the navigation; pages not listed come last."""
    return order.index(key) if key in order else len(order)


class PageBuilder:
    def __init__(self, user: AbstractUser) -> None:
        self.user = user
        self._plugins: dict[str, list[PluginSpec]] = defaultdict(list)

    def add_plugin(
        self,
        page_key: str,
        placeholder: str,
        plugin_type: str,
        *,
        fill: Callable[[CMSPlugin], None] | None = None,
        **fields: Any,
    ) -> None:
        """Put a plugin in a placeholder of the page `page_key` in each language, when the page
        is created; `fill` sets what plain fields cannot (its relations)."""
        self._plugins[page_key].append(PluginSpec(placeholder, plugin_type, fields, fill))

    def create_missing(self, specs: list[PageSpec]) -> list[str]:
        """Create and publish each page that does not exist yet; return what was created."""
        created = []
        for spec in specs:
            if Page.objects.filter(reverse_id=spec["key"]).exists():
                continue
            page = self._create_page(spec)
            if spec.get("home"):
                page.set_as_homepage(self.user)
            created.append(f"page '{spec['key']}'")
        mark_urlconf_as_changed()
        return created

    def _create_page(self, spec: PageSpec) -> Page:
        default = settings.LANGUAGE_CODE
        apphook = spec.get("apphook")
        page = api.create_page(
            language=default,
            template=spec["template"],
            apphook=apphook,
            apphook_namespace=spec["key"] if apphook else None,
            in_navigation=spec.get("in_navigation", True),
            reverse_id=spec["key"],
            created_by=self.user,
            **_page_fields(spec[default]),
        )
        for language in _languages():
            if language != default:
                api.create_page_content(
                    language,
                    page=page,
                    template=spec["template"],
                    in_navigation=spec.get("in_navigation", True),
                    created_by=self.user,
                    **_page_fields(spec[language]),
                )
        for language in _languages():
            content = PageContent.admin_manager.get(page=page, language=language)
            self._fill(content, spec, language)
            Version.objects.get_for_content(content).publish(self.user)
        return page

    def _fill(self, content: PageContent, spec: PageSpec, language: str) -> None:
        placeholders = content.rescan_placeholders()
        for slot, html in _placeholder_texts(spec[language]).items():
            api.add_plugin(placeholders[slot], "TextPlugin", language, body=html)
        for plugin in self._plugins[spec["key"]]:
            instance = api.add_plugin(
                placeholders[plugin.placeholder], plugin.plugin_type, language, **plugin.fields
            )
            if plugin.fill is not None:
                plugin.fill(instance)


def _languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def _page_fields(texts: dict[str, str]) -> dict[str, str]:
    return {name: texts[name] for name in PAGE_FIELDS}


def _placeholder_texts(texts: dict[str, str]) -> dict[str, str]:
    return {name: html for name, html in texts.items() if name not in PAGE_FIELDS}
