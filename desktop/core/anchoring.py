"""Re-anchoring: where each annotation belongs after its document's text has changed.

In order of trust: the same place, if the quote is still there; else the exact quote
where its stored context (prefix and suffix) fits best, nearest where the old place
maps to; else a fuzzy match of the quote near that place (rapidfuzz). What none of these
finds with confidence is an orphan: kept, listed for review, never silently moved.

The old place is mapped to the new text through a diff of the two texts' lines (difflib on
a few thousand lines is milliseconds; a character diff of 150,000 characters took 7 s).
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from desktop.core.text import CONTEXT_CHARS, Anchor

Method = Literal["position", "exact", "fuzzy", "orphan"]

FUZZY_CUTOFF = 80.0  # rapidfuzz's 0–100 score a fuzzy match must reach
WIDEN = 64  # characters an edited end of a fuzzy match is looked for beyond it
NEAR = 2_000  # characters around the mapped place searched for a fuzzy match
REPORT_EVERY = 500  # anchors placed between two calls of ``progress`` (~0.1 s of work)
Progress = Callable[[int, int], None]  # (done, total); may raise to stop


@dataclass(frozen=True, slots=True)
class Placement:
    start: int  # in the new text; for an orphan, where it would most likely have been
    end: int
    method: Method
    score: float  # 100 for an exact quote; the fuzzy score otherwise


class PositionMap:
    """Maps offsets of the old text to the new one through a line diff: exact inside lines
    that did not change, proportional inside those that did."""

    def __init__(self, old: str, new: str) -> None:
        old_lines = old.splitlines(keepends=True)
        new_lines = new.splitlines(keepends=True)
        old_starts = _starts(old_lines)
        new_starts = _starts(new_lines)
        matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
        # (old start, old end, new start, new end, unchanged) character spans, in order
        self._spans = [
            (old_starts[i1], old_starts[i2], new_starts[j1], new_starts[j2], tag == "equal")
            for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        ]
        self._keys = [span[0] for span in self._spans]
        self._length = len(new)

    def __call__(self, position: int) -> int:
        return self.place(position)[0]

    def place(self, position: int) -> tuple[int, int]:
        """Where ``position`` maps, and how far off that can be: nothing inside unchanged
        lines, up to the changed stretch's length inside changed ones."""
        if not self._spans:
            return min(position, self._length), self._length
        at = max(0, bisect.bisect_right(self._keys, position) - 1)
        old_start, old_end, new_start, new_end, unchanged = self._spans[at]
        if old_end == old_start:
            return new_start, new_end - new_start
        share = (position - old_start) / (old_end - old_start)
        mapped = min(self._length, new_start + round(share * (new_end - new_start)))
        return mapped, 0 if unchanged else new_end - new_start


def _starts(lines: list[str]) -> list[int]:
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return starts


def reanchor(
    old: str, new: str, anchors: Sequence[Anchor], progress: Progress | None = None
) -> list[Placement]:
    """Where each anchor belongs in ``new`` (one Placement per anchor, in order).
    ``progress(done, total)`` is called before the texts are compared and every
    ``REPORT_EVERY`` anchors; it may raise to stop the work (nothing is changed here)."""
    total = len(anchors)
    if progress is not None:
        progress(0, total)
    mapped = PositionMap(old, new)
    if progress is None:
        return [_place(new, anchor, *mapped.place(anchor.start)) for anchor in anchors]
    placed: list[Placement] = []
    for at in range(0, total, REPORT_EVERY):
        if at:
            progress(at, total)
        placed += [_place(new, a, *mapped.place(a.start)) for a in anchors[at : at + REPORT_EVERY]]
    progress(total, total)
    return placed


def _place(new: str, anchor: Anchor, expected: int, doubt: int = NEAR) -> Placement:
    """The first of these that holds: the same place; the exact quote about where the old
    place maps; a close fuzzy match there (the quote itself was edited: a copy of the
    sentence further on is not it); the exact quote further off with its context; a fuzzy
    match further off; the quote's only occurrence anywhere, with its context. ``doubt``:
    how far off the mapped place may be; nothing further is searched but a unique quote
    (in an unchanged line the place is known, and a copy of the sentence elsewhere is
    not the passage). Whatever is found away from the mapped place is refused (an
    orphan) while the stored context still brackets an edited quote there: in text whose
    sentences recur, that was the one way left to place a passage wrongly."""
    reach = min(NEAR, doubt + 64)
    quote = anchor.quote
    length = len(quote)
    if not quote:
        return Placement(expected, expected, "orphan", 0.0)
    close_by = max(64, length)
    # The same place, unless the old place maps well away and the quote is there too:
    # then this is a copy of the sentence (in recurring text, with the same context).
    same = new[anchor.start : anchor.end] == quote and _context_fits(new, anchor, anchor.start)
    if same and abs(anchor.start - expected) <= close_by:
        return Placement(anchor.start, anchor.end, "position", 100.0)
    near = _exact_near(new, anchor, expected, reach)
    if near is not None and abs(near - expected) <= close_by:
        return Placement(near, near + length, "exact", 100.0)
    if same:
        found = Placement(anchor.start, anchor.end, "position", 100.0)
    else:
        found = _elsewhere(new, anchor, expected, reach, near)
    if found.method != "orphan" and abs(found.start - expected) > close_by:
        # Away from the mapped place: not if the stored context still brackets an
        # edited quote there (the copy found is another sentence's, alike).
        edited = _bracketed(new, anchor, expected, close_by)
        if edited is not None and (edited[1] <= found.start or found.end <= edited[0]):
            return Placement(edited[0], edited[1], "orphan", 0.0)
    return found


def _elsewhere(new: str, anchor: Anchor, expected: int, reach: int, near: int | None) -> Placement:
    """The quote not found about where the old place maps: the rest of ``_place``."""
    quote = anchor.quote
    length = len(quote)
    # Tight first: an exact copy of the sentence a little further on must not win over
    # the edited quote right where the old place maps.
    for step in (16, length // 2 + 48, 200):
        close = _fuzzy(new, anchor, expected, min(step, reach))
        if close.method == "fuzzy":
            return close
    if near is not None and _only_fit(new, anchor, near, expected, reach):
        return Placement(near, near + length, "exact", 100.0)
    wide = _fuzzy(new, anchor, expected, reach)
    if wide.method == "fuzzy":
        return wide
    # Far from where the old place maps (a paragraph moved): only a quote that occurs once,
    # with its context, is trusted; a sentence repeated elsewhere is not this one.
    far = new.find(quote)
    if far != -1 and new.find(quote, far + 1) == -1 and _context_score(new, anchor, far) >= 0.5:
        return Placement(far, far + length, "exact", 100.0)
    return wide


BRACKET = 16  # characters of the stored prefix and of the suffix looked for around it


def _bracketed(new: str, anchor: Anchor, expected: int, slack: int) -> tuple[int, int] | None:
    """Where the stored prefix, ending within ``slack`` of ``expected``, and the stored
    suffix after it (at most half as far again as the quote is long) still bracket a
    stretch: the quote was edited, or deleted, there. Each side is looked for as its
    half next to the quote, else its farther half (an edit can reach into the context)."""
    prefix, suffix = anchor.prefix, anchor.suffix
    # (piece, characters between it and the quote); a piece cut short by an edge of the
    # text is too little to tell
    befores = [(prefix[-BRACKET:], 0), (prefix[-2 * BRACKET : -BRACKET], BRACKET)]
    afters = [(suffix[:BRACKET], 0), (suffix[BRACKET : 2 * BRACKET], BRACKET)]
    afters = [(piece, gap) for piece, gap in afters if len(piece) == BRACKET]
    longest = len(anchor.quote) * 3 // 2 + 1
    for before, skip in befores:
        if len(before) < BRACKET:
            continue
        high = expected + slack - skip
        at = new.find(before, max(0, expected - slack - skip - BRACKET), high)
        while at != -1:
            begin = at + BRACKET + skip
            for after, back in afters:
                # From right after the prefix: an edit may have taken some of the quote.
                found = new.find(after, at + BRACKET, begin + longest + back + BRACKET)
                if found != -1:
                    end = max(at + BRACKET, found - back)
                    return min(begin, end), end
            at = new.find(before, at + 1, high)
    return None


def _only_fit(new: str, anchor: Anchor, chosen: int, expected: int, reach: int) -> bool:
    """The quote at ``chosen``, away from the mapped place, is trusted only when its
    context fits well and no other occurrence nearby fits about as well."""
    fits = _context_score(new, anchor, chosen)
    if fits < 0.8:
        return False
    low = max(0, expected - reach)
    high = expected + reach + len(anchor.quote)
    at = new.find(anchor.quote, low, high)
    while at != -1:
        if at != chosen and _context_score(new, anchor, at) >= fits - 0.1:
            return False
        at = new.find(anchor.quote, at + 1, high)
    return True


def _context_fits(new: str, anchor: Anchor, start: int) -> bool:
    """The stored context still surrounds the quote here (a quote alone can repeat)."""
    return _context_score(new, anchor, start) >= 0.5


def _context_score(new: str, anchor: Anchor, start: int) -> float:
    """0–1: how much of the stored prefix and suffix match around a quote at ``start``."""
    end = start + len(anchor.quote)
    prefix, suffix = anchor.prefix[-CONTEXT_CHARS:], anchor.suffix[:CONTEXT_CHARS]
    if not prefix and not suffix:
        return 1.0
    before = new[max(0, start - len(prefix)) : start]
    after = new[end : end + len(suffix)]
    same = _common_suffix(prefix, before) + _common_prefix(suffix, after)
    return same / (len(prefix) + len(suffix))


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def _exact_near(new: str, anchor: Anchor, expected: int, reach: int) -> int | None:
    """The occurrence of the quote within ``reach`` of ``expected`` whose context fits
    best (nearness weighs as much as half the context)."""
    quote = anchor.quote
    low = max(0, expected - reach)
    high = expected + reach + len(quote)
    best: tuple[float, int] | None = None
    at = new.find(quote, low, high)
    while at != -1:
        distance = abs(at - expected)
        rank = _context_score(new, anchor, at) - 0.5 * min(1.0, distance / max(reach, 1))
        if best is None or rank > best[0]:
            best = (rank, at)
        at = new.find(quote, at + 1, high)
    return None if best is None else best[1]


def _fuzzy(new: str, anchor: Anchor, expected: int, reach: int) -> Placement:
    """The best fuzzy match of the quote within ``reach`` of ``expected``, or an orphan."""
    quote = anchor.quote
    low = max(0, expected - reach)
    high = min(len(new), expected + len(quote) + reach)
    window = new[low:high]
    found = fuzz.partial_ratio_alignment(quote, window, score_cutoff=FUZZY_CUTOFF)
    if found is None:
        return Placement(expected, min(len(new), expected + len(quote)), "orphan", 0.0)
    start, end = low + found.dest_start, low + found.dest_end
    if end - start < 0.5 * len(quote) or end - start > 1.5 * len(quote):
        return Placement(start, end, "orphan", found.score)
    start, end, score = _widen(new, quote, start, end, found.score)
    return Placement(start, end, "fuzzy", score)


def _widen(new: str, quote: str, start: int, end: int, score: float) -> tuple[int, int, float]:
    """The best alignment can leave off an edited end of the quote ("Nga" of "Nga đề
    nghị…"): try moving its start, then its end, a little (each end on its own, and at
    most ``WIDEN`` characters: every start × end took 6 s for a 3,000-character quote)."""
    slack = min(WIDEN, max(0, len(quote) - (end - start)) + 3)
    best = (score, start, end)
    for first in range(max(0, start - slack), start + 1):
        candidate = fuzz.ratio(quote, new[first:end])
        if candidate > best[0]:
            best = (candidate, first, end)
    first = best[1]
    for last in range(end, min(len(new), end + slack) + 1):
        candidate = fuzz.ratio(quote, new[first:last])
        if candidate > best[0]:
            best = (candidate, first, last)
    return best[1], best[2], best[0]


def locate(text: str, anchor: Anchor) -> Placement:
    """Where a passage another file places at ``anchor`` is in ``text``, a text that may
    differ from the one the file counted in (only the quote and its context are trusted).
    A file that gives no offsets (``start`` < 0) is placed only at an exact occurrence of
    its quote: the only one, or the one its context clearly fits best."""
    if anchor.start >= 0:
        return _place(text, anchor, min(anchor.start, len(text)), NEAR)
    quote = anchor.quote
    found: list[tuple[float, int]] = []
    at = text.find(quote) if quote else -1
    while at != -1:
        found.append((_context_score(text, anchor, at), at))
        at = text.find(quote, at + 1)
    if not found:
        return Placement(0, 0, "orphan", 0.0)
    found.sort(reverse=True)
    best, start = found[0]
    if len(found) > 1 and best - found[1][0] < 0.25:  # two places fit about as well
        return Placement(start, start + len(quote), "orphan", 0.0)
    return Placement(start, start + len(quote), "exact", 100.0)
