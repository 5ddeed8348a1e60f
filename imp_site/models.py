"""Models of the site-wide layer, each defined beside the code that uses it."""

from .contact.models import ContactMessage

__all__ = ["ContactMessage"]
