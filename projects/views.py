from django.http import Http404
from django.views.generic import DetailView, ListView
from menus.utils import set_language_changer

from imp_site.page_cache import VisitorPageCacheMixin

from .models import ContinuousActivity, Project


class VisibleItemsMixin(VisitorPageCacheMixin):
    """Lists and detail pages show what the visitor may see (see PublishableQuerySet); what
    anonymous visitors see is served from the CMS page cache."""

    model = None

    def get_queryset(self):
        return self.model.objects.visible_to(self.request.user).for_listing()


class TranslatedSlugDetailView(VisibleItemsMixin, DetailView):
    """A detail page found by its slug in the active language (or its fallback), whose language
    chooser leads to the same item with its slug in each language."""

    def get_object(self, queryset=None):
        queryset = self.get_queryset() if queryset is None else queryset
        item = queryset.active_translations(slug=self.kwargs["slug"]).distinct().first()
        if item is None:
            raise Http404
        set_language_changer(self.request, item.get_absolute_url)
        toolbar = getattr(self.request, "toolbar", None)
        if toolbar is not None:
            toolbar.set_object(item)  # gives editors "Edit this ..." in the toolbar
        return item


class ProjectListView(VisibleItemsMixin, ListView):
    model = Project
    template_name = "projects/project_list.html"


class ProjectDetailView(TranslatedSlugDetailView):
    model = Project
    template_name = "projects/project_detail.html"


class ActivityListView(VisibleItemsMixin, ListView):
    model = ContinuousActivity
    template_name = "projects/activity_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["activities_by_category"] = group_by_category(context["object_list"])
        return context


class ActivityDetailView(TranslatedSlugDetailView):
    model = ContinuousActivity
    template_name = "projects/activity_detail.html"


def group_by_category(activities):
    """(category, activities) pairs in the order categories are declared, empty ones left out."""
    by_category = {category: [] for category in ContinuousActivity.Category}
    for activity in activities:
        by_category[ContinuousActivity.Category(activity.category)].append(activity)
    return [(category, items) for category, items in by_category.items() if items]
