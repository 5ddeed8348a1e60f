"""The admin as editors meet it: named for IMP in their language, listing only what they edit,
with the CMS's and its add-ons' names in correct French and Dutch."""

import html as html_entities
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

# What a board editor reads on the admin index: each section with its entries.
EDITOR_INDEX = {
    "en": {
        "Community": ["Disorders", "Facebook groups", "Group suggestions", "Languages of groups"],
        "django CMS": ["Page contents"],
        "django CMS Alias": ["Aliases", "Categories"],
        "Filer": ["Folders"],
        "IMP site": ["Contact messages"],
        "Potentially harmful drugs": ["Conditions", "Drug groups", "Entries", "Revisions"],
        "Projects and activities": ["Continuous activities", "Projects"],
    },
    "fr": {
        "Communauté": [
            "Groupes Facebook",
            "Langues de groupes",
            "Maladies",
            "Propositions de groupes",
        ],
        "django CMS": ["Contenus des pages"],
        "django CMS Alias": ["Alias", "Catégories"],
        "Gestion des fichiers": ["Dossiers"],
        "Médicaments potentiellement dangereux": [
            "Affections",
            "Entrées",
            "Groupes de médicaments",
            "Révisions",
        ],
        "Projets et activités": ["Activités permanentes", "Projets"],
        "Site IMP": ["Messages de contact"],
    },
    "nl": {
        "Bestandsbeheer": ["Mappen"],
        "django CMS": ["Pagina-inhoud"],
        "django CMS Alias": ["Aliassen", "Categorieën"],
        "Gemeenschap": [
            "Aandoeningen",
            "Facebookgroepen",
            "Talen van groepen",
            "Voorstellen voor groepen",
        ],
        "IMP-website": ["Contactberichten"],
        "Mogelijk schadelijke geneesmiddelen": [
            "Aandoeningen",
            "Geneesmiddelengroepen",
            "Herzieningen",
            "Vermeldingen",
        ],
        "Projecten en activiteiten": ["Doorlopende activiteiten", "Projecten"],
    },
}
ADMIN_NAME = {
    "en": "IMP website management",
    "fr": "Gestion du site web d'IMP",
    "nl": "Beheer van de IMP-website",
}


def admin_index(client, language):
    response = client.get(f"/{language}/admin/")
    assert response.status_code == 200
    return response.content.decode()


def sections(html):
    """Each section of the admin index with the names of its entries, as a person reads them."""
    found = {}
    for module in re.findall(r'<div class="app-[^"]*module.*?</table>', html, re.S):
        caption = re.search(r"<caption>\s*<a[^>]*>(.*?)</a>", module, re.S).group(1).strip()
        found[caption] = [
            name.strip()
            for name in re.findall(r'<th scope="row"[^>]*>\s*(?:<a[^>]*>)?([^<]*)<', module)
        ]
    return found


def text(html_fragment):
    """The text a person reads in a piece of HTML."""
    plain = html_entities.unescape(re.sub(r"<[^>]+>", "", html_fragment))
    return re.sub(r"\s+", " ", plain).strip()


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_editors_see_only_what_they_edit(editor_client, language):
    assert sections(admin_index(editor_client, language)) == EDITOR_INDEX[language]


def test_superusers_still_see_everything(db):
    superuser = Client()
    superuser.force_login(get_user_model().objects.get(username="admin"))

    entries = {name for names in sections(admin_index(superuser, "en")).values() for name in names}

    assert {"Users", "Groups", "Access attempts", "Sites", "Thumbnail options"} <= entries
    assert {"Page contents", "Aliases", "Folders", "Projects"} <= entries


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_the_admin_is_named_for_imp(editor_client, language):
    html = admin_index(editor_client, language)

    site_name = re.search(r'<div id="site-name">(.*?)</div>', html, re.S).group(1)
    assert text(site_name) == ADMIN_NAME[language]
    assert ADMIN_NAME[language] in text(re.search(r"<title>(.*?)</title>", html, re.S).group(1))
    assert "Django" not in text(site_name)


def test_the_dutch_name_of_page_contents_is_right(editor_client):
    html = admin_index(editor_client, "nl")

    assert "Pagina-inhoud" in html
    assert "inhoudelijk" not in html


def test_admin_pages_make_no_update_check_outside_the_site(db):
    superuser = Client()
    superuser.force_login(get_user_model().objects.get(username="admin"))

    html = admin_index(superuser, "en")

    assert "pypi.org" not in html
    assert "update-notification" not in html
