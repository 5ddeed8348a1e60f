"""Every page a visitor reaches in the browser by following the site's links from the home page
of each language follows the page rules (tests/page_rules.py), and every image on it loaded."""

import pytest

from tests.conftest import LANGUAGES
from tests.e2e.conftest import image_loaded
from tests.page_rules import broken_rules, read_page, site_links

pytestmark = pytest.mark.e2e


def crawl(page, site, language):
    """What is wrong on each page reached from /<language>/: address -> problems."""
    problems: dict[str, list[str]] = {}
    to_visit = [f"/{language}/"]
    while to_visit:
        address = to_visit.pop()
        if address in problems:
            continue
        response = page.goto(site + address)
        if response.status != 200:
            problems[address] = [f"answered {response.status}"]
            continue
        reading = read_page(page.content())
        problems[address] = broken_rules(reading, language=language, address=address)
        problems[address] += images_not_loaded(page)
        to_visit += sorted(site_links(reading, language=language) - problems.keys())
    return problems


def images_not_loaded(page):
    images = page.locator("img[src]")
    return [
        f"an image that did not load: {image.get_attribute('src')}"
        for image in images.all()
        if not image_loaded(image)
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_reached_follows_the_page_rules_and_its_images_load(page, site, language):
    problems = crawl(page, site, language)

    assert len(problems) > 20  # the crawl went through the site
    assert {address: found for address, found in problems.items() if found} == {}
