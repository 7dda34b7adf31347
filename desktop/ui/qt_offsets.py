"""The one place that converts between code points (ours) and UTF-16 units (Qt's).

Stored offsets count Unicode code points, as Python ``str`` does. ``QTextCursor``
positions count UTF-16 code units, so every character outside the Basic Multilingual
Plane (emoji, flags, CJK Extension B…) is one of ours and two of Qt's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts positions in one text; O(log n) per call, identity for all-BMP text."""

    __slots__ = ("_astral", "_astral_qt")

    def __init__(self, text: str) -> None:
        # Code-point index of every astral character, and where each starts in UTF-16.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_qt = [i + k for k, i in enumerate(self._astral)]

    def to_qt(self, position: int) -> int:
        if not self._astral:
            return position
        return position + bisect_left(self._astral, position)

    def from_qt(self, position: int, *, round_up: bool = False) -> int:
        """Code point at UTF-16 ``position``; inside a surrogate pair, round down or up."""
        if not self._astral:
            return position
        whole = bisect_right(self._astral_qt, position - 2)  # astral chars entirely before
        inside = whole < len(self._astral_qt) and self._astral_qt[whole] == position - 1
        if inside:
            return position - whole - (0 if round_up else 1)
        return position - whole

    def span_from_qt(self, start: int, end: int) -> tuple[int, int]:
        """A selection in Qt units as code points, widened to whole characters."""
        return self.from_qt(start), self.from_qt(end, round_up=True)

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
