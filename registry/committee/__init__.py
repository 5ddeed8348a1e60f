"""The steering committee's part of the registry: its review queue, the entry page with its
decisions, the statistics and the export for researchers. Everything it reads comes through
RegistryEntry.objects.visible_to_committee(), through access.committee_entry()."""
