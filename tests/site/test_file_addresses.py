"""File addresses are not pages: a missing file is a 404 where it was asked, never a redirect to a
language prefix (where the CMS would take it for a page address)."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "address",
    [
        "/media/filer_public/2f/6d/missing-photo.jpg",
        "/media/filer_public_thumbnails/filer_public/2f/6d/missing-photo.jpg__960x0_q85.jpg",
        "/static/css/no-such-file.css",
    ],
)
def test_a_missing_file_is_not_found_where_it_was_asked(visitor, address):
    response = visitor.get(address)

    assert response.status_code == 404
    assert "Location" not in response


def test_an_address_without_a_language_still_leads_to_the_page(visitor):
    response = visitor.get("/about/")

    assert response.status_code == 302
    assert response["Location"] == "/en/about/"
