"""Build IMP's demo site: pages, header and footer, projects, activities and an admin account.

Every step creates only what is missing, so running it again changes nothing (and keeps what
editors changed since). The texts are in demo_content_data.py.
"""

import secrets
from dataclasses import dataclass, field

from cms import api
from cms.models import Page, PageContent
from cms.utils.apphook_reload import mark_urlconf_as_changed
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sites.models import Site
from django.db import transaction
from djangocms_alias.constants import DEFAULT_STATIC_ALIAS_CATEGORY_NAME
from djangocms_alias.models import Alias, AliasContent, Category
from djangocms_versioning.models import Version

from projects.models import ContinuousActivity, Project

from . import demo_content_data as data

ADMIN_USERNAME = "admin"
APPHOOKS = {"projects": "ProjectsApphook", "activities": "ActivitiesApphook"}
# Reached from the footer rather than the main navigation.
FOOTER_ONLY_PAGES = {"privacy"}
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


@dataclass
class DemoReport:
    created: list[str] = field(default_factory=list)
    admin_password: str | None = None


@transaction.atomic
def load_demo_content(*, admin_password=None):
    report = DemoReport()
    admin = _ensure_admin(report, admin_password)
    _name_the_site()
    # Projects first: the home page features them.
    _ensure_items(report, Project, data.PROJECTS, ["status", "start_date", "end_date"])
    _ensure_items(report, ContinuousActivity, data.ACTIVITIES, ["category", "order"])
    _ensure_pages(report, admin)
    _ensure_aliases(report, admin)
    return report


def _ensure_admin(report, password):
    user, created = get_user_model().objects.get_or_create(
        username=ADMIN_USERNAME,
        defaults={"email": "admin@example.org", "is_staff": True, "is_superuser": True},
    )
    if created and not password:
        password = secrets.token_urlsafe(12)
    if password:
        user.set_password(password)
        user.save()
        report.admin_password = password
    if created:
        report.created.append(f"admin account '{ADMIN_USERNAME}'")
    return user


def _name_the_site():
    """The CMS shows the site's name in its toolbar; Django starts with "example.com"."""
    Site.objects.filter(pk=settings.SITE_ID, domain="example.com").update(
        domain="127.0.0.1:8000", name="International Mito Patients"
    )


def _ensure_pages(report, user):
    for spec in data.PAGES:
        if Page.objects.filter(reverse_id=spec["key"]).exists():
            continue
        page = _create_page(spec, user)
        report.created.append(f"page '{spec['key']}'")
        if spec["key"] == "home":
            page.set_as_homepage(user)
    mark_urlconf_as_changed()


def _create_page(spec, user):
    english = spec[settings.LANGUAGE_CODE]
    page = api.create_page(
        title=english["title"],
        template=spec["template"],
        language=settings.LANGUAGE_CODE,
        menu_title=english["menu_title"],
        slug=english["slug"],
        meta_description=english["meta_description"],
        apphook=APPHOOKS.get(spec["key"]),
        apphook_namespace=spec["key"] if spec["key"] in APPHOOKS else None,
        in_navigation=spec["key"] not in FOOTER_ONLY_PAGES,
        reverse_id=spec["key"],
        created_by=user,
    )
    for language in OTHER_LANGUAGES:
        texts = spec[language]
        api.create_page_content(
            language,
            texts["title"],
            page,
            menu_title=texts["menu_title"],
            slug=texts["slug"],
            meta_description=texts["meta_description"],
            in_navigation=spec["key"] not in FOOTER_ONLY_PAGES,
            template=spec["template"],
            created_by=user,
        )
    for language, _name in settings.LANGUAGES:
        content = PageContent.admin_manager.get(page=page, language=language)
        _fill_page_content(content, spec, language)
        Version.objects.get_for_content(content).publish(user)
    return page


def _fill_page_content(content, spec, language):
    placeholders = content.rescan_placeholders()
    texts = spec[language]
    api.add_plugin(placeholders["content"], "TextPlugin", language, body=texts["body"])
    if "aside" in texts:
        api.add_plugin(placeholders["sidebar"], "TextPlugin", language, body=texts["aside"])
    if spec["key"] == "home":
        featured = api.add_plugin(placeholders["highlights"], "FeaturedProjectsPlugin", language)
        featured.projects.set(Project.objects.published())
        api.add_plugin(placeholders["highlights"], "ActivitiesOverviewPlugin", language, limit=6)


def _ensure_aliases(report, user):
    category = Category.objects.filter(
        translations__name=DEFAULT_STATIC_ALIAS_CATEGORY_NAME
    ).first()
    if category is None:
        category = Category.objects.create(name=DEFAULT_STATIC_ALIAS_CATEGORY_NAME)
    for static_code, html_by_language in data.ALIASES.items():
        if Alias.objects.filter(static_code=static_code, site__isnull=True).exists():
            continue
        alias = Alias.objects.create(
            category=category, static_code=static_code, creation_method=Alias.CREATION_BY_TEMPLATE
        )
        for language, html in html_by_language.items():
            content = AliasContent.objects.with_user(user).create(
                alias=alias, name=static_code, language=language
            )
            api.add_plugin(content.placeholder, "TextPlugin", language, body=html)
            Version.objects.get_for_content(content).publish(user)
        report.created.append(f"static alias '{static_code}'")


def _ensure_items(report, model, specs, plain_fields):
    """Create each published item that is missing, found by its English slug."""
    translated_names = list(model._parler_meta.get_translated_fields())
    for spec in specs:
        english_slug = spec[settings.LANGUAGE_CODE]["slug"]
        if model.objects.translated(settings.LANGUAGE_CODE, slug=english_slug).exists():
            continue
        item = model(is_published=True, **{name: spec[name] for name in plain_fields})
        for language, _name in settings.LANGUAGES:
            item.set_current_language(language)
            for name in translated_names:
                setattr(item, name, spec[language][name])
        item.save()
        report.created.append(f"{model._meta.verbose_name} '{english_slug}'")
