"""Registry rows for tests: accounts with a confirmed e-mail address, consent versions,
participants and their consents, made through the same services as the site's views."""

import itertools
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from registry.consent_text import text_sha256
from registry.demo_content import current_code, give_authenticator
from registry.models import ConsentVersion
from registry.services import consent_give, consent_version_publish, participant_register
from registry.vocabularies import Capacity
from tests.conftest import LANGUAGES

PASSWORD = "a long test password 42"
_numbers = itertools.count(1)


def make_account(email=None, *, password=PASSWORD):
    email = email or f"person{next(_numbers)}@example.org"
    user = get_user_model().objects.create_user(
        username=email.split("@")[0] + str(next(_numbers)), email=email, password=password
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def make_version(*, days_from_today=0, requires_reconsent=False, published=True):
    version = ConsentVersion(
        effective_date=timezone.localdate() + timedelta(days=days_from_today),
        requires_reconsent=requires_reconsent,
    )
    for language in LANGUAGES:
        version.set_current_language(language)
        version.title = f"Consent ({language})"
        version.text = f"## What we collect\n\nText in {language}.\n\n- one\n- two"
    version.save()
    if published:
        ConsentVersion.objects.filter(pk=version.pk).update(
            status=ConsentVersion.Status.PUBLISHED, published_at=timezone.now()
        )
        version.refresh_from_db()
    return version


def publish(version):
    return consent_version_publish(version=version)


def make_participant(account=None, *, capacity=Capacity.SELF, name="Alex Example"):
    return participant_register(
        account=account or make_account(), capacity=capacity, identity={"full_name": name}
    )


def consent(
    participant, *, research_use=True, recontact=False, industry_sharing=False, language="en"
):
    version = ConsentVersion.objects.current()
    return consent_give(
        participant=participant,
        signed_by=participant.account,
        version=version,
        language=language,
        shown_sha256=text_sha256(version.text_in(language)),
        research_use=research_use,
        recontact=recontact,
        industry_sharing=industry_sharing,
    )


def make_role_account(group_name, email=None, *, is_staff=False, with_authenticator=True):
    """A committee member or registry administrator (by the group the role_groups migration makes),
    with an authenticator app set up unless told otherwise; its TOTP secret is `.totp_secret`."""
    account = make_account(email)
    account.is_staff = is_staff
    account.save()
    account.groups.add(Group.objects.get(name=group_name))
    account.totp_secret = give_authenticator(account) if with_authenticator else None
    return account


def logged_in_with_second_factor(account, language="en"):
    """Logged in as a person does on the login page: password, then the authenticator's code."""
    client = Client()
    with translation.override(language):
        login_url = reverse("account_login")
        code_url = reverse("mfa_authenticate")
    response = client.post(login_url, {"login": account.email, "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == code_url, response
    response = client.post(code_url, {"code": current_code(account.totp_secret)})
    assert response.status_code == 302, response.content.decode()[:2000]
    return client
