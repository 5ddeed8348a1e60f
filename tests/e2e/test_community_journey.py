"""A visitor filters the community directory in two languages and suggests a group, after
another visitor's requests put those pages in the cache; the suggestion form with its errors
passes axe's WCAG 2.2 AA audit in every language; an editor moderates suggestions."""

import re
import urllib.request

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.conftest import LANGUAGES
from tests.e2e.conftest import page_path, run_in_site, screenshot

pytestmark = pytest.mark.e2e

PHONE = {"width": 375, "height": 800}
WCAG_AA = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}
axe = Axe()
MODERATOR_PASSWORD = "moderator-e2e-password-42"

WORDS = {
    "en": {
        "language": "Language of the group",
        "about": "About",
        "show": "Show groups",
        "suggest": "Suggest a group",
        "link": "Link to the group",
        "name": "Name of the group",
        "group_language": "Language of the group",
        "send": "Send suggestion",
        "problem": "Your suggestion has not been sent yet",
        "not_a_group": "This is not the address of a Facebook group.",
        "thanks": "Thank you for your suggestion",
        "no_match": "No group matches all of your choices.",
    },
    "fr": {
        "language": "Langue du groupe",
        "about": "Sujet",
        "show": "Afficher les groupes",
        "suggest": "Proposer un groupe",
        "link": "Lien vers le groupe",
        "name": "Nom du groupe",
        "group_language": "Langue du groupe",
        "send": "Envoyer la proposition",
        "problem": "Votre proposition n'a pas encore été envoyée",
        "not_a_group": "Ce n'est pas l'adresse d'un groupe Facebook.",
        "thanks": "Merci pour votre proposition",
        "no_match": "Aucun groupe ne correspond à tous vos choix.",
    },
    "nl": {
        "language": "Taal van de groep",
        "about": "Onderwerp",
        "show": "Groepen tonen",
        "suggest": "Een groep voorstellen",
        "link": "Link naar de groep",
        "name": "Naam van de groep",
        "group_language": "Taal van de groep",
        "send": "Voorstel versturen",
        "problem": "Uw voorstel is nog niet verstuurd",
        "not_a_group": "Dit is niet het adres van een Facebookgroep.",
        "thanks": "Bedankt voor uw voorstel",
        "no_match": "Geen enkele groep past bij al uw keuzes.",
    },
}


def violations_report(results):
    return "\n".join(
        f"{violation['id']}: {violation['help']} at "
        f"{[', '.join(node['target']) for node in violation['nodes']][:5]}"
        for violation in results.response["violations"]
    )


def another_visitor_asks_for(url):
    """What a visitor's browser elsewhere got: the page, and the form token in it, if any."""
    with urllib.request.urlopen(url) as response:  # noqa: S310 - our own loopback server
        html = response.read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    return html, token[1] if token else None


def group_names(page):
    return page.locator(".group-card h3 a").all_inner_texts()


def filter_by(page, site_language, /, **choices):
    words = WORDS[site_language]
    for field, label in choices.items():
        page.get_by_label(words[field], exact=True).select_option(label=label)
    page.get_by_role("button", name=words["show"]).click()


def test_a_visitor_filters_the_directory_in_two_languages(page, site):
    dutch = site + page_path("community", "nl")
    another_visitor_asks_for(dutch)
    another_visitor_asks_for(dutch + "?group_language=it&focus=&organiser=")  # as the form sends it
    page.set_viewport_size(PHONE)

    page.goto(dutch)
    filter_by(page, "nl", language="Italiaans")

    expect(page).to_have_url(dutch + "?group_language=it&focus=&organiser=#groups")
    expect(page.locator("#groups")).to_be_in_viewport()
    assert [name.split(" (")[0] for name in group_names(page)] == ["Mitocondri Insieme"]
    screenshot(page, "community-filtered-nl")

    page.locator(".language-chooser").get_by_role("link", name="Français").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    filter_by(page, "fr", about="Syndrome MELAS")
    names = group_names(page)
    assert len(names) == 1 and names[0].startswith("MELAS Connect")
    expect(page.get_by_label(WORDS["fr"]["about"], exact=True)).to_have_value("melas")

    filter_by(page, "fr", language="Italien")
    expect(page.get_by_text(WORDS["fr"]["no_match"])).to_be_visible()
    screenshot(page, "community-no-match-fr")


def test_a_visitor_suggests_a_group_after_a_refused_link(page, site):
    form_url = site + page_path("community", "en") + "suggest/"
    _html, other_visitors_token = another_visitor_asks_for(form_url)
    page.goto(site + page_path("community", "en"))
    page.get_by_role("link", name=WORDS["en"]["suggest"]).click()
    expect(page).to_have_url(form_url)
    my_token = page.locator('input[name="csrfmiddlewaretoken"]').input_value()
    assert my_token != other_visitors_token

    words = WORDS["en"]
    page.get_by_label(words["link"], exact=True).fill("https://www.example.org/our-group")
    page.get_by_label(words["name"], exact=True).fill("Mito Coffee Mornings Leeds")
    page.get_by_label(words["group_language"], exact=True).select_option(label="English")
    page.get_by_role("button", name=words["send"]).click()

    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text(words["not_a_group"])
    expect(page.get_by_label(words["name"], exact=True)).to_have_value("Mito Coffee Mornings Leeds")
    page.get_by_label(words["link"], exact=True).fill(
        "facebook.com/groups/mito-coffee-mornings-leeds"
    )
    page.get_by_role("button", name=words["send"]).click()

    expect(page).to_have_url(form_url + "thanks/")
    expect(page.get_by_role("heading", level=1)).to_have_text(words["thanks"])


def test_without_javascript_the_filters_and_the_form_work(no_script_page, site):
    page = no_script_page
    page.goto(site + page_path("community", "fr"))
    filter_by(page, "fr", language="Néerlandais")
    assert [name.split(" (")[0] for name in group_names(page)] == ["Mito Samen"]

    page.get_by_role("link", name=WORDS["fr"]["suggest"]).click()
    page.get_by_role("button", name=WORDS["fr"]["send"]).click()
    expect(page.locator(".error-summary")).to_be_focused()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_suggestion_form_showing_errors_has_no_wcag_violation(page, site, language):
    page.goto(site + page_path("community", language) + "suggest/")
    page.get_by_label(WORDS[language]["link"], exact=True).fill("https://example.org/")
    page.get_by_role("button", name=WORDS[language]["send"]).click()
    expect(page.locator(".error-summary")).to_be_visible()

    results = axe.run(page, options=WCAG_AA)

    screenshot(page, f"community-suggest-errors-{language}")
    assert results.violations_count == 0, violations_report(results)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_directory_with_no_match_has_no_wcag_violation(page, site, language):
    page.goto(site + page_path("community", language) + "?group_language=de&focus=melas")
    expect(page.get_by_text(WORDS[language]["no_match"])).to_be_visible()

    results = axe.run(page, options=WCAG_AA)

    screenshot(page, f"community-empty-{language}")
    assert results.violations_count == 0, violations_report(results)


@pytest.fixture(scope="module")
def moderator(site_environment):
    """A staff account with the rights an "Editors" group gets for the community section."""
    run_in_site(
        site_environment,
        "from django.contrib.auth.models import Permission, User; "
        "user, _ = User.objects.get_or_create(username='moderator', "
        "defaults={'is_staff': True, 'email': 'moderator@example.org'}); "
        f"user.set_password({MODERATOR_PASSWORD!r}); user.save(); "
        "user.user_permissions.set(Permission.objects.filter(content_type__app_label="
        "'community'))",
    )
    return "moderator"


def test_an_editor_rejects_one_suggestion_and_approves_the_other(page, site, moderator):
    page.goto(f"{site}/en/admin/login/?next=/en/admin/community/groupsuggestion/")
    page.locator("#id_username").fill(moderator)
    page.locator("#id_password").fill(MODERATOR_PASSWORD)
    page.locator("#login-form [type=submit]").click()
    screenshot(page, "admin-community-suggestions")

    page.get_by_role("link", name="Parents Leigh francophones").click()
    screenshot(page, "admin-community-suggestion")
    page.get_by_role("link", name="Reject").click()
    page.get_by_label("Reason").fill(
        "Merci ! Ce groupe est un exemple du site de démonstration : il n'existe pas."
    )
    screenshot(page, "admin-community-reject")
    page.get_by_role("button", name="Reject the suggestion").click()
    expect(page.locator(".messagelist")).to_contain_text("is rejected")

    page.get_by_role("link", name="Pearson Syndrome Families").click()
    page.get_by_role("link", name="Approve: add the group").click()
    expect(page.locator("#id_name")).to_have_value("Pearson Syndrome Families")
    page.locator("#id_description__en").fill("Parents of children with Pearson syndrome.")
    screenshot(page, "admin-community-approve")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_contain_text("The suggestion is approved")
    screenshot(page, "admin-community-groups")

    visitor = page.context.browser.new_context().new_page()
    visitor.goto(site + page_path("community", "en"))
    expect(visitor.locator(".group-card h3 a", has_text="Pearson Syndrome Families")).to_have_count(
        1
    )
    visitor.context.close()
