"""What each tier means, as IMP defines it, in the words visitors read.

A tier is never shown by colour alone: each has a label, the evidence behind it, the advice
that follows from it, and a symbol that also reads in black-and-white print.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .models import Tier


@dataclass(frozen=True)
class TierMeaning:
    tier: Tier
    label: Promise
    evidence: Promise
    advice: Promise
    symbol: str  # text shown inside the tier badge, beside the label

    @property
    def code(self) -> str:
        return str(self.tier.value)


TIER_MEANINGS = (
    TierMeaning(
        Tier.YELLOW,
        _("Yellow"),
        _("Experimental data (most drugs on the list)."),
        _("May be used, under strict monitoring of side effects."),
        "!",
    ),
    TierMeaning(
        Tier.ORANGE,
        _("Orange"),
        _("Experimental data and reports about single patients."),
        _("Use with caution, and discuss it with a specialist."),
        "!!",
    ),
    TierMeaning(
        Tier.RED,
        _("Red"),
        _("Profound evidence (a few drugs)."),
        _("Contraindicated: should not be used."),
        "×",
    ),
)
_BY_TIER = {meaning.code: meaning for meaning in TIER_MEANINGS}


def tier_meaning(tier: str) -> TierMeaning:
    return _BY_TIER[tier]
