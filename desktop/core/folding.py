"""Folding text for matching: case- and diacritic-insensitive, in every script.

Unicode decomposition strips most marks (ỏ → o, ğ → g), but a few letters are distinct
letters, not a base plus a mark, and need mapping by hand: Vietnamese đ, Turkish ı and
İ, Nordic ø, Polish ł and a few more.
"""

from __future__ import annotations

import unicodedata

_LETTERS = str.maketrans(
    {"đ": "d", "Đ": "d", "ı": "i", "İ": "i", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
     "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ħ": "h", "ŧ": "t"}
)  # fmt: skip


def fold(text: str) -> str:
    """'Thổ Nhĩ Kỳ' → 'tho nhi ky'; 'Erdoğan' → 'erdogan'; 'ĐƯỜNG' → 'duong'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()
