"""The registry's demo content: consent version 1 in three languages (demo_data/consent.yaml),
published with today's date, and demo accounts with their participants in different consent
states (demo_data/participants.yaml), and a cohort for the steering committee's pages, with
reviews in every state (demo_data/committee_cohort.yaml), made through the registry's own
services, so that their ledgers, entries, reviews and audit events are what the site itself
would have written."""

import os
import secrets
import time
from typing import TYPE_CHECKING, Any

from allauth.account.models import EmailAddress
from allauth.mfa import app_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from allauth.mfa.utils import decrypt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify

from imp_site.demo import DemoLogin, read_demo_data

from .committee.services import entry_review
from .consent_text import text_sha256
from .models import ConsentVersion, EntrySection, RegistryEntry
from .services import (
    consent_give,
    consent_version_publish,
    consent_withdraw,
    entry_save_section,
    participant_register,
)

if TYPE_CHECKING:
    from imp_site.demo import DemoBuild

# The name of an environment variable, not a password.
PASSWORD_VARIABLE = "DEMO_PARTICIPANT_PASSWORD"  # noqa: S105  # nosec B105


def load(build: "DemoBuild") -> None:
    if not ConsentVersion.objects.exists():
        _publish_first_version(read_demo_data("registry", "consent.yaml"))
        build.created.append("registry consent version 1")
    password = os.environ.get(PASSWORD_VARIABLE) or None
    new_password = password or secrets.token_urlsafe(12)
    for spec in read_demo_data("registry", "participants.yaml"):
        created = _ensure_account(spec, new_password, password)
        _record_login(build, spec, created, new_password if created else password)
    for spec in read_demo_data("registry", "role_accounts.yaml"):
        account, created = _ensure_role_account(spec, new_password, password)
        _record_login(
            build,
            spec,
            created,
            new_password if created else password,
            notes=_authenticator_notes(account),
        )
    added = sum(
        _ensure_cohort_member(row) for row in read_demo_data("registry", "committee_cohort.yaml")
    )
    if added:
        build.created.append(f"{added} registry participants for the steering committee's pages")


def _record_login(
    build: "DemoBuild",
    spec: dict[str, Any],
    created: bool,
    password: str | None,
    notes: tuple[str, ...] = (),
) -> None:
    """The account's line in what load_demo_content prints at the end."""
    if created:
        build.created.append(f"registry account '{spec['email']}'")
    build.logins.append(
        DemoLogin(
            who=spec["label"],
            login=spec["email"],
            password=password,
            url=_login_path(),
            notes=notes,
        )
    )


def _publish_first_version(spec: dict[str, Any]) -> None:
    version = ConsentVersion(
        effective_date=timezone.localdate(), requires_reconsent=spec["requires_reconsent"]
    )
    for code, _name in settings.LANGUAGES:
        version.set_current_language(code)
        version.title = spec[code]["title"]
        version.text = spec[code]["text"]
    version.save()
    consent_version_publish(version=version)


def _ensure_account(spec: dict[str, Any], new_password: str, password: str | None) -> bool:
    """Make the account and its participants unless it exists; whether it was made. An existing
    account gets DEMO_PARTICIPANT_PASSWORD when it is set."""
    if _existing_account(spec["email"], password) is not None:
        return False
    account = get_user_model().objects.create_user(
        username=spec["email"].split("@")[0], email=spec["email"], password=new_password
    )
    EmailAddress.objects.create(user=account, email=spec["email"], verified=True, primary=True)
    for participant_spec in spec["participants"]:
        _register(account, participant_spec)
    return True


def _existing_account(email: str, password: str | None) -> Any:
    """The demo account with this address, if it exists: it gets DEMO_PARTICIPANT_PASSWORD when
    that is set, and nothing else changes."""
    existing = get_user_model().objects.filter(email=email).first()
    if existing is not None and password:
        existing.set_password(password)
        existing.save()
    return existing


def _ensure_role_account(
    spec: dict[str, Any], new_password: str, password: str | None
) -> tuple[Any, bool]:
    """A committee member or registry administrator with an authenticator app, unless the
    account exists (then it only gets DEMO_PARTICIPANT_PASSWORD when that is set)."""
    existing = _existing_account(spec["email"], password)
    if existing is not None:
        return existing, False
    account = get_user_model().objects.create_user(
        username=spec["email"].split("@")[0],
        email=spec["email"],
        password=new_password,
        first_name=spec["first_name"],
        last_name=spec["last_name"],
        is_staff=spec["staff"],
    )
    EmailAddress.objects.create(user=account, email=spec["email"], verified=True, primary=True)
    account.groups.add(Group.objects.get(name=spec["group"]))
    give_authenticator(account)
    return account, True


def _authenticator_notes(account: Any) -> tuple[str, ...]:
    """The key of the account's authenticator app, and how to get a code without one."""
    authenticator = Authenticator.objects.filter(user=account, type=Authenticator.Type.TOTP).first()
    if authenticator is None:
        return ()
    secret = decrypt(authenticator.data["secret"])
    command = f"from registry.demo_content import current_code; print(current_code('{secret}'))"
    return (
        f"authenticator key: {secret}",
        "  (add it to an authenticator app, or print the code of the moment with",
        f'  .venv/bin/python manage.py shell -c "{command}")',
    )


def _register(account: Any, spec: dict[str, Any]) -> Any:
    participant = participant_register(
        account=account, capacity=spec["capacity"], identity=spec["identity"]
    )
    version = ConsentVersion.objects.current()
    if version is None:  # published just before, unless an editor's draft came first
        raise RuntimeError("no consent version in effect for the demo participants")
    for answers in spec["consents"]:
        language = answers["language"]
        consent_give(
            participant=participant,
            signed_by=account,
            version=version,
            language=language,
            shown_sha256=text_sha256(version.text_in(language)),
            research_use=answers["research_use"],
            recontact=answers["recontact"],
            industry_sharing=answers["industry_sharing"],
        )
    for section in EntrySection:
        if section.value in spec.get("entry", {}):
            entry_save_section(
                participant=participant,
                changed_by=account,
                section=section.value,
                values=spec["entry"][section.value],
            )
    if spec.get("withdraw"):
        consent_withdraw(participant=participant, signed_by=account, language="en")
    return participant


def _ensure_cohort_member(row: list[Any]) -> bool:
    """One participant of the committee's cohort, unless made already; whether it was made.
    Their accounts have no password: nobody logs in as them."""
    name, country, year, sex, diagnosis, syndromes, gene, variant, symptoms, industry, review = row
    email = f"cohort.{slugify(name).replace('-', '.')}.demo@example.org"
    users = get_user_model().objects
    if users.filter(email=email).exists():
        return False
    account = users.create_user(username=email.split("@")[0][:150], email=email, password=None)
    entry = {
        "about": {
            "country": country,
            "year_of_birth": year,
            "sex": sex,
            "patient_organisation_member": "not_sure",
            "patient_organisation_name": "",
        },
        "diagnosis": {
            "diagnosis_status": diagnosis,
            "syndromes": syndromes,
            "syndrome_other": "",
            "age_at_onset": None,
            "age_at_diagnosis": None,
        },
        "genetics": {"gene": gene, "variant": variant, "genetics_unsure": not gene},
        "symptoms": {"symptoms": symptoms, "symptoms_other": ""},
    }
    answers = {
        "language": "en",
        "research_use": True,
        "recontact": False,
        "industry_sharing": industry,
    }
    spec = {
        "capacity": "self",
        "identity": {"full_name": name},
        "consents": [answers],
        "entry": entry,
    }
    participant = _register(account, spec)
    if review:
        visible = RegistryEntry.objects.visible_to_committee().get(participant=participant)
        entry_review(
            entry=visible, reviewer=None, decision=review[0], reason=review[1], notify=False
        )
    return True


def _login_path() -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return reverse("account_login")


def give_authenticator(account: Any, secret: str | None = None) -> str:
    """An authenticator app's secret (TOTP, RFC 6238) and recovery codes for the account, as a
    person gets them on the two-step login page; returns the secret, for the demo report and
    the tests."""
    secret = secret or generate_totp_secret()
    TOTP.activate(account, secret)
    RecoveryCodes.activate(account)
    return secret


def current_code(secret: str) -> str:
    """The code an authenticator app shows now for `secret`, for the demo accounts:
    `python manage.py shell -c "from registry.demo_content import current_code;
    print(current_code('SECRET'))"`."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // app_settings.TOTP_PERIOD))
