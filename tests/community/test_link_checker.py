"""The weekly link check, against an HTTP server the test runs on this machine (never the
internet): working links get the day's date, a group whose link failed twice in a row is
flagged for the editors, and nothing a server does (errors, silence, redirections to a login
page or in circles) stops the check."""

import datetime
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from community.link_check import check_link
from community.models import FacebookGroup
from tests.community.factories import make_group

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 23)
SLOW_SECONDS = 3


class FakeFacebook(BaseHTTPRequestHandler):
    """Answers like Facebook might, one behaviour per path; counts requests at the same time."""

    busy = 0
    most_at_once = 0
    lock = threading.Lock()

    def do_GET(self):  # noqa: N802 - the name http.server calls
        with self.lock:
            FakeFacebook.busy += 1
            FakeFacebook.most_at_once = max(FakeFacebook.most_at_once, FakeFacebook.busy)
        self.counted = True
        try:
            self.answer()
        finally:
            self.done()

    def done(self):
        """A request stops counting before its answer is sent: once the checker has it, it may
        ask for the next link before this thread would have counted this one done."""
        if self.counted:
            self.counted = False
            with self.lock:
                FakeFacebook.busy -= 1

    def answer(self):
        path = self.path.split("?")[0]
        if path.startswith("/groups/alive"):
            time.sleep(0.2)  # long enough for several checks to overlap
            self.reply(200)
        elif path == "/groups/private/":
            self.reply(302, location="/login/?next=%2Fgroups%2Fprivate%2F")
        elif path == "/groups/moved/":
            self.reply(301, location="/groups/alive-after-move/")
        elif path == "/groups/circle/":
            self.reply(302, location="/groups/circle/")
        elif path == "/groups/broken/":
            self.reply(500)
        elif path == "/groups/slow/":
            time.sleep(SLOW_SECONDS)
            self.reply(200)
        elif path == "/groups/not-http/":
            self.done()
            self.wfile.write(b"this is not HTTP at all\r\n\r\n")
        else:  # /groups/gone/, and the login page itself: the checker must not follow to it
            self.reply(404)

    def reply(self, status, *, location=None):
        self.done()
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_facebook():
    FakeFacebook.busy = FakeFacebook.most_at_once = 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeFacebook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def only_our_groups():
    """The demo groups' links lead to the real Facebook: the tests check their own only."""
    FacebookGroup.objects.update(is_listed=False)


def group_at(base, path, **fields):
    return make_group(url=base + path, **fields)


def run_check(*options):
    output = StringIO()
    call_command("check_group_links", "--timeout", "1", *options, stdout=output)
    return output.getvalue()


@pytest.mark.parametrize(
    "path, problem",
    [
        ("/groups/alive/", ""),
        ("/groups/private/", ""),
        ("/groups/moved/", ""),
        ("/groups/gone/", "not_found"),
        ("/groups/broken/", "server_error"),
        ("/groups/circle/", "too_many_redirects"),
        ("/groups/not-http/", "unreachable"),
    ],
)
def test_what_each_answer_means(fake_facebook, path, problem):
    assert check_link(fake_facebook + path, timeout=2) == problem


def test_a_server_that_does_not_answer_is_given_up_in_bounded_time(fake_facebook):
    started = time.monotonic()

    problem = check_link(fake_facebook + "/groups/slow/", timeout=0.5)

    assert problem == "unreachable"
    assert time.monotonic() - started < SLOW_SECONDS - 1


def test_a_closed_port_is_a_failure_not_a_crash():
    assert check_link("http://127.0.0.1:9/groups/nothing-here/", timeout=1) == "unreachable"


def test_working_links_get_the_days_date(fake_facebook, only_our_groups, time_machine_today):
    alive = group_at(fake_facebook, "/groups/alive/", failed_link_checks=1)
    private = group_at(fake_facebook, "/groups/private/")

    run_check()

    for group in (alive, private):
        group.refresh_from_db()
        assert group.link_checked_on == TODAY
        assert group.failed_link_checks == 0


def test_a_group_is_flagged_after_its_link_failed_twice_in_a_row(
    fake_facebook, only_our_groups, time_machine_today
):
    gone = group_at(fake_facebook, "/groups/gone/", link_checked_on=datetime.date(2026, 11, 1))
    group_at(fake_facebook, "/groups/alive/")

    first = run_check()
    gone.refresh_from_db()
    assert not gone.needs_review()
    assert "flagged" not in first

    second = run_check()
    gone.refresh_from_db()
    assert gone.needs_review()
    assert gone.link_problem == "not_found"
    assert gone.link_checked_on == datetime.date(2026, 11, 1)  # the last day it worked
    assert f"Now flagged for the editors to review: {gone.name}." in second


def test_a_working_check_between_two_failures_clears_the_count(fake_facebook, only_our_groups):
    group = group_at(fake_facebook, "/groups/alive/", failed_link_checks=1)

    run_check()

    group.refresh_from_db()
    assert group.failed_link_checks == 0 and not group.needs_review()


def test_links_are_checked_a_few_at_a_time(fake_facebook, only_our_groups):
    for number in range(8):
        group_at(fake_facebook, f"/groups/alive-{number}/")

    run_check("--workers", "3")

    assert 2 <= FakeFacebook.most_at_once <= 3


def test_unlisted_groups_are_not_checked(fake_facebook, only_our_groups):
    unlisted = group_at(fake_facebook, "/groups/alive/", listed=False)

    output = run_check()

    unlisted.refresh_from_db()
    assert unlisted.link_checked_on is None
    assert "Checked 0 links" in output


def test_when_no_link_at_all_can_be_reached_nothing_is_recorded(only_our_groups):
    groups = [
        make_group(url=f"http://127.0.0.1:9/groups/down-{number}/", failed_link_checks=1)
        for number in range(3)
    ]

    with pytest.raises(CommandError, match="network connection"):
        run_check()

    for group in groups:
        group.refresh_from_db()
        assert group.failed_link_checks == 1


def test_the_directory_shows_the_date_of_the_check(
    fake_facebook, only_our_groups, time_machine_today, client, django_capture_on_commit_callbacks
):
    group_at(fake_facebook, "/groups/alive/", name="Checked today", listed=True)
    client.get("/en/community/")  # cached before the check

    with django_capture_on_commit_callbacks(execute=True):
        run_check()

    html = client.get("/en/community/").content.decode()
    assert "23 November 2026" in html


@pytest.fixture
def time_machine_today(monkeypatch):
    """The check runs on TODAY."""
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: TODAY)
