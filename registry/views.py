"""The participant's pages: the registry's home (the apphook root), joining, consent and its
withdrawal, the entry's sections, the identity, the history, the download and the erasure.

Every page is for the logged-in account alone: each view that names a participant reaches it
through access.participant_for(); nothing is ever cached (never_cache), and everything that
carries data is sent by POST, so no value travels in an address.
"""

import json
from collections.abc import Callable
from typing import Any

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from imp_site.form_responses import FORM_METHODS, see_other

from .access import consent_of, participant_for
from .audit import audit_participant_action
from .consent_text import render_consent_text, text_sha256
from .forms import SECTION_FORMS, ConsentForm, IdentityForm, JoinForm
from .history import entry_history, section_summaries
from .models import (
    AuditAction,
    AuditEvent,
    AuditRole,
    ConsentVersion,
    EntrySection,
    Participant,
    RegistryEntry,
)
from .roles import is_committee_member
from .services import (
    ConsentRequired,
    ConsentTextChanged,
    RegistrationRefused,
    account_delete,
    consent_give,
    consent_withdraw,
    entry_save_section,
    identity_update,
    participant_erase,
    participant_export,
    participant_register,
)
from .vocabularies import Capacity

# The latest looks of the committee on the participant's page; the history page has them all.
COMMITTEE_EVENTS_SHOWN = 10


def _participant_url(name: str, participant: Participant, **kwargs: Any) -> str:
    return reverse(f"registry:{name}", kwargs={"participant_id": participant.pk, **kwargs})


def _registry_home() -> str:
    return reverse("registry:dashboard")


@never_cache
@require_http_methods(["GET", "HEAD"])
def dashboard(request: HttpRequest) -> HttpResponse:
    """The registry's page: the editors' text from the CMS, then for a visitor the way in, and
    for a logged-in account the people it has registered."""
    context: dict[str, Any] = {"participants": []}
    if request.user.is_authenticated:
        context["participants"] = list(
            Participant.objects.managed_by(request.user)
            .with_current_consent()
            .select_related("identity")
        )
        for participant in context["participants"]:
            participant.current_consent = consent_of(participant)
        context["may_register_self"] = _may_register_self(request)
        context["is_committee_member"] = is_committee_member(request.user)
    return render(request, "registry/dashboard.html", context)


def _may_register_self(request: HttpRequest) -> bool:
    return not Participant.objects.managed_by(request.user).filter(capacity=Capacity.SELF).exists()


def _staff_refused(request: HttpRequest) -> HttpResponse:
    return render(request, "registry/staff_refused.html", status=403)


@never_cache
@login_required
@require_http_methods(FORM_METHODS)
def join(request: HttpRequest) -> HttpResponse:
    if request.user.is_staff:
        return _staff_refused(request)
    may_register_self = _may_register_self(request)
    form = JoinForm(request.POST or None, may_register_self=may_register_self)
    if request.method == "POST" and form.is_valid():
        try:
            participant = participant_register(
                account=request.user,
                capacity=form.cleaned_data["capacity"],
                identity=form.identity_values(),
            )
        except RegistrationRefused:
            form.add_error("capacity", _("You have registered yourself already."))
        else:
            return see_other(_participant_url("consent", participant))
    return render(request, "registry/join.html", {"form": form})


@never_cache
@login_required
@require_http_methods(["GET", "HEAD"])
def participant_page(request: HttpRequest, participant_id: int) -> HttpResponse:
    participant = participant_for(request, participant_id)
    entry = _entry_of(participant)
    if entry is not None:
        audit_participant_action(
            actor=request.user, participant=participant, action=AuditAction.ENTRY_VIEWED
        )
    context = {
        "participant": participant,
        "consent": consent_of(participant),
        "sections": section_summaries(entry),
        "entry": entry,
        "review": participant.reviews.latest_first().first(),
        "committee_events": AuditEvent.objects.about(participant.pseudonym).filter(
            actor_role=AuditRole.COMMITTEE
        )[:COMMITTEE_EVENTS_SHOWN],
    }
    return render(request, "registry/participant.html", context)


def _entry_of(participant: Participant) -> RegistryEntry | None:
    return (
        RegistryEntry.objects.filter(participant=participant)
        .prefetch_related("syndrome_rows", "symptom_rows")
        .first()
    )


@never_cache
@login_required
@require_http_methods(FORM_METHODS)
def consent(request: HttpRequest, participant_id: int) -> HttpResponse:
    participant = participant_for(request, participant_id)
    version = ConsentVersion.objects.current()
    if version is None:
        return render(request, "registry/consent_unavailable.html", {"participant": participant})
    text = version.text_in(get_language())
    form = ConsentForm(request.POST or None, initial=_consent_initial(participant, text))
    if request.method == "POST" and form.is_valid():
        try:
            consent_give(
                participant=participant,
                signed_by=request.user,
                version=version,
                language=get_language(),
                shown_sha256=form.cleaned_data["text_sha256"],
                **{name: form.cleaned_data[name] for name in ConsentForm.PURPOSES},
            )
        except ConsentTextChanged:
            messages.warning(
                request,
                _(
                    "The consent text changed while you were reading it. Please read this "
                    "version and answer again: nothing was recorded yet."
                ),
            )
            return see_other(_participant_url("consent", participant))
        messages.success(request, _("Thank you. Your answers are recorded."))
        return see_other(_participant_url("participant", participant))
    context = {
        "participant": participant,
        "consent": consent_of(participant),
        "form": form,
        "version": version,
        "text": text,
        "text_html": render_consent_text(text.text, heading_level=3),
    }
    return render(request, "registry/consent.html", context)


def _consent_initial(participant: Participant, text: Any) -> dict[str, Any]:
    """Boxes are never ticked in advance, except the participant's own answers in force when
    they come to change them."""
    initial: dict[str, Any] = {"text_sha256": text_sha256(text)}
    current = consent_of(participant)
    if current.is_active:
        initial.update(
            registry_participation=True,
            research_use=current.research_use,
            recontact=current.recontact,
            industry_sharing=current.industry_sharing,
        )
    return initial


@never_cache
@login_required
@require_http_methods(FORM_METHODS)
def withdraw(request: HttpRequest, participant_id: int) -> HttpResponse:
    """One page, one button, as consenting was; it takes effect at once."""
    participant = participant_for(request, participant_id)
    current = consent_of(participant)
    if request.method == "POST":
        consent_withdraw(participant=participant, signed_by=request.user, language=get_language())
        messages.success(
            request,
            _("Your consent is withdrawn. From now on nobody uses these data for anything."),
        )
        return see_other(_participant_url("participant", participant))
    context = {"participant": participant, "consent": current}
    return render(request, "registry/withdraw.html", context)


@never_cache
@login_required
@require_http_methods(FORM_METHODS)
def section(request: HttpRequest, participant_id: int, section: str) -> HttpResponse:
    participant = participant_for(request, participant_id)
    if section not in SECTION_FORMS:
        raise Http404("No such section.")
    if not consent_of(participant).is_active:
        messages.info(request, _("Please answer the consent questions first."))
        return see_other(_participant_url("consent", participant))
    entry = _entry_of(participant)
    stored = entry.values_of(section) if entry and entry.has_section(section) else None
    entry_values = entry.all_values() if entry else {}
    form_class = SECTION_FORMS[section]
    form = form_class(request.POST or None, initial=stored, entry_values=entry_values)
    if request.method == "POST" and form.is_valid():
        try:
            entry_save_section(
                participant=participant,
                changed_by=request.user,
                section=section,
                values=form.section_values(),
            )
        except ConsentRequired:
            return see_other(_participant_url("consent", participant))
        messages.success(request, _("Saved."))
        return see_other(_next_section_url(participant, section))
    context = {
        "participant": participant,
        "form": form,
        "section": EntrySection(section),
        "step": list(SECTION_FORMS).index(section) + 1,
        "steps": len(SECTION_FORMS),
    }
    return render(request, "registry/section.html", context)


def _next_section_url(participant: Participant, section: str) -> str:
    """After a step, the next one; after the last, the participant's page."""
    order = list(SECTION_FORMS)
    position = order.index(section)
    if position + 1 < len(order):
        return _participant_url("section", participant, section=order[position + 1])
    return _participant_url("participant", participant)


@never_cache
@login_required
@require_http_methods(FORM_METHODS)
def identity(request: HttpRequest, participant_id: int) -> HttpResponse:
    participant = participant_for(request, participant_id)
    stored = participant.identity.as_data()
    form = IdentityForm(request.POST or None, initial=stored, capacity=participant.capacity)
    if request.method == "POST" and form.is_valid():
        identity_update(
            participant=participant, changed_by=request.user, values=form.identity_values()
        )
        messages.success(request, _("Saved."))
        return see_other(_participant_url("participant", participant))
    return render(request, "registry/identity.html", {"participant": participant, "form": form})


@never_cache
@login_required
@require_http_methods(["GET", "HEAD"])
def history(request: HttpRequest, participant_id: int) -> HttpResponse:
    """The consent ledger, the previous values of the entry, and who did what (audit log)."""
    participant = participant_for(request, participant_id)
    entry = _entry_of(participant)
    if entry is not None:
        audit_participant_action(
            actor=request.user, participant=participant, action=AuditAction.ENTRY_VIEWED
        )
    context = {
        "participant": participant,
        "records": participant.consent_records.latest_first().select_related("version"),
        "changes": entry_history(entry),
        "events": AuditEvent.objects.about(participant.pseudonym)[:200],
    }
    return render(request, "registry/history.html", context)


@never_cache
@login_required
@require_POST
def download(request: HttpRequest, participant_id: int) -> HttpResponse:
    participant = participant_for(request, participant_id)
    data = participant_export(participant=participant, requested_by=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    day = timezone.localdate().isoformat()
    filename = f"imp-registry-{participant.pseudonym}-{day}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _reauthenticated(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Irreversible: the password is asked again first, unless it was confirmed in the last
    minutes (a borrowed or forgotten session cannot erase anybody). The page may be read."""
    return reauthentication_required(view, allow_get=True)


@never_cache
@login_required
@require_http_methods(FORM_METHODS)
def erase(request: HttpRequest, participant_id: int) -> HttpResponse:
    # Whose participant it is comes first: another account learns nothing, not even that a
    # password would be asked.
    return _erase(request, participant_for(request, participant_id))


@_reauthenticated
def _erase(request: HttpRequest, participant: Participant) -> HttpResponse:
    if request.method == "POST":
        if request.POST.get("confirm") != "yes":
            context = {"participant": participant, "confirm_missing": True}
            return render(request, "registry/erase.html", context, status=200)
        erasure = participant_erase(participant=participant, requested_by=request.user)
        if erasure.account_deleted:
            logout(request)
        return see_other(reverse("registry:erased"))
    return render(request, "registry/erase.html", {"participant": participant})


@never_cache
@require_http_methods(["GET", "HEAD"])
def erased(request: HttpRequest) -> HttpResponse:
    return render(request, "registry/erased.html")


@never_cache
@login_required
@require_http_methods(FORM_METHODS)
@_reauthenticated
def delete_account(request: HttpRequest) -> HttpResponse:
    """An account that manages nobody (signed up, never joined, or all erased) is deleted
    here; one that still manages participants erases them first."""
    if request.user.is_staff:
        return _staff_refused(request)
    if Participant.objects.managed_by(request.user).exists():
        return see_other(_registry_home())
    if request.method == "POST":
        account_delete(account=request.user)
        logout(request)
        return see_other(reverse("registry:erased"))
    return render(request, "registry/delete_account.html")
