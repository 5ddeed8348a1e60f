"""The answers a participant chooses from: fixed lists in code, translated like every other text,
so that statistics (part 2) count the same codes in every language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Capacity(models.TextChoices):
    """In which capacity the account acts for the person registered."""

    SELF = "self", _("Myself")
    PARENT = "parent", _("Parent")
    GUARDIAN = "guardian", _("Guardian")
    LEGAL_REPRESENTATIVE = "legal_representative", _("Legal representative")


class Sex(models.TextChoices):
    FEMALE = "female", pgettext_lazy("sex", "Female")
    MALE = "male", pgettext_lazy("sex", "Male")
    OTHER = "other", pgettext_lazy("sex", "Other or intersex")
    NOT_SAID = "not_said", _("I prefer not to say")


class DiagnosisStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed by a doctor")
    SUSPECTED = "suspected", _("Suspected, not confirmed yet")
    UNDIAGNOSED = "undiagnosed", _("No diagnosis yet")


class Syndrome(models.TextChoices):
    MELAS = "MELAS", _("MELAS")
    MERRF = "MERRF", _("MERRF")
    LEIGH = "LEIGH", _("Leigh syndrome")
    MILS = "MILS", _("Maternally inherited Leigh syndrome (MILS)")
    LHON = "LHON", _("Leber hereditary optic neuropathy (LHON)")
    KSS = "KSS", _("Kearns-Sayre syndrome")
    CPEO = "CPEO", _("Chronic progressive external ophthalmoplegia (CPEO)")
    POLG = "POLG", _("POLG disease")
    MNGIE = "MNGIE", _("MNGIE")
    TK2 = "TK2", _("TK2 deficiency")
    PEARSON = "PEARSON", _("Pearson syndrome")
    NARP = "NARP", _("NARP")
    PDH = "PDH", _("PDH deficiency")
    COQ10 = "COQ10", _("CoQ10 deficiency")
    ALPERS = "ALPERS", _("Alpers syndrome")
    OTHER = "OTHER", _("Another syndrome")


class Symptom(models.TextChoices):
    MUSCLE_WEAKNESS = "muscle_weakness", _("Muscle weakness")
    FATIGUE = "fatigue", _("Tiredness, or tiring quickly with exercise")
    SEIZURES = "seizures", _("Epileptic seizures")
    STROKE_LIKE = "stroke_like", _("Stroke-like episodes")
    VISION = "vision", _("Loss of sight")
    EYELIDS = "eyelids", _("Drooping eyelids or weak eye movements")
    HEARING = "hearing", _("Hearing loss")
    HEART = "heart", _("Heart problems")
    DIABETES = "diabetes", _("Diabetes")
    DIGESTION = "digestion", _("Problems with eating, swallowing or digestion")
    DEVELOPMENT = "development", _("Delayed development or learning difficulties")
    BALANCE = "balance", _("Problems with balance or coordination")
    NERVES = "nerves", _("Numbness, tingling or nerve pain")
    KIDNEYS = "kidneys", _("Kidney problems")
    BREATHING = "breathing", _("Breathing problems")
    GROWTH = "growth", _("Short stature or slow growth")
    OTHER = "other", _("Another symptom")


class MembershipAnswer(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    NOT_SURE = "not_sure", _("I am not sure")
