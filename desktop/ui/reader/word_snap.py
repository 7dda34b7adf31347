"""Snapping a selection to whole words, with Qt's Unicode word boundaries.

Vietnamese is written in space-separated syllables, so a "word" here is a syllable, which
is what a coder selecting "Thổ Nhĩ Kỳ" means. Scripts written without spaces (Chinese,
Japanese, Thai…) are left alone: a word boundary there is not a reader's unit.
"""

from __future__ import annotations

from PySide6.QtCore import QTextBoundaryFinder

from desktop.ui.qt_offsets import OffsetMap

NO_SPACES = {"zh", "ja", "th", "lo", "km", "my", "bo", "dz"}


def snaps(language: str) -> bool:
    """Whether selections in a document of this language snap to words by default."""
    return language.split("-")[0].lower() not in NO_SPACES


def _widen(
    text: str,
    offsets: OffsetMap,
    start: int,
    end: int,
    unit: QTextBoundaryFinder.BoundaryType,
) -> tuple[int, int]:
    """Move each end of a code-point span outwards to the nearest ``unit`` boundary."""
    finder = QTextBoundaryFinder(unit, text)
    qt_start, qt_end = offsets.span_to_qt(start, end)
    finder.setPosition(qt_start)
    if not finder.isAtBoundary():
        qt_start = max(0, finder.toPreviousBoundary())
    finder.setPosition(qt_end)
    if not finder.isAtBoundary():
        following = finder.toNextBoundary()
        qt_end = offsets.to_qt(len(text)) if following < 0 else following
    return offsets.span_from_qt(qt_start, qt_end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def snap_to_words(text: str, offsets: OffsetMap, start: int, end: int) -> tuple[int, int]:
    """Widen a code-point selection in ``text`` to whole words; trim spaces at its ends."""
    start, end = _trim(text, start, end)
    if start >= end:
        return start, end
    return _widen(text, offsets, start, end, QTextBoundaryFinder.BoundaryType.Word)


def grow_to_sentence(text: str, offsets: OffsetMap, start: int, end: int) -> tuple[int, int]:
    """Widen a code-point span to the whole sentence(s) it touches, without outer spaces."""
    sentence = QTextBoundaryFinder.BoundaryType.Sentence
    return _trim(text, *_widen(text, offsets, start, end, sentence))
