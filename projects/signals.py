"""Drop cached pages when a project or activity is saved or deleted (see cache.py)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .cache import forget_pages_showing_items
from .models import ContinuousActivity, Project


@receiver(post_save, sender=Project)
@receiver(post_delete, sender=Project)
@receiver(post_save, sender=ContinuousActivity)
@receiver(post_delete, sender=ContinuousActivity)
def drop_cached_pages(sender, **kwargs):
    forget_pages_showing_items()
