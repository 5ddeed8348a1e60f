from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import ContactMessage


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    """Editors read what visitors sent (mailed or not) and mark it handled; what a visitor wrote
    is never changed, and messages only come from the form."""

    list_display = ["received_at", "subject", "name", "language", "was_mailed", "is_handled"]
    list_display_links = ["received_at", "subject"]
    list_filter = ["is_handled", "language"]
    search_fields = ["name", "email", "subject", "message"]
    date_hierarchy = "received_at"
    actions = ["mark_handled", "mark_unhandled"]
    readonly_fields = [
        "received_at",
        "name",
        "email",
        "language",
        "subject",
        "message",
        "mailed_at",
    ]
    fields = [*readonly_fields, "is_handled"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.display(boolean=True, description=_("mailed"), ordering="mailed_at")
    def was_mailed(self, message: ContactMessage) -> bool:
        return message.mailed_at is not None

    @admin.action(description=_("Mark the selected messages as handled"), permissions=["change"])
    def mark_handled(self, request: HttpRequest, queryset: QuerySet[ContactMessage]) -> None:
        self._set_handled(request, queryset, True)

    @admin.action(
        description=_("Mark the selected messages as not handled"), permissions=["change"]
    )
    def mark_unhandled(self, request: HttpRequest, queryset: QuerySet[ContactMessage]) -> None:
        self._set_handled(request, queryset, False)

    def _set_handled(
        self, request: HttpRequest, queryset: QuerySet[ContactMessage], is_handled: bool
    ) -> None:
        count = queryset.update(is_handled=is_handled)
        message = (
            ngettext(
                "%(count)d message marked as handled.",
                "%(count)d messages marked as handled.",
                count,
            )
            if is_handled
            else ngettext(
                "%(count)d message marked as not handled.",
                "%(count)d messages marked as not handled.",
                count,
            )
        )
        self.message_user(request, message % {"count": count}, messages.SUCCESS)
