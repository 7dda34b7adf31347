"""Offsets in UTF-16 code units ↔ Unicode code points, for files written by other tools.

Stored offsets count code points, as Python ``str`` does. Tools written in JavaScript
(doccano's and Label Studio's editors) count UTF-16 code units, so every character outside
the Basic Multilingual Plane (emoji, 𝕏, CJK Extension B…) is one of ours and two of theirs.
Only the positions of those characters are kept, so a conversion is a binary search and a
text of a million characters is scanned once.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class SurrogateSplitError(ValueError):
    """A UTF-16 offset between the two halves of one character."""


class Utf16Offsets:
    """Converts offsets in one text; the identity for a text with no astral characters."""

    __slots__ = ("_astral", "_units", "length")

    def __init__(self, text: str) -> None:
        # Code-point index of each astral character, and the UTF-16 unit it starts at.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._units = [index + before for before, index in enumerate(self._astral)]
        self.length = len(text) + len(self._astral)  # the text's length in UTF-16 units

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 offset of code-point ``offset`` (0 ≤ offset ≤ len(text))."""
        return offset + bisect_left(self._astral, offset)

    def to_code_points(self, unit: int) -> int:
        """The code-point offset of UTF-16 ``unit``; ``SurrogateSplitError`` inside a pair."""
        whole = bisect_right(self._units, unit - 2)  # astral characters wholly before
        if whole < len(self._units) and self._units[whole] == unit - 1:
            raise SurrogateSplitError(f"UTF-16 offset {unit} falls inside a surrogate pair")
        return unit - whole


def utf16_length(text: str) -> int:
    return len(text) + len(_ASTRAL.findall(text))
