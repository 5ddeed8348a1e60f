from django.urls import path

from . import views

app_name = "community"

urlpatterns = [
    path("", views.GroupListView.as_view(), name="group_list"),
    path("suggest/", views.suggest_group, name="suggest_group"),
    path("suggest/thanks/", views.SuggestionThanksView.as_view(), name="suggestion_thanks"),
]
