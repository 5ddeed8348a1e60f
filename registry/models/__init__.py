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
    COMMITTEE_ANSWER_FIELDS,
    COMMITTEE_FIELDS,
    LIST_FIELDS,
    SECTION_FIELDS,
    EntryChange,
    EntrySection,
    EntrySymptom,
    EntrySyndrome,
    RegistryEntry,
)
from .participants import Identity, Participant, new_pseudonym
from .reviews import CommitteeExport, EntryReview, ReviewDecision

__all__ = [
    "COMMITTEE_ANSWER_FIELDS",
    "COMMITTEE_FIELDS",
    "LIST_FIELDS",
    "SECTION_FIELDS",
    "AuditAction",
    "AuditEvent",
    "AuditRole",
    "CommitteeAccount",
    "CommitteeExport",
    "ConsentRecord",
    "ConsentVersion",
    "ConsentVersionTranslation",
    "EntryChange",
    "EntryReview",
    "EntrySection",
    "EntrySymptom",
    "EntrySyndrome",
    "ErasureMarker",
    "Identity",
    "Participant",
    "PublishedVersionError",
    "RegistryEntry",
    "ReviewDecision",
    "new_pseudonym",
]
