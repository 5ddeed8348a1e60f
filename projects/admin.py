from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from imp_site.translated_admin import (
    SideBySideTranslationsAdmin,
    side_by_side_form,
    side_by_side_rows,
)

from .models import ContinuousActivity, Project


class PublicationAdmin(SideBySideTranslationsAdmin):
    actions = ["publish", "unpublish"]
    list_filter = ["is_published"]
    search_fields = ["translations__title", "translations__summary"]

    @admin.action(description=_("Publish the selected items"), permissions=["change"])
    def publish(self, request, queryset):
        self._set_published(request, queryset, True)

    @admin.action(description=_("Unpublish the selected items"), permissions=["change"])
    def unpublish(self, request, queryset):
        self._set_published(request, queryset, False)

    def _set_published(self, request, queryset, is_published):
        count = queryset.set_published(is_published)
        message = (
            ngettext("%(count)d item published.", "%(count)d items published.", count)
            if is_published
            else ngettext("%(count)d item unpublished.", "%(count)d items unpublished.", count)
        )
        self.message_user(request, message % {"count": count}, messages.SUCCESS)


@admin.register(Project)
class ProjectAdmin(PublicationAdmin):
    form = side_by_side_form(Project)
    list_display = ["__str__", "status", "start_date", "end_date", "is_published"]
    list_filter = ["is_published", "status"]
    fieldsets = [
        (_("Texts in English, French and Dutch"), {"fields": side_by_side_rows(Project)}),
        (
            _("About the project"),
            {"fields": ["status", ("start_date", "end_date"), "image", "is_published"]},
        ),
    ]


@admin.register(ContinuousActivity)
class ContinuousActivityAdmin(PublicationAdmin):
    form = side_by_side_form(ContinuousActivity)
    list_display = ["__str__", "category", "order", "is_published"]
    list_editable = ["order"]
    list_filter = ["is_published", "category"]
    fieldsets = [
        (
            _("Texts in English, French and Dutch"),
            {"fields": side_by_side_rows(ContinuousActivity)},
        ),
        (_("About the activity"), {"fields": ["category", "order", "is_published"]}),
    ]
