from django.urls import path

from . import views

app_name = "contact_form"

urlpatterns = [
    path("", views.contact_form, name="form"),
    path("thanks/", views.ThankYouView.as_view(), name="thanks"),
]
