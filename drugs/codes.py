"""The codes an entry carries: ATC codes, and references to the literature."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Anatomical Therapeutic Chemical codes: A10BA02 is A > A10 > A10B > A10BA > A10BA02; a group of
# drugs may be given by the start of a code (J01G: the aminoglycosides).
ATC_CODE = re.compile(r"^[A-Z](?:[0-9]{2}(?:[A-Z](?:[A-Z](?:[0-9]{2})?)?)?)?$")
PUBMED_ID = re.compile(r"^PMID:([0-9]{1,9})$", re.IGNORECASE)
DOI = re.compile(r"^doi:(10\.[0-9]{4,9}/\S+)$", re.IGNORECASE)


def normalise_atc_codes(codes: str) -> str:
    return " ".join(codes.upper().split())


def validate_atc_codes(codes: str) -> None:
    wrong = [code for code in normalise_atc_codes(codes).split() if not ATC_CODE.match(code)]
    if wrong:
        raise ValidationError(
            _(
                "Not an ATC code: %(codes)s. An ATC code is a letter, two digits, two letters "
                "and two digits (N03AG01), or the start of one (N03)."
            ),
            params={"codes": ", ".join(wrong)},
            code="atc",
        )


def validate_references(references: str) -> None:
    wrong = [ref for ref in references.split() if not (PUBMED_ID.match(ref) or DOI.match(ref))]
    if wrong:
        raise ValidationError(
            _("Not a reference: %(references)s. Write PMID:12345678 or doi:10.1000/xyz."),
            params={"references": ", ".join(wrong)},
            code="references",
        )


def reference_links(references: str) -> list[tuple[str, str]]:
    """(label, address) of each reference: PubMed for PMIDs, doi.org for DOIs."""
    links = []
    for reference in references.split():
        if pubmed := PUBMED_ID.match(reference):
            links.append((f"PMID {pubmed[1]}", f"https://pubmed.ncbi.nlm.nih.gov/{pubmed[1]}/"))
        elif doi := DOI.match(reference):
            links.append((f"doi:{doi[1]}", f"https://doi.org/{doi[1]}"))
    return links
