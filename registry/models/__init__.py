from .audit import AuditAction, AuditEvent, AuditRole
from .committee import CommitteeAccount
from .consent import (
    ConsentRecord,
    ConsentVersion,
    ConsentVersionTranslation,
    ErasureMarker,
    PublishedVersionError,
)
from .entries import (
    LIST_FIELDS,
    SECTION_FIELDS,
    EntryChange,
    EntrySection,
    EntrySymptom,
    EntrySyndrome,
    RegistryEntry,
)
from .participants import Identity, Participant, new_pseudonym

__all__ = [
    "LIST_FIELDS",
    "SECTION_FIELDS",
    "AuditAction",
    "AuditEvent",
    "AuditRole",
    "CommitteeAccount",
    "ConsentRecord",
    "ConsentVersion",
    "ConsentVersionTranslation",
    "EntryChange",
    "EntrySection",
    "EntrySymptom",
    "EntrySyndrome",
    "ErasureMarker",
    "Identity",
    "Participant",
    "PublishedVersionError",
    "RegistryEntry",
    "new_pseudonym",
]
