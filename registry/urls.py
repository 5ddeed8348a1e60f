from django.urls import path

from . import views
from .committee import views as committee

app_name = "registry"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("join/", views.join, name="join"),
    path("erased/", views.erased, name="erased"),
    path("delete-account/", views.delete_account, name="delete_account"),
    path("<int:participant_id>/", views.participant_page, name="participant"),
    path("<int:participant_id>/consent/", views.consent, name="consent"),
    path("<int:participant_id>/withdraw/", views.withdraw, name="withdraw"),
    path("<int:participant_id>/entry/<slug:section>/", views.section, name="section"),
    path("<int:participant_id>/identity/", views.identity, name="identity"),
    path("<int:participant_id>/history/", views.history, name="history"),
    path("<int:participant_id>/download/", views.download, name="download"),
    path("<int:participant_id>/erase/", views.erase, name="erase"),
    # The steering committee's pages: every name starts with "committee" and every address
    # with committee/ (the second factor is required there).
    path("committee/", committee.queue, name="committee_queue"),
    path("committee/statistics/", committee.statistics, name="committee_statistics"),
    path("committee/export/", committee.export, name="committee_export"),
    path("committee/entries/<str:pseudonym>/", committee.entry, name="committee_entry"),
]
