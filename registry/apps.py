from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistryConfig(AppConfig):
    """The patient-owned, consent-gated registry (built in a later issue)."""

    name = "registry"
    verbose_name = _("Patient registry")
