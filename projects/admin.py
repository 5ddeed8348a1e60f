from django.contrib import admin, messages
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from imp_site.translated_admin import (
    SideBySideTranslationsAdmin,
    form_field_name,
    language_codes,
    side_by_side_form,
    side_by_side_rows,
)

from .forms import ProjectForm
from .models import ContinuousActivity, Project, PublishableQuerySet


class PublicationAdmin(SideBySideTranslationsAdmin):
    actions = ["publish", "unpublish"]
    list_filter = ["is_published"]
    search_fields = ["translations__title", "translations__summary"]

    @admin.action(description=_("Publish the selected items"), permissions=["change"])
    def publish(self, request: HttpRequest, queryset: PublishableQuerySet) -> None:
        self._set_published(request, queryset, True)

    @admin.action(description=_("Unpublish the selected items"), permissions=["change"])
    def unpublish(self, request: HttpRequest, queryset: PublishableQuerySet) -> None:
        self._set_published(request, queryset, False)

    def _set_published(
        self, request: HttpRequest, queryset: PublishableQuerySet, is_published: bool
    ) -> None:
        count = queryset.set_published(is_published)
        message = (
            ngettext("%(count)d item published.", "%(count)d items published.", count)
            if is_published
            else ngettext("%(count)d item unpublished.", "%(count)d items unpublished.", count)
        )
        self.message_user(request, message % {"count": count}, messages.SUCCESS)


# The image's description in each language, shown under the image rather than with the texts.
IMAGE_DESCRIPTION_ROW = tuple(form_field_name("image_alt_text", code) for code in language_codes())


@admin.register(Project)
class ProjectAdmin(PublicationAdmin):
    form = side_by_side_form(Project, form=ProjectForm)
    list_display = ["__str__", "status", "start_date", "end_date", "is_published"]
    list_filter = ["is_published", "status"]
    fieldsets = [
        (
            _("Texts in English, French and Dutch"),
            {"fields": [row for row in side_by_side_rows(Project) if row != IMAGE_DESCRIPTION_ROW]},
        ),
        (
            _("About the project"),
            {"fields": ["status", ("start_date", "end_date"), "is_published"]},
        ),
        (_("Image"), {"fields": ["image", IMAGE_DESCRIPTION_ROW]}),
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
