from django.urls import path

from . import views

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
]
