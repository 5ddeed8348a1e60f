"""Checks of the gene and variant a participant types, with the rules of the notations.

Variants are parsed by mavehgvs (HGVS, offline). On top of its grammar the registry asks that:
- a variant of the mitochondrial DNA is written with "m." on the reference sequence NC_012920.1,
  at positions 1 to 16,569 (the length of that sequence), and goes with an MT- gene;
- a variant of a nuclear gene is written with "c." (coding DNA) or "p." (protein);
- a gene is written as its HGNC symbol (POLG, MT-TL1, C12orf65), in capitals.
A participant who is not sure ticks a box and their text is kept as typed, flagged for review
(forms.py): nothing here ever refuses them.
"""

import re
from collections.abc import Iterator
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from mavehgvs import MaveHgvsParseError, Variant

MITOCHONDRIAL_REFERENCE = "NC_012920.1"
MITOCHONDRIAL_LENGTH = 16569
MITOCHONDRIAL_GENE_PREFIX = "MT-"
NUCLEAR_PREFIXES = ("c", "p")

# HGNC symbols: capitals and digits, hyphens between parts (MT-TL1), and "orf" for open reading
# frames (C12orf65). Lower-case letters are otherwise not part of a symbol.
_GENE_SYMBOL = re.compile(r"^[A-Z][A-Z0-9]*(?:orf[0-9]+)?[A-Z0-9]*(?:-[A-Z0-9]+)*$")

NOT_SURE_HINT = _(
    'If you are not sure, tick "I am not sure" below and we keep what you typed as it is.'
)


def normalise_gene(text: str) -> str:
    """ "polg " -> "POLG", "mt-tl1" -> "MT-TL1", "c12ORF65" -> "C12orf65"."""
    symbol = text.strip().upper()
    return re.sub(r"(?<=[0-9])ORF(?=[0-9])", "orf", symbol)


def validate_gene(symbol: str) -> None:
    if len(symbol) > 30 or not _GENE_SYMBOL.match(symbol):
        raise ValidationError(
            _(
                "Write the gene as its official symbol, with letters and numbers only, such as "
                "POLG or MT-TL1. %(hint)s"
            ),
            code="gene_symbol",
            params={"hint": NOT_SURE_HINT},
        )


def normalise_variant(text: str) -> str:
    return "".join(text.split())


def validate_variant(text: str, *, gene: str = "") -> None:
    """Raise ValidationError, with a message saying what to change, unless `text` is a variant
    in HGVS notation that fits the rules above (and the gene, when one is given)."""
    variant = _parse(text)
    if variant.prefix == "m":
        _check_mitochondrial(variant, gene)
    elif variant.prefix in NUCLEAR_PREFIXES:
        _check_nuclear(gene)
    else:
        raise ValidationError(
            _(
                'Start the variant with "m." for mitochondrial DNA (such as m.3243A>G), or '
                '"c." or "p." for a nuclear gene (such as c.2243G>C). %(hint)s'
            ),
            code="variant_prefix",
            params={"hint": NOT_SURE_HINT},
        )


def _parse(text: str) -> Variant:
    try:
        return Variant(text)
    except MaveHgvsParseError:
        raise ValidationError(
            _(
                "This is not written the way variants are written in a genetic report, such "
                "as m.3243A>G, c.2243G>C or p.Trp748Ser (amino acids with three letters). "
                "%(hint)s"
            ),
            code="variant_syntax",
            params={"hint": NOT_SURE_HINT},
        ) from None


def _check_mitochondrial(variant: Variant, gene: str) -> None:
    if variant.target_id not in (None, MITOCHONDRIAL_REFERENCE):
        raise ValidationError(
            _("Mitochondrial variants are given on the reference sequence %(reference)s."),
            code="variant_reference",
            params={"reference": MITOCHONDRIAL_REFERENCE},
        )
    if any(not 1 <= position <= MITOCHONDRIAL_LENGTH for position in _positions(variant)):
        raise ValidationError(
            _(
                "Mitochondrial DNA has positions 1 to 16,569: check the number in the variant. "
                "%(hint)s"
            ),
            code="variant_position",
            params={"hint": NOT_SURE_HINT},
        )
    if gene and not gene.startswith(MITOCHONDRIAL_GENE_PREFIX):
        raise ValidationError(
            _(
                'A variant starting with "m." is in the mitochondrial DNA, whose genes start '
                "with MT- (such as MT-TL1). For the gene %(gene)s, the variant starts with "
                '"c." or "p.". %(hint)s'
            ),
            code="variant_gene_mismatch",
            params={"gene": gene, "hint": NOT_SURE_HINT},
        )


def _check_nuclear(gene: str) -> None:
    if gene.startswith(MITOCHONDRIAL_GENE_PREFIX):
        raise ValidationError(
            _(
                'The gene %(gene)s is in the mitochondrial DNA: its variants start with "m.", '
                "such as m.3243A>G. %(hint)s"
            ),
            code="variant_gene_mismatch",
            params={"gene": gene, "hint": NOT_SURE_HINT},
        )


def _positions(variant: Variant) -> Iterator[int]:
    """Every position named in the variant (both ends of a range, each of several variants)."""
    stack: list[Any] = [variant.positions]
    while stack:
        item = stack.pop()
        if isinstance(item, list | tuple):
            stack.extend(item)
        elif item is not None:
            yield item.position
