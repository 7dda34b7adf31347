"""Painting annotations into a QTextDocument in bulk.

Overlapping annotations are split into disjoint segments (``core.text.segments``); each
segment gets the blend of all its tags' colours, and a segment covered by more than one
annotation is also underlined, so nested and overlapping passages all stay visible.
Formats are applied in one edit block with the document's undo off (see DESIGN.md:
ExtraSelections are several times slower and heavier for this).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

from desktop.core.records import AnnotationInfo
from desktop.core.text import Segment, segments
from desktop.ui.qt_offsets import OffsetMap

UNTAGGED = "#9E9E9E"
STRENGTH = 0.45  # how much of the tag colour shows over the page


def blend(colours: Iterable[str], base: QColor, strength: float = STRENGTH) -> QColor:
    """The mean of ``colours``, laid over ``base`` at ``strength``."""
    parsed = [QColor(c) for c in colours] or [QColor(UNTAGGED)]
    r = sum(c.red() for c in parsed) / len(parsed)
    g = sum(c.green() for c in parsed) / len(parsed)
    b = sum(c.blue() for c in parsed) / len(parsed)
    return QColor(
        round(base.red() + (r - base.red()) * strength),
        round(base.green() + (g - base.green()) * strength),
        round(base.blue() + (b - base.blue()) * strength),
    )


def paint(
    document: QTextDocument,
    offsets: OffsetMap,
    annotations: Iterable[AnnotationInfo],
    colours: Mapping[int, str],
    base: QColor,
    within: tuple[int, int] | None = None,
) -> None:
    """Paint ``annotations`` afresh: over the whole document, or only ``within`` a span.

    Painting a span needs only the annotations that overlap it, so one new annotation in a
    long, densely coded document repaints a few segments instead of thousands.
    """
    by_id = {a.id: a for a in annotations}
    if within is not None:
        lo, hi = within
        by_id = {i: a for i, a in by_id.items() if a.start < hi and a.end > lo}
    # Longer passages first, so a nested passage's colour is listed after its container's.
    spans = sorted(((a.start, a.end, a.id) for a in by_id.values()), key=lambda s: s[0] - s[1])
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    if within is None:
        cursor.select(QTextCursor.SelectionType.Document)
    else:
        cursor.setPosition(offsets.to_qt(within[0]))
        cursor.setPosition(offsets.to_qt(within[1]), QTextCursor.MoveMode.KeepAnchor)
    cursor.setCharFormat(QTextCharFormat())
    for segment in segments(spans):
        if within is not None:
            segment = Segment(
                max(segment.start, within[0]), min(segment.end, within[1]), segment.annotation_ids
            )
            if segment.start >= segment.end:
                continue
        tag_colours: list[str] = []
        for annotation_id in segment.annotation_ids:
            tag_ids = by_id[annotation_id].tag_ids
            tag_colours.extend(colours[t] for t in tag_ids if t in colours)
            if not tag_ids:
                tag_colours.append(UNTAGGED)
        fmt = QTextCharFormat()
        fmt.setBackground(blend(dict.fromkeys(tag_colours), base))
        if len(segment.annotation_ids) > 1:
            fmt.setFontUnderline(True)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(tag_colours[-1]).darker(130))
        start, end = offsets.span_to_qt(segment.start, segment.end)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
    cursor.endEditBlock()


def without_hidden(annotations: list[AnnotationInfo], hidden: set[int]) -> list[AnnotationInfo]:
    """What the reader paints: hidden tags left out, passages with only hidden tags gone."""
    if not hidden:
        return annotations
    shown = []
    for annotation in annotations:
        kept = tuple(t for t in annotation.tag_ids if t not in hidden)
        if kept or not annotation.tag_ids:
            shown.append(replace(annotation, tag_ids=kept))
    return shown
