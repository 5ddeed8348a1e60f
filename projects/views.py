from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import get_language
from django.views.generic import DetailView, ListView
from menus.utils import set_language_changer
from parler.views import TranslatableSlugMixin

from imp_site.page_cache import PageCachedForVisitorsMixin
from imp_site.untranslated import untranslated_context

from .models import ContinuousActivity, Project, PublishableItem


class VisibleItemsMixin(PageCachedForVisitorsMixin):
    """Lists and detail pages show what the visitor may see (see PublishableQuerySet)."""

    model: type[PublishableItem]
    request: HttpRequest

    def get_queryset(self) -> QuerySet[Any]:
        return self.model.objects.visible_to(self.request.user).for_listing()


class TranslatedSlugDetailView(VisibleItemsMixin, TranslatableSlugMixin, DetailView):
    """A detail page found by its slug in the active language or its fallback (an address with
    another language's slug redirects to this language's); its language chooser leads to the
    same item with its slug in each language."""

    def get_object(self, queryset: QuerySet[Any] | None = None) -> Project | ContinuousActivity:
        item: Project | ContinuousActivity = super().get_object(queryset)
        set_language_changer(self.request, item.get_absolute_url)
        toolbar = getattr(self.request, "toolbar", None)
        if toolbar is not None:
            toolbar.set_object(item)  # gives editors "Edit this ..." in the toolbar
        return item

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        """An item not translated into the visitor's language yet is shown in its fallback, and
        base.html says so (imp_site/untranslated.py)."""
        context = super().get_context_data(**kwargs)
        item: PublishableItem = self.object
        shown_language = item.shown_language(get_language())
        if shown_language != get_language():
            context.update(untranslated_context(shown_language, item.translation_urls()))
        return context


class ProjectListView(VisibleItemsMixin, ListView):
    model = Project
    template_name = "projects/project_list.html"


class ProjectDetailView(TranslatedSlugDetailView):
    model = Project
    template_name = "projects/project_detail.html"
    context_object_name = "project"


class ActivityListView(VisibleItemsMixin, ListView):
    model = ContinuousActivity
    template_name = "projects/activity_list.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["activities_by_category"] = group_by_category(context["object_list"])
        return context


class ActivityDetailView(TranslatedSlugDetailView):
    model = ContinuousActivity
    template_name = "projects/activity_detail.html"
    # The template's name for it (DetailView's default would be "continuousactivity").
    context_object_name = "activity"


def group_by_category(
    activities: QuerySet[ContinuousActivity],
) -> list[tuple[ContinuousActivity.Category, list[ContinuousActivity]]]:
    """(category, activities) pairs in the order categories are declared, empty ones left out."""
    by_category: dict[ContinuousActivity.Category, list[ContinuousActivity]] = {
        category: [] for category in ContinuousActivity.Category
    }
    for activity in activities:
        by_category[ContinuousActivity.Category(activity.category)].append(activity)
    return [(category, items) for category, items in by_category.items() if items]
