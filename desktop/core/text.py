"""Text normalisation and code-point offsets.

Every stored text is normalised once, on the way in; offsets are Unicode code points
into that normalised text, end-exclusive (the unit of Python ``str`` and of the W3C
Web Annotation model).
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from dataclasses import dataclass

CONTEXT_CHARS = 32

# C0/C1 controls other than tab and newline, and the BOM / zero-width no-break space
# when it is used as a byte-order mark at the start.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def normalise(text: str) -> str:
    """Return ``text`` as Parallax stores it: NFC, ``\\n`` line ends, no BOM or controls."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", text)
    return unicodedata.normalize("NFC", text)


class OffsetMap:
    """Offsets of a text as a file held it → offsets of the same text as Parallax stores it.

    Other tools count positions in the text they were given: CRLF line ends, decomposed
    accents, a byte-order mark. Only the stretches that normalising changed are kept; an
    offset inside one maps to where the normalised form of what precedes it ends.
    """

    def __init__(self, changed: list[tuple[int, int, int, str]], total: int = 0) -> None:
        # (raw start, raw end, shift before the stretch, the raw stretch), in order; the
        # shift after the last stretch is ``total``
        self._changed = changed
        self._starts = [c[0] for c in changed]
        self._total = total

    def __call__(self, offset: int) -> int:
        at = bisect.bisect_right(self._starts, offset) - 1
        if at < 0:
            return offset
        start, end, shift, raw = self._changed[at]
        if offset >= end:
            after = self._changed[at + 1][2] if at + 1 < len(self._changed) else self._total
            return offset + after
        return start + shift + len(_normalise_piece(raw[: offset - start]))

    @property
    def identity(self) -> bool:
        return not self._changed


# A stretch normalising may change: line ends, or controls and non-ASCII text with the
# ASCII character before them (which a combining mark may join once a control is gone).
# ASCII never joins what precedes it, so these stretches normalise independently.
_CHANGEABLE = re.compile("\r\n?|[\x00-\x7f]?[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\U0010ffff]+")


def _normalise_piece(piece: str) -> str:
    piece = piece.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _CONTROLS.sub("", piece))


def normalise_mapped(raw: str) -> tuple[str, OffsetMap]:
    """``normalise(raw)`` and the map from offsets in ``raw`` to offsets in it."""
    text = normalise(raw)
    changed: list[tuple[int, int, int, str]] = []
    shift = 0
    if text != raw:
        if raw.startswith("\ufeff"):
            changed.append((0, 1, 0, "\ufeff"))
            shift = -1
        for match in _CHANGEABLE.finditer(raw, 1 if shift else 0):
            piece = match.group()
            normal = _normalise_piece(piece)
            if normal != piece:
                changed.append((match.start(), match.end(), shift, piece))
                shift += len(normal) - len(piece)
    return text, OffsetMap(changed, shift)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class OffsetError(ValueError):
    """A span that does not fit the text it points into."""


def check_span(text: str, start: int, end: int) -> None:
    if not (0 <= start < end <= len(text)):
        raise OffsetError(f"span {start}–{end} is outside a text of {len(text)} characters")


@dataclass(frozen=True, slots=True)
class Anchor:
    """What an annotation keeps to find its passage again: the quote and its context."""

    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def anchor(text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> Anchor:
    check_span(text, start, end)
    return Anchor(
        start=start,
        end=end,
        quote=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )


def find_occurrence(text: str, quote: str, occurrence: int = 1) -> int:
    """Start of the ``occurrence``-th (1-based) appearance of ``quote`` in ``text``."""
    if not quote:
        raise OffsetError("an empty quote cannot be found")
    pos = -1
    for _ in range(occurrence):
        pos = text.find(quote, pos + 1)
        if pos < 0:
            raise OffsetError(f"quote {quote[:40]!r} does not occur {occurrence} time(s)")
    return pos


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text covered by the same set of annotations."""

    start: int
    end: int
    annotation_ids: tuple[int, ...]


def segments(spans: list[tuple[int, int, int]]) -> list[Segment]:
    """Split overlapping ``(start, end, id)`` spans into disjoint covered segments.

    Each segment lists every annotation covering it, in the order the spans were given,
    so overlapping and nested passages can each stay visible.
    """
    bounds: dict[int, list[tuple[bool, int, int]]] = {}
    for order, (start, end, ident) in enumerate(spans):
        if start >= end:
            continue
        bounds.setdefault(start, []).append((True, order, ident))
        bounds.setdefault(end, []).append((False, order, ident))
    active: dict[int, int] = {}  # order -> id
    result: list[Segment] = []
    previous: int | None = None
    for point in sorted(bounds):
        if previous is not None and active and point > previous:
            result.append(Segment(previous, point, tuple(active[o] for o in sorted(active))))
        for opening, order, ident in bounds[point]:
            if opening:
                active[order] = ident
            else:
                active.pop(order, None)
        previous = point
    return result
