"""Projects and activities for tests, with a title and slug in each language."""

import itertools

from projects.models import ContinuousActivity, Project

_numbers = itertools.count(1)


def make_project(*, published=True, title="Test project", **fields):
    number = next(_numbers)
    project = Project(is_published=published, status=fields.pop("status", "running"), **fields)
    for language, prefix in (("en", ""), ("fr", "Projet "), ("nl", "Project ")):
        project.set_current_language(language)
        project.title = f"{prefix}{title} {number}"
        project.slug = f"{language}-project-{number}"
        project.summary = f"Summary {language} {number}"
    project.save()
    return project


def make_activity(*, published=True, title="Test activity", category="awareness"):
    number = next(_numbers)
    activity = ContinuousActivity(is_published=published, category=category, order=number)
    for language in ("en", "fr", "nl"):
        activity.set_current_language(language)
        activity.title = f"{title} {language} {number}"
        activity.slug = f"{language}-activity-{number}"
        activity.summary = f"Summary {language} {number}"
    activity.save()
    return activity
