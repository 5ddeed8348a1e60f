"""The text-size control: remembered in a cookie, applied by a stylesheet, no script needed."""

import pytest

from imp_site.text_size import COOKIE_NAME

pytestmark = pytest.mark.django_db  # the CMS middlewares read the database on every request


def test_choosing_a_size_remembers_it_and_returns_to_the_page(client):
    response = client.get("/text-size/", {"size": "larger", "next": "/fr/a-propos/"})

    assert response.status_code == 302
    assert response["Location"] == "/fr/a-propos/"
    assert response.cookies[COOKIE_NAME].value == "larger"
    assert response.cookies[COOKIE_NAME]["max-age"] == 365 * 24 * 60 * 60


def test_the_size_is_applied_on_every_following_page(client):
    client.get("/text-size/", {"size": "larger", "next": "/en/"})

    response = client.get("/text-size.css")

    assert "html{font-size:125%}" in response.content.decode()
    assert response["Content-Type"].startswith("text/css")
    assert "Cookie" in response["Vary"]


def test_without_a_choice_the_text_is_normal(client):
    assert "html{font-size:100%}" in client.get("/text-size.css").content.decode()


def test_an_unchanged_size_is_not_sent_again(client):
    client.cookies[COOKIE_NAME] = "smaller"
    first = client.get("/text-size.css")

    again = client.get("/text-size.css", HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/", ""])
def test_it_never_redirects_to_another_site(client, next_url):
    response = client.get("/text-size/", {"size": "smaller", "next": next_url})

    assert response["Location"] == "/"


def test_an_unknown_size_changes_nothing(client):
    response = client.get("/text-size/", {"size": "gigantic", "next": "/en/"})

    assert COOKIE_NAME not in response.cookies
    assert response["Location"] == "/en/"
