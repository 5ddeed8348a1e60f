"""Search that forgives: case, accents, punctuation and extra spaces do not matter, a part of a
word is enough, and every name counts in whatever language the visitor reads.

Each entry keeps its names, synonyms, brand names and ATC codes in every language as one
normalised text (Entry.search_text); a query matches an entry when each of its words is in it.
"""

import re
import unicodedata
from typing import Any

from django.conf import settings

MAX_WORDS = 8
MAX_WORD_LENGTH = 40
_NOT_A_LETTER_OR_DIGIT = re.compile(r"[^0-9a-z]+")


def normalise(text: str) -> str:
    """'Acide valproïque' -> 'acide valproique'; 'N03AG01' -> 'n03ag01'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    without_accents = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NOT_A_LETTER_OR_DIGIT.sub(" ", without_accents).strip()


def query_words(query: str) -> list[str]:
    """The words a query asks for (a bounded number of bounded words, whatever was typed)."""
    return [word[:MAX_WORD_LENGTH] for word in normalise(query).split()][:MAX_WORDS]


def search_text_of(entry: Any) -> str:
    texts = [entry.drug.slug if entry.drug_id else "", entry.brand_names, entry.atc_codes]
    for code, _name in settings.LANGUAGES:
        for field in ("name", "synonyms"):
            texts.append(entry.safe_translation_getter(field, language_code=code, default="") or "")
    return join_normalised(texts)


def join_normalised(texts: list[str]) -> str:
    return " ".join(normalise(text) for text in texts if text)
