"""Editors' side of the registry: the consent versions, their three languages side by side.

A draft can be changed freely; "Publish" makes it final (it never changes again, since each
consent record keeps the hash of the text shown) and it takes effect on its date. Participants'
data are not in the admin: part 2 gives the committee its own views, without identities.
"""

from typing import Any

from django.contrib import admin, messages
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from imp_site.translated_admin import (
    SideBySideTranslationsAdmin,
    side_by_side_form,
    side_by_side_rows,
)

from .models import ConsentVersion
from .services import PublicationRefused, consent_version_publish


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
