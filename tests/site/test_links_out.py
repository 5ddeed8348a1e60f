"""Pages lead patients on to where they go next: EURORDIS, Rare Disease Day, the GENOMIT
registry, member organisations and the contact form, in every language, with links to other
websites saying so in their text and opening where the visitor is (no new window)."""

import re

import pytest

from tests.conftest import LANGUAGES, page_url

pytestmark = pytest.mark.django_db

EURORDIS = "https://www.eurordis.org/"
RARE_DISEASE_DAY = "https://www.rarediseaseday.org/"
GENOMIT = "https://genomit.eu/"
DGM = "https://www.dgm.org/"
LINKS_OUT = {
    "home": [EURORDIS, RARE_DISEASE_DAY, GENOMIT],
    "about": [EURORDIS, RARE_DISEASE_DAY, DGM],
    "registry": [GENOMIT],
    "community": [RARE_DISEASE_DAY, EURORDIS],
    "contact": [DGM],
}
EXTERNAL = {"en": "(external website)", "fr": "(site externe)", "nl": "(externe website)"}


def links_in_main(client, key, language):
    html = client.get(page_url(key, language)).content.decode()
    main = re.search(r"<main.*?</main>", html, re.S).group(0)
    return re.findall(r"<a ([^>]*)>(.*?)</a>", main, re.S)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", LINKS_OUT)
def test_a_page_links_to_where_patients_go_next_and_says_it_is_another_website(
    visitor, key, language
):
    links = links_in_main(visitor, key, language)

    for url in LINKS_OUT[key]:
        texts = [text for attributes, text in links if f'href="{url}"' in attributes]
        assert texts, f"no link to {url}"
        assert all(text.endswith(EXTERNAL[language]) for text in texts), texts


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", LINKS_OUT)
def test_links_to_other_websites_open_in_the_same_window(visitor, key, language):
    links = links_in_main(visitor, key, language)

    assert not [attributes for attributes, _text in links if "target=" in attributes]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", ["home", "registry", "community"])
def test_a_page_leads_to_the_contact_form_in_its_language(visitor, key, language):
    links = links_in_main(visitor, key, language)

    contact = page_url("contact", language)
    assert any(f'href="{contact}"' in attributes for attributes, _text in links)
    assert visitor.get(contact).status_code == 200
