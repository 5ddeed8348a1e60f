"""Every page a visitor can reach, found by following the site's links from the home page of each
language, follows the page rules (tests/page_rules.py) and shows its own texts."""

from pathlib import PurePosixPath

import pytest
from cms.models import Page
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.db import transaction
from django.test import Client, override_settings

from projects.models import ContinuousActivity, Project
from tests.conftest import LANGUAGES
from tests.page_rules import PageReading, broken_rules, read_page, site_links
from tests.projects.factories import make_project_with_image

pytestmark = pytest.mark.django_db

# Items with a page of their own, and the texts each page shows (later sections add theirs).
ITEM_MODELS = [Project, ContinuousActivity]


class Crawl:
    """The pages reached from /<language>/ by following links: address -> (status, reading), and
    the images each page shows that are not files of the site."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.pages: dict[str, tuple[int, PageReading | None]] = {}
        self.images_seen = 0
        self.missing_images: set[tuple[str, str]] = set()
        self._visit_all(f"/{language}/")

    def _visit_all(self, start: str) -> None:
        client = Client()
        to_visit = [start]
        while to_visit:
            address = to_visit.pop()
            if address in self.pages:
                continue
            response = client.get(address)
            if response.status_code != 200 or not _is_html(response):
                # A download (the drug list's PDF, CSV, JSON) is reached, not read as a page.
                self.pages[address] = (response.status_code, None)
                continue
            page = read_page(response.content.decode())
            self.pages[address] = (200, page)
            self._check_images(address, page)
            to_visit += sorted(site_links(page, language=self.language) - self.pages.keys())

    def _check_images(self, address: str, page: PageReading) -> None:
        self.images_seen += len(page.images)
        self.missing_images |= {
            (address, image.src) for image in page.images if not _site_has_file(image.src)
        }

    def readings(self) -> dict[str, PageReading]:
        return {address: page for address, (_status, page) in self.pages.items() if page}


@pytest.fixture(scope="module")
def crawls(django_db_setup, django_db_blocker, tmp_path_factory) -> dict[str, Crawl]:
    """One crawl per language for the whole module, of the demo site and a project with an
    uploaded image; the project is gone afterwards."""
    uploads = tmp_path_factory.mktemp("uploads")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=uploads), transaction.atomic():
        make_project_with_image()
        crawls = {language: Crawl(language) for language in LANGUAGES}
        transaction.set_rollback(True)
    return crawls


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_link_leads_to_a_page(crawls, language):
    broken = {address: status for address, (status, _page) in crawls[language].pages.items()}

    assert {address: status for address, status in broken.items() if status != 200} == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_reached_follows_the_page_rules(crawls, language):
    problems = {
        address: broken_rules(page, language=language, address=address)
        for address, page in crawls[language].readings().items()
    }

    assert {address: found for address, found in problems.items() if found} == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_image_shown_is_a_file_the_site_has(crawls, language):
    assert crawls[language].images_seen > 0  # the project with an image, at least
    assert crawls[language].missing_images == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_links_reach_every_published_page_and_item(crawls, language):
    expected = {page.get_absolute_url(language) for page in Page.objects.all()}
    for model in ITEM_MODELS:
        expected |= {item.get_absolute_url(language) for item in model.objects.published()}

    assert expected - crawls[language].readings().keys() == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_items_page_shows_its_own_title_and_summary(crawls, language):
    wrong = []
    for model in ITEM_MODELS:
        for item in model.objects.published().language(language):
            page = crawls[language].readings()[item.get_absolute_url(language)]
            if page.h1 != item.title or " ".join(item.summary.split()) not in page.text:
                wrong.append((item.get_absolute_url(language), page.h1))

    assert wrong == []


def _is_html(response) -> bool:
    return response["Content-Type"].startswith("text/html")


def _site_has_file(src: str) -> bool:
    """Whether the image address is a static file or an uploaded one that exists."""
    for prefix, exists in (
        (settings.STATIC_URL, finders.find),
        (settings.MEDIA_URL, default_storage.exists),
    ):
        if src.startswith(prefix):
            return bool(exists(str(PurePosixPath(src.removeprefix(prefix)))))
    return False
