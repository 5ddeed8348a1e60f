"""Rows that are written once and never changed: the consent ledger, the entry's history and the
audit log.

Whatever the caller (a view, the admin, a shell, a data migration), saving an existing row,
deleting one, and a queryset's update(), delete() or bulk_update() raise ImmutableRecordError.
A new row is always inserted (a save never turns into an UPDATE of a row that happens to have
the same id). The foreign keys pointing from these rows are PROTECT, so no cascade reaches them.

The one sanctioned removal is the erasure of a participant (registry/services.py), which calls
`remove_for_erasure()`: under GDPR article 17 the participant's ledger and history go, and an
ErasureMarker says that they existed. On PostgreSQL, database triggers (the migration
append_only_triggers) refuse the same changes to whatever bypasses Python.
"""

from typing import Any

from django.db import connections, models, transaction


class ImmutableRecordError(Exception):
    """An append-only row was about to be changed or deleted."""

    def __init__(self, model: type[models.Model]) -> None:
        super().__init__(f"{model._meta.verbose_name} rows are never changed or deleted.")


class AppendOnlyQuerySet(models.QuerySet[Any]):
    def update(self, **kwargs: Any) -> int:
        raise ImmutableRecordError(self.model)

    def delete(self) -> tuple[int, dict[str, int]]:
        raise ImmutableRecordError(self.model)

    def bulk_update(self, objs: Any, fields: Any, batch_size: int | None = None) -> int:
        raise ImmutableRecordError(self.model)

    def update_or_create(self, *args: Any, **kwargs: Any) -> Any:
        raise ImmutableRecordError(self.model)

    def remove_for_erasure(self) -> int:
        """Delete these rows: only for the erasure of a participant (services.participant_erase),
        which leaves an ErasureMarker in their place. Returns how many rows went.

        On PostgreSQL the tables' triggers (the migration append_only_triggers) refuse every
        delete but one made while `registry.erasure` is 'on', which this sets for these deletes
        alone."""
        with transaction.atomic(using=self.db):
            _erasure_in_progress(self.db, True)
            count, _per_model = super().delete()
            _erasure_in_progress(self.db, False)
        return count


def _erasure_in_progress(alias: str, on: bool) -> None:
    connection = connections[alias]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # The third argument, true, keeps the setting to the current transaction.
            cursor.execute(
                "SELECT set_config('registry.erasure', %s, true)", ["on" if on else "off"]
            )


class AppendOnlyModel(models.Model):
    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise ImmutableRecordError(type(self))
        kwargs["force_insert"] = True
        kwargs.pop("force_update", None)
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise ImmutableRecordError(type(self))
