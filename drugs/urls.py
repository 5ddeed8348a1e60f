"""The list's addresses under its CMS page (/en/drugs/, /fr/medicaments/, /nl/geneesmiddelen/).

A drug's permanent address is the page's address and its slug, so the fixed paths come first and
no drug may take their names (models.RESERVED_DRUG_SLUGS).
"""

from django.urls import path

from . import views

app_name = "drugs"

urlpatterns = [
    path("", views.CurrentListView.as_view(), name="list"),
    path("revisions/", views.ArchiveView.as_view(), name="archive"),
    path("compare/", views.ComparisonView.as_view(), name="compare"),
    path("revisions/<slug:label>/", views.RevisionListView.as_view(), name="revision"),
    path("revisions/<slug:label>/print/", views.PrintView.as_view(), name="revision_print"),
    path("revisions/<slug:label>/pdf/", views.revision_pdf, name="revision_pdf"),
    path("revisions/<slug:label>/download/", views.revision_download, name="revision_download"),
    path(
        "revisions/<slug:label>/<slug:slug>/",
        views.RevisionEntryView.as_view(),
        name="revision_entry",
    ),
    path("<slug:slug>/", views.DrugView.as_view(), name="drug"),
]
