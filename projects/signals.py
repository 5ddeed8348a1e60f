"""Drop cached pages when a project or activity, or one of its translations, is saved or deleted
(see cache.py). Parler saves the translations after the item itself, so the translations' own
signals are what make sure no page is cached again between the two with the old text."""

from django.db.models.signals import post_delete, post_save

from .cache import forget_pages_showing_items
from .models import ContinuousActivity, Project

ITEM_MODELS = [Project, ContinuousActivity]
SENDERS = [*ITEM_MODELS, *(model._parler_meta.root_model for model in ITEM_MODELS)]


def drop_cached_pages(sender, **kwargs):
    forget_pages_showing_items()


for sender in SENDERS:
    post_save.connect(drop_cached_pages, sender=sender, dispatch_uid=f"drop-pages-{sender}-save")
    post_delete.connect(drop_cached_pages, sender=sender, dispatch_uid=f"drop-pages-{sender}-del")
