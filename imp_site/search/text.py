"""Matching words the way a visitor means them: without regard to accents or case.

"hopital" finds "hôpital" and "Activites" finds "Activités", on SQLite and PostgreSQL alike and
without database extensions. Each word becomes a regular expression in which every letter also
matches its accented forms, so the database returns only candidate rows; Python then checks each
candidate against the text folded to lower case without accents (`fold`), which is exact, and
cuts the excerpt around the first match.
"""

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from django.utils.html import strip_tags

# Letters that Unicode does not decompose into a base letter and an accent.
_LETTERS_WITHOUT_DECOMPOSITION = {
    "æ": "ae",
    "œ": "oe",
    "ø": "o",
    "ð": "d",
    "đ": "d",
    "ħ": "h",
    "ı": "i",
    "ł": "l",
    "þ": "th",
    "ŧ": "t",
}
# Invisible in text but inside words: soft hyphens and zero-width characters.
_INVISIBLE = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
_WORD = re.compile(r"\w+")
MIN_WORD_LENGTH = 2


@cache
def fold_character(character: str) -> str:
    """The character in lower case without its accents ("É" -> "e", "Œ" -> "oe", "ß" -> "ss")."""
    if character in _INVISIBLE:
        return ""
    decomposed = unicodedata.normalize("NFKD", character)
    base = "".join(part for part in decomposed if not unicodedata.combining(part)).casefold()
    return "".join(_LETTERS_WITHOUT_DECOMPOSITION.get(part, part) for part in base)


def fold(text: str) -> str:
    """The text in lower case without accents, for comparing what a visitor typed."""
    return "".join(fold_character(character) for character in text)


def words_of(text: str) -> list[str]:
    """The distinct folded words of a search, in the order typed, leaving out one-letter ones."""
    words: list[str] = []
    for word in _WORD.findall(fold(text)):
        if len(word) >= MIN_WORD_LENGTH and word not in words:
            words.append(word)
    return words


_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|dt|dd|td|th|blockquote|figcaption)\s*>|<br\s*/?>", re.I)
_SENTENCE_END = ".!?:;…"


def plain_text(markup: str) -> str:
    """What a reader sees of rich text, on one line: no tags, entities decoded, spaces collapsed;
    a heading or list item that ends without a full stop gets one, so that excerpts read as
    sentences ("Why it matters. Mitochondrial diseases are ...")."""
    blocks = (
        " ".join(html.unescape(strip_tags(block)).split()) for block in _BLOCK_END.split(markup)
    )
    return " ".join(
        block if block[-1] in _SENTENCE_END else f"{block}." for block in blocks if block
    )


# --- Regular expressions for the database ------------------------------------------------------


@cache
def _forms_of_each_folded_text() -> dict[str, frozenset[str]]:
    """For each folded form, the letters of the Latin alphabets that fold to it, both cases:
    "e" -> {e, E, é, É, è, ...}, "oe" -> {œ, Œ}."""
    forms: dict[str, set[str]] = {}
    for code_point in [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250)]:
        letter = chr(code_point)
        if unicodedata.category(letter).startswith("L") and fold_character(letter):
            same_letter = {letter, letter.upper()} if len(letter.upper()) == 1 else {letter}
            forms.setdefault(fold_character(letter), set()).update(same_letter)
    return {folded: frozenset(letters) for folded, letters in forms.items()}


def _character_class(folded_letter: str) -> str:
    letters = _forms_of_each_folded_text().get(folded_letter)
    if not letters:
        return folded_letter  # a digit, an underscore or a letter of another script
    return "[" + "".join(sorted(letters)) + "]"


def word_pattern(word: str) -> str:
    """A regular expression finding `word` (folded, as from words_of) in text written with any
    accents and case. It holds only letters, digits and brackets, so PostgreSQL's and Python's
    regular expressions (SQLite's REGEXP) read it the same way."""
    ligatures = {
        folded: letters
        for folded, letters in _forms_of_each_folded_text().items()
        if len(folded) > 1
    }
    parts: list[str] = []
    position = 0
    while position < len(word):
        pair = word[position : position + 2]
        if pair in ligatures:
            ligature = "[" + "".join(sorted(ligatures[pair])) + "]"
            first, second = (_character_class(letter) for letter in pair)
            parts.append(f"(?:{first}{second}|{ligature})")
            position += 2
        else:
            parts.append(_character_class(word[position]))
            position += 1
    return "".join(parts)


# --- Excerpts ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExcerptPart:
    text: str
    is_match: bool


def contains_every_word(folded_text: str, words: list[str]) -> bool:
    return all(word in folded_text for word in words)


def excerpt(text: str, words: list[str], *, length: int = 220) -> list[ExcerptPart]:
    """About `length` characters of plain `text` around the first word found, cut at spaces,
    with the found words marked; the start of the text when no word is in it."""
    folded, origins = _fold_with_origins(text)
    first_match = min(
        (found for found in (folded.find(word) for word in words) if found >= 0), default=-1
    )
    start = 0 if first_match < 0 else _start_before(text, origins[first_match], length)
    end = _end_after(text, start + length)
    parts = _mark_words(text, folded, origins, words, start, end)
    if start > 0:
        parts.insert(0, ExcerptPart("… ", False))
    if end < len(text):
        parts.append(ExcerptPart(" …", False))
    return parts


def _fold_with_origins(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the position it came from in `text`."""
    characters: list[str] = []
    origins: list[int] = []
    for position, character in enumerate(text):
        for folded_character in fold_character(character):
            characters.append(folded_character)
            origins.append(position)
    return "".join(characters), origins


def _start_before(text: str, position: int, length: int) -> int:
    """Where an excerpt of `length` showing `position` starts: a third of it before the match,
    more when the text ends sooner; at the start of a word."""
    start = max(0, min(position - length // 3, len(text) - length))
    if start == 0:
        return 0
    space = text.find(" ", start, position)
    return space + 1 if space >= 0 else start


def _end_after(text: str, position: int) -> int:
    if position >= len(text):
        return len(text)
    space = text.rfind(" ", 0, position)
    return space if space > 0 else position


def _mark_words(
    text: str, folded: str, origins: list[int], words: list[str], start: int, end: int
) -> list[ExcerptPart]:
    marked = [False] * len(text)
    for word in words:
        found = folded.find(word)
        while found >= 0:
            for position in origins[found : found + len(word)]:
                marked[position] = True
            found = folded.find(word, found + 1)
    parts: list[ExcerptPart] = []
    for position in range(start, end):
        if parts and parts[-1].is_match == marked[position]:
            parts[-1] = ExcerptPart(parts[-1].text + text[position], marked[position])
        else:
            parts.append(ExcerptPart(text[position], marked[position]))
    return parts
