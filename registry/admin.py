"""The registry administrators' side of the registry: the consent versions, their three languages
side by side, and the committee's accounts.

A draft can be changed freely; "Publish" makes it final (it never changes again, since each
consent record keeps the hash of the text shown) and it takes effect on its date. Participants'
data are not in the admin, nor their accounts: the committee has its own views, without
identities, and the committee accounts' list holds only the committee's members. Every page
here needs a second factor first (registry/second_factor.py).
"""

from typing import Any

from allauth.mfa.models import Authenticator
from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from imp_site.translated_admin import (
    SideBySideTranslationsAdmin,
    side_by_side_form,
    side_by_side_rows,
)

from .models import CommitteeAccount, ConsentVersion
from .services import (
    PublicationRefused,
    committee_account_enrol,
    committee_account_remove,
    consent_version_publish,
)


@admin.register(ConsentVersion)
class ConsentVersionAdmin(SideBySideTranslationsAdmin):
    form = side_by_side_form(ConsentVersion)
    fieldsets = [
        (None, {"fields": ["effective_date", "requires_reconsent"]}),
        (
            _("Title and text in English, French and Dutch"),
            {"fields": side_by_side_rows(ConsentVersion)},
        ),
    ]
    list_display = [
        "number",
        "status",
        "effective_date",
        "requires_reconsent",
        "consent_count",
    ]
    list_filter = ["status", "requires_reconsent"]
    actions = ["publish"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[ConsentVersion]:
        return super().get_queryset(request).annotate(number_of_records=Count("records"))

    @admin.display(description=_("consents recorded"), ordering="number_of_records")
    def consent_count(self, version: ConsentVersion) -> int:
        return int(version.number_of_records)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is not None and obj.is_published:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is not None and obj.is_published:
            return False
        return super().has_delete_permission(request, obj)

    @admin.action(description=_("Publish the selected drafts"), permissions=["change"])
    def publish(self, request: HttpRequest, queryset: QuerySet[ConsentVersion]) -> None:
        for version in queryset.order_by("number"):
            try:
                consent_version_publish(version=version)
            except PublicationRefused as refusal:
                for problem in refusal.problems:
                    self.message_user(
                        request,
                        _("Version %(number)s is not published: %(problem)s")
                        % {"number": version.number, "problem": problem},
                        messages.ERROR,
                    )
            else:
                self.message_user(
                    request,
                    _("Version %(number)s is published and takes effect on %(date)s.")
                    % {"number": version.number, "date": version.effective_date},
                    messages.SUCCESS,
                )


class CommitteeAccountForm(forms.ModelForm):
    class Meta:
        model = CommitteeAccount
        fields = ["email", "first_name", "last_name", "is_active"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "email" in self.fields:
            self.fields["email"].required = True
            self.fields["email"].help_text = _(
                'The member logs in with this address and sets a password with "Forgot your '
                'password?" on the login page.'
            )

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if get_user_model().objects.filter(email__iexact=email).exists():
            # Whose it is stays unsaid: it may be a participant's.
            raise forms.ValidationError(_("This address cannot be used for a committee account."))
        return str(email)


@admin.register(CommitteeAccount)
class CommitteeAccountAdmin(admin.ModelAdmin):
    form = CommitteeAccountForm
    list_display = ["email", "first_name", "last_name", "is_active", "second_factor", "last_login"]
    list_filter = ["is_active"]
    search_fields = ["email", "first_name", "last_name"]
    actions = ["remove_from_committee"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[CommitteeAccount]:
        authenticators = Authenticator.objects.filter(
            user=OuterRef("pk"), type=Authenticator.Type.TOTP
        )
        return super().get_queryset(request).annotate(has_totp=Exists(authenticators))

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return ["email", "first_name", "last_name"]
        return ["email", "first_name", "last_name", "is_active", "last_login"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        # After enrolment the member changes their address themselves, confirming it.
        return ["email", "last_login"] if obj is not None else []

    @admin.display(description=_("two-step login"), boolean=True)
    def second_factor(self, account: Any) -> bool:
        return bool(account.has_totp)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # An account is removed from the committee (below), not deleted with its history.
        return False

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if change:
            super().save_model(request, obj, form, change)
        else:
            committee_account_enrol(account=obj)

    @admin.action(
        description=_("Remove the selected accounts from the committee"), permissions=["change"]
    )
    def remove_from_committee(
        self, request: HttpRequest, queryset: QuerySet[CommitteeAccount]
    ) -> None:
        accounts = list(queryset)
        for account in accounts:
            committee_account_remove(account=account)
        message = ngettext(
            "%(count)d account is no longer in the committee.",
            "%(count)d accounts are no longer in the committee.",
            len(accounts),
        )
        self.message_user(request, message % {"count": len(accounts)}, messages.SUCCESS)
