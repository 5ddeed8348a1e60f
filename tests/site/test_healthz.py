import pytest

from tests.other_process import get_with_database, missing_sqlite_database


@pytest.mark.django_db
def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-store" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_file_cannot_be_opened(tmp_path):
    status, cache_control, _html = get_with_database("/healthz", missing_sqlite_database(tmp_path))

    assert status == 503
    assert "no-store" in cache_control


def test_healthz_answers_503_when_the_database_server_is_down():
    # Nothing listens on port 1 of the loopback address: the connection is refused at once.
    status, _cache_control, _html = get_with_database(
        "/healthz", "postgres://nobody@127.0.0.1:1/imp"
    )

    assert status == 503
