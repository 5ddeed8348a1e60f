"""Projects and activities for tests, with a title and slug in each language."""

import io
import itertools

from django.core.files.base import ContentFile
from filer.models import Image
from PIL import Image as PillowImage

from projects.models import ContinuousActivity, Project
from tests.conftest import LANGUAGES

TITLE_PREFIXES = {"fr": "Projet ", "nl": "Project "}

_numbers = itertools.count(1)


def make_project(*, published=True, title="Test project", **fields):
    number = next(_numbers)
    project = Project(is_published=published, status=fields.pop("status", "running"), **fields)
    for language in LANGUAGES:
        project.set_current_language(language)
        project.title = f"{TITLE_PREFIXES.get(language, '')}{title} {number}"
        project.slug = f"{language}-project-{number}"
        project.summary = f"Summary {language} {number}"
    project.save()
    return project


def make_activity(*, published=True, title="Test activity", category="awareness"):
    number = next(_numbers)
    activity = ContinuousActivity(is_published=published, category=category, order=number)
    for language in LANGUAGES:
        activity.set_current_language(language)
        activity.title = f"{title} {language} {number}"
        activity.slug = f"{language}-activity-{number}"
        activity.summary = f"Summary {language} {number}"
    activity.save()
    return activity


IMAGE_DESCRIPTIONS = {
    "en": "Volunteers light up a town hall in green for mito",
    "fr": "Des bénévoles illuminent un hôtel de ville en vert pour la mito",
    "nl": "Vrijwilligers zetten een stadhuis in het groen voor mito",
}


def make_uploaded_image(width=1600, height=900):
    """An image as the admin's file library stores an upload (in MEDIA_ROOT)."""
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), (11, 85, 99)).save(buffer, "JPEG")
    return Image.objects.create(
        original_filename="town-hall.jpg", file=ContentFile(buffer.getvalue(), "town-hall.jpg")
    )


def make_project_with_image(**fields):
    project = make_project(title="Light up", **fields)
    project.image = make_uploaded_image()
    for language in LANGUAGES:
        project.set_current_language(language)
        project.image_alt_text = IMAGE_DESCRIPTIONS[language]
    project.save()
    return project
