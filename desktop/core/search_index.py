"""The full-text index: how texts are folded for it, and the SQLite objects that hold it.

SQLite's FTS5 folds case and most Latin accents, but not đ, ı/İ, ø or ł, nor Greek or
Cyrillic marks, and it sees a run of Chinese or Thai as one word. So the index is fed a
copy folded by the project's own rules, one character for one character (a match found in
the folded copy is at the same offsets in the text), and with a space on each side of
every character of scripts written without spaces, so each is a token of its own and a
phrase query finds any run of them.

The index is kept current by triggers, so every way a document or note is written,
deleted or cascaded away (undo included) updates it in the same transaction. The triggers
call two functions every connection registers (``register``).
"""

from __future__ import annotations

import functools
import re
import sqlite3
import sys
import unicodedata
from typing import Any

from desktop.core.folding import fold

# Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar.
NO_SPACE = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"
)
_NO_SPACE_RUN = re.compile(f"([{NO_SPACE}])")
# ASCII has no marks, no private use and no space-less script: its gaps are \W and _.
_ASCII_GAPS = re.compile(r"[\W_]+")

# The tokenizer's word characters are letters, numbers, private use and marks (marks too,
# or Devanagari or Arabic words would break at every vowel sign).
TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"


class _Folding(dict[int, str]):
    """A ``str.translate`` table filled on first use: each character folded once."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        # Recomposed: a Hangul syllable decomposes into letters and must stay itself.
        folded = unicodedata.normalize("NFC", fold(char))
        if len(folded) != 1:  # ß, ﬁ, æ fold to two; a lone combining mark to none
            lower = char.lower()
            folded = lower if len(lower) == 1 else char
        self[code] = folded
        return folded


_TABLE = _Folding()


# The triggers run these on a writer thread while the window waits for the GIL: one call
# on a 1,000,000-character text held it 60-100 ms. Pieces of this many characters let
# Python switch threads between them (its switch interval is 5 ms).
PIECE = 32_768
# Where ``spaced`` may cut: a letter or number. Each step before the gaps are joined into
# one space works character by character, and no run of gaps spans a cut before a letter.
_CUT = re.compile(r"[^\W_]")


def fold_same_length(text: str) -> str:
    """``text`` folded for matching, character for character: 'Đường' → 'duong'."""
    if len(text) <= PIECE:
        return text.translate(_TABLE)
    # Each code point maps by itself, so any cut gives the same result.
    return "".join(text[i : i + PIECE].translate(_TABLE) for i in range(0, len(text), PIECE))


def spaced(folded: str) -> str:
    """What the index is fed: combining marks left out (Arabic and Hebrew vowel points,
    a virama: a search ignores them), every character that is not a word character to
    Python made a space (SQLite's older Unicode tables take newer emoji, ₽ or bidi
    isolates for letters, and the hits found in Python would not agree), characters of
    space-less scripts made separate tokens. Changing this or the folding changes
    ``VERSION``, so the index is rebuilt: deletions must feed the very words indexed."""
    if len(folded) <= PIECE:
        return _spaced_piece(folded)
    pieces: list[str] = []
    start = 0
    while start < len(folded):
        cut = _CUT.search(folded, start + PIECE) if start + PIECE < len(folded) else None
        end = cut.start() if cut else len(folded)
        pieces.append(_spaced_piece(folded[start:end]))
        start = end
    return "".join(pieces)


def _spaced_piece(folded: str) -> str:
    if folded.isascii():  # the same result without the character tables (0.1 s to build)
        return _ASCII_GAPS.sub(" ", folded)
    # Runs of gaps (``gap_pattern``) to one space: "_" first made a space, the rest is one
    # character class, which the regex engine scans 2x faster than the alternation.
    gapless = _separators().sub(" ", strip_marks(folded).replace("_", " "))
    # " x " for each character x of a space-less script: a split keeps them as every other
    # piece (a replacement template was expanded in Python per character, ~1 µs each).
    return " ".join(_NO_SPACE_RUN.split(gapless))


@functools.cache
def _separators() -> re.Pattern[str]:
    """Runs of characters that are not word characters, "_" apart (``gap_pattern``)."""
    return re.compile(f"[^\\w{_classes()[0]}]+")


def index_body(text: str) -> str:
    return spaced(fold_same_length(text))


def _class(ranges: list[tuple[int, int]]) -> str:
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


@functools.cache
def _classes() -> tuple[str, str, frozenset[str]]:
    """Regex class bodies of marks and private-use characters (word characters for the
    tokenizer, but not for Python's ``\\w``) and of combining marks; and the latter as a set."""
    extra: list[tuple[int, int]] = []
    combining: list[tuple[int, int]] = []
    # Planes 15 and 16 are private use throughout; nothing above plane 3 is assigned.
    for code in (*range(0x40000), *range(0xF0000, sys.maxunicode + 1)):
        char = chr(code)
        category = unicodedata.category(char)
        for wanted, ranges in (
            (category[0] == "M" or category == "Co", extra),
            (unicodedata.combining(char) != 0, combining),
        ):
            if wanted:
                if ranges and ranges[-1][1] == code - 1:
                    ranges[-1] = (ranges[-1][0], code)
                else:
                    ranges.append((code, code))
    marks = frozenset(chr(c) for a, b in combining for c in range(a, b + 1))
    return _class(extra), _class(combining), marks


def word_pattern() -> str:
    """A regex matching one of the tokenizer's word characters (letters, numbers, marks,
    private use). ``[^\\W_]`` is exactly letters and numbers; a class listing every letter
    compiles 4x slower, and a pattern is compiled for each new search term."""
    return f"(?:[^\\W_]|[{_classes()[0]}])"


def boundary_pattern() -> str:
    """A word character that joins a word: not of a space-less script, whose characters
    are words of their own to the index ("2024年": "2024" is a word)."""
    return f"(?:(?![{NO_SPACE}]){word_pattern()})"


def gap_pattern() -> str:
    """A regex matching one character that is not a word character."""
    return f"(?:_|[^\\w{_classes()[0]}])"


def mark_class() -> str:
    """A regex character class body matching combining marks, which searches ignore."""
    return _classes()[1]


def _marks() -> frozenset[str]:
    return _classes()[2]


def warm_up() -> None:
    """Build the character tables now (0.1 s), so the first search does not wait."""
    _classes()


def has_marks(text: str) -> bool:
    # A set of the text's characters first: a regex of every mark scans 20x slower.
    return not text.isascii() and not _marks().isdisjoint(set(text))


def strip_marks(text: str) -> str:
    if not has_marks(text):
        return text
    return text.translate(dict.fromkeys(map(ord, _marks() & set(text))))


def register(dbapi_connection: Any) -> None:
    """Make the folding functions the triggers call available on a new connection."""
    dbapi_connection.create_function("parallax_fold", 1, _fold_sql, deterministic=True)
    dbapi_connection.create_function("parallax_spaced", 1, _spaced_sql, deterministic=True)


def _fold_sql(text: str | None) -> str:
    return fold_same_length(text or "")


def _spaced_sql(folded: str | None) -> str:
    return spaced(folded or "")


# What the index was built with: the folding and token rules (this module), Python's
# Unicode tables (they fold) and SQLite's (they split words). A project indexed otherwise
# is re-indexed when opened.
RULES = 2
VERSION = f"{RULES}/{unicodedata.unidata_version}/{sqlite3.sqlite_version}"

# The folded copy of each text is kept: a search reads it instead of folding megabytes.
SCHEMA = (
    # Puts matches in project order without reading the documents' rows (and texts).
    "CREATE INDEX IF NOT EXISTS document_order ON document(position, id)",
    """CREATE TABLE IF NOT EXISTS search_text (
        document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
        folded TEXT NOT NULL)""",
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS document_index USING fts5(
        body, content='', tokenize="{TOKENIZER}")""",
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS note_index USING fts5(
        body, content='', tokenize="{TOKENIZER}")""",
    """CREATE TRIGGER IF NOT EXISTS document_indexed AFTER INSERT ON document BEGIN
        INSERT INTO search_text(document_id, folded) VALUES (new.id, parallax_fold(new.text));
    END""",
    """CREATE TRIGGER IF NOT EXISTS document_reindexed AFTER UPDATE OF text ON document BEGIN
        UPDATE search_text SET folded = parallax_fold(new.text) WHERE document_id = new.id;
    END""",
    """CREATE TRIGGER IF NOT EXISTS search_text_added AFTER INSERT ON search_text BEGIN
        INSERT INTO document_index(rowid, body)
        VALUES (new.document_id, parallax_spaced(new.folded));
    END""",
    """CREATE TRIGGER IF NOT EXISTS search_text_changed AFTER UPDATE ON search_text BEGIN
        INSERT INTO document_index(document_index, rowid, body)
        VALUES ('delete', old.document_id, parallax_spaced(old.folded));
        INSERT INTO document_index(rowid, body)
        VALUES (new.document_id, parallax_spaced(new.folded));
    END""",
    # Cascaded from the document's deletion; the contentless index must be told the words.
    """CREATE TRIGGER IF NOT EXISTS search_text_removed AFTER DELETE ON search_text BEGIN
        INSERT INTO document_index(document_index, rowid, body)
        VALUES ('delete', old.document_id, parallax_spaced(old.folded));
    END""",
    """CREATE TRIGGER IF NOT EXISTS note_added AFTER INSERT ON annotation
    WHEN new.note != '' BEGIN
        INSERT INTO note_index(rowid, body)
        VALUES (new.id, parallax_spaced(parallax_fold(new.note)));
    END""",
    """CREATE TRIGGER IF NOT EXISTS note_changed AFTER UPDATE OF note ON annotation
    WHEN new.note != old.note BEGIN
        INSERT INTO note_index(note_index, rowid, body)
        SELECT 'delete', old.id, parallax_spaced(parallax_fold(old.note)) WHERE old.note != '';
        INSERT INTO note_index(rowid, body)
        SELECT new.id, parallax_spaced(parallax_fold(new.note)) WHERE new.note != '';
    END""",
    """CREATE TRIGGER IF NOT EXISTS note_removed AFTER DELETE ON annotation
    WHEN old.note != '' BEGIN
        INSERT INTO note_index(note_index, rowid, body)
        VALUES ('delete', old.id, parallax_spaced(parallax_fold(old.note)));
    END""",
)

DROP = (
    *(f"DROP TRIGGER IF EXISTS {name}" for name in (
        "document_indexed", "document_reindexed", "search_text_added", "search_text_changed",
        "search_text_removed", "note_added", "note_changed", "note_removed",
    )),
    "DROP TABLE IF EXISTS document_index",
    "DROP TABLE IF EXISTS note_index",
    "DROP TABLE IF EXISTS search_text",
)  # fmt: skip

# Fills the index of a project written before it existed (schema 1), or re-indexed.
FILL = (
    "INSERT INTO search_text(document_id, folded) SELECT id, parallax_fold(text) FROM document",
    """INSERT INTO note_index(rowid, body)
       SELECT id, parallax_spaced(parallax_fold(note)) FROM annotation WHERE note != ''""",
)

# Many annotations added at once (a merge): the trigger that indexes each one's note set
# aside while they go in (its name), then their notes indexed in one statement (those
# past the id given): for 100,000 annotations with 10,000 notes, 0.08 s less of 0.5.
NOTE_TRIGGER = "note_added"
NOTES_AFTER = """INSERT INTO note_index(rowid, body)
    SELECT id, parallax_spaced(parallax_fold(note)) FROM annotation WHERE id > ? AND note != ''"""
