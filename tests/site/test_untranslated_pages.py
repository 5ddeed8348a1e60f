"""A page not translated into the visitor's language yet: the frame in their language, the
content in English and marked so, and a notice in their language with links to the languages
the page exists in. The same for CMS pages, projects and activities."""

import pytest
from cms import api
from cms.models import Page, PageContent
from django.conf import settings
from django.contrib.auth import get_user_model
from djangocms_versioning.models import Version
from lxml import html as lxml_html

from tests.conftest import page_url
from tests.page_rules import broken_rules, read_page
from tests.projects.factories import make_activity, make_project

pytestmark = pytest.mark.django_db

NOTICE = {
    "fr": "Cette page n'est pas encore disponible en français : elle est affichée en anglais.",
    "nl": "Deze pagina is nog niet in het Nederlands beschikbaar en wordt in het Engels getoond.",
}
SKIP_LINK = {"fr": "Aller au contenu principal", "nl": "Naar de hoofdinhoud"}
ENGLISH_BODY = "Written in English and not translated yet."


def english_only_page():
    """A published page under "About IMP" with English content only."""
    admin = get_user_model().objects.get(username="admin")
    page = api.create_page(
        "Only in English",
        "pages/page.html",
        "en",
        slug="only-in-english",
        parent=Page.objects.get(reverse_id="about"),
        created_by=admin,
    )
    content = PageContent.admin_manager.get(page=page, language="en")
    api.add_plugin(
        content.rescan_placeholders()["content"], "TextPlugin", "en", body=f"<p>{ENGLISH_BODY}</p>"
    )
    Version.objects.get_for_content(content).publish(admin)
    return page


def english_only_item(make_item):
    item = make_item(title="Only in English")
    for code in ("fr", "nl"):
        item.delete_translation(code)
    return item


def untranslated_address(kind, language):
    if kind == "page":
        return english_only_page().get_absolute_url(language)
    item = english_only_item(make_project if kind == "project" else make_activity)
    return item.get_absolute_url(language)


def html_at(client, address):
    response = client.get(address)
    assert response.status_code == 200, address
    return response.content.decode()


def notice_of(tree):
    notices = tree.xpath("//main//*[contains(@class, 'untranslated-notice')]")
    assert len(notices) == 1
    return notices[0]


def content_of(tree):
    marked = tree.xpath("//main//*[contains(@class, 'untranslated-content')]")
    assert len(marked) == 1
    return marked[0]


KINDS = ["page", "project", "activity"]


@pytest.mark.parametrize("language", ["fr", "nl"])
@pytest.mark.parametrize("kind", KINDS)
def test_the_frame_of_an_untranslated_page_stays_in_the_visitors_language(visitor, kind, language):
    tree = lxml_html.fromstring(html_at(visitor, untranslated_address(kind, language)))

    assert tree.get("lang") == language
    assert tree.xpath("string(//a[@class='skip-link'])") == SKIP_LINK[language]
    chooser_current = tree.xpath("//nav[@class='language-chooser']//a[@aria-current]/@lang")
    assert chooser_current == [language]
    footer_privacy = tree.xpath("//footer//a/@href")
    assert page_url("privacy", language) in footer_privacy


@pytest.mark.parametrize("language", ["fr", "nl"])
@pytest.mark.parametrize("kind", KINDS)
def test_the_content_of_an_untranslated_page_is_english_and_marked_so(visitor, kind, language):
    tree = lxml_html.fromstring(html_at(visitor, untranslated_address(kind, language)))

    content = content_of(tree)
    assert content.get("lang") == "en"
    assert content.xpath("string(.//h1)").startswith("Only in English")


@pytest.mark.parametrize("language", ["fr", "nl"])
@pytest.mark.parametrize("kind", KINDS)
def test_an_untranslated_page_says_so_and_links_to_its_languages(visitor, kind, language):
    tree = lxml_html.fromstring(html_at(visitor, untranslated_address(kind, language)))

    notice = notice_of(tree)
    assert NOTICE[language] in " ".join(notice.text_content().split())
    links = [(a.get("lang"), a.text_content(), a.get("href")) for a in notice.xpath(".//a")]
    assert [(code, name) for code, name, _href in links] == [("en", "English")]
    assert links[0][2].startswith("/en/")
    assert html_at(visitor, links[0][2])  # the English page is there


def test_a_page_translated_into_some_languages_links_to_each(visitor):
    project = make_project(title="In two languages")
    project.delete_translation("fr")

    tree = lxml_html.fromstring(html_at(visitor, project.get_absolute_url("fr")))

    links = notice_of(tree).xpath(".//a")
    assert [a.get("href") for a in links] == [
        project.get_absolute_url("en"),
        project.get_absolute_url("nl"),
    ]
    assert [a.text_content() for a in links] == ["English", "Nederlands"]


@pytest.mark.parametrize("kind", KINDS)
def test_an_untranslated_page_follows_the_page_rules(visitor, kind):
    page = read_page(html_at(visitor, untranslated_address(kind, "nl")))

    assert broken_rules(page, language="nl") == []


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_a_translated_page_has_no_notice_and_no_marked_content(visitor, language):
    tree = lxml_html.fromstring(html_at(visitor, page_url("about", language)))

    assert tree.xpath("//*[contains(@class, 'untranslated')]") == []
    assert tree.xpath("//main//*[@lang]") == []


def test_visiting_an_untranslated_page_keeps_the_visitors_language_cookie(visitor):
    response = visitor.get(english_only_page().get_absolute_url("fr"))

    cookie = response.cookies.get(settings.LANGUAGE_COOKIE_NAME)
    assert cookie.value == "fr"


@pytest.mark.parametrize(
    "make_item, list_key", [(make_project, "projects"), (make_activity, "activities")]
)
def test_an_untranslated_items_texts_in_a_list_are_marked_english(visitor, make_item, list_key):
    item = english_only_item(make_item)

    tree = lxml_html.fromstring(html_at(visitor, page_url(list_key, "nl")))

    link = tree.xpath(f"//main//a[@href='{item.get_absolute_url('nl')}']")[0]
    card = link.xpath("ancestor::article[1]")[0]
    marked = {element.text_content().strip() for element in card.xpath(".//*[@lang='en']")}
    assert marked >= {
        item.safe_translation_getter("title"),
        item.safe_translation_getter("summary"),
    }
    assert card.xpath(".//*[contains(@class, 'status')][@lang]") == []
    assert tree.xpath("//main//*[@lang]") == card.xpath(".//*[@lang]")
