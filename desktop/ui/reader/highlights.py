"""Painting annotations into a QTextDocument, near the reader's eyes first.

Overlapping annotations are split into disjoint segments (``core.text.segments``); each
segment gets the blend of all its tags' colours, and a segment covered by more than one
annotation is also underlined, so nested and overlapping passages all stay visible.
Formats go into the document in edit blocks with its undo off (see DESIGN.md:
ExtraSelections are several times slower and heavier for this).

A long, densely coded document takes long to paint whole, so the painter keeps a queue of
stretches still to paint: what the view shows is painted at once, the rest in short steps
from the event loop, and a stretch scrolled into view is painted before it is drawn.
"""

from __future__ import annotations

import time
from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from desktop.core.records import AnnotationInfo
from desktop.core.text import segments
from desktop.ui.colours import MIN_TEXT_CONTRAST, contrast, is_dark
from desktop.ui.qt_offsets import OffsetMap

UNTAGGED = "#9E9E9E"
STRENGTH = 0.45  # how much of the tag colour shows over the page
# Code points painted per stretch of background painting, and seconds of it before the
# event loop gets a turn: other views' steps (search rows, a list's refresh) may share the
# turn, and while a worker thread runs Python a stretch takes up to twice as long.
STEP_CHARS = 2_000
STEP_BUDGET = 0.008
# When what is in view was just painted, background painting waits for the view to be
# drawn (a step must not keep the text off the screen), at most this many milliseconds.
FIRST_STEP_DELAY = 50
MARGIN_CHARS = 2_000  # painted beyond the visible text, for smooth small scrolls


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


def highlight(colours: Iterable[str], base: QColor, text: QColor) -> QColor:
    """The blend of ``colours`` over the page, toned down where the text on it would lose
    contrast: on a dark page light text over a yellow tag reads poorly at full strength.
    On a light page with dark text the tag palette never needs it."""
    colours = list(colours)
    strength = STRENGTH
    mixed = blend(colours, base, strength)
    while contrast(mixed, text) < MIN_TEXT_CONTRAST and strength > 0.15:
        strength -= 0.05
        mixed = blend(colours, base, strength)
    return mixed


class Passages:
    """The annotations shown in one document, found by position in O(log n + k).

    Annotations longer than ``LONG`` characters (a whole article coded at once) are kept
    apart and checked one by one, so they do not make every lookup scan far back.
    """

    LONG = 10_000

    def __init__(self, annotations: Iterable[AnnotationInfo] = ()) -> None:
        self._by_id: dict[int, AnnotationInfo] = {}
        self._starts: list[tuple[int, int]] = []  # (start, id) of the short ones, sorted
        self._long: dict[int, AnnotationInfo] = {}
        self.reset(annotations)

    def reset(self, annotations: Iterable[AnnotationInfo]) -> None:
        self._by_id = {a.id: a for a in annotations}
        self._long = {a.id: a for a in self._by_id.values() if a.end - a.start > self.LONG}
        self._starts = sorted(
            (a.start, a.id) for a in self._by_id.values() if a.id not in self._long
        )

    def put(self, annotation: AnnotationInfo) -> None:
        self.discard(annotation.id)
        self._by_id[annotation.id] = annotation
        if annotation.end - annotation.start > self.LONG:
            self._long[annotation.id] = annotation
        else:
            insort(self._starts, (annotation.start, annotation.id))

    def discard(self, annotation_id: int) -> None:
        old = self._by_id.pop(annotation_id, None)
        if old is not None and self._long.pop(annotation_id, None) is None:
            del self._starts[bisect_left(self._starts, (old.start, old.id))]

    def get(self, annotation_id: int) -> AnnotationInfo | None:
        return self._by_id.get(annotation_id)

    def __iter__(self) -> Iterator[AnnotationInfo]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def overlapping(self, lo: int, hi: int) -> list[AnnotationInfo]:
        """Annotations that share at least one character with ``[lo, hi)``."""
        first = bisect_left(self._starts, (lo - self.LONG, -1))
        last = bisect_left(self._starts, (hi, -1))
        found = [self._by_id[i] for _, i in self._starts[first:last]]
        found += self._long.values()
        return [a for a in found if a.end > lo and a.start < hi]


Look = tuple[tuple[str, ...], str | None]  # a segment's colours and underline colour
KEPT_FORMATS = 2_000  # looks a painter keeps built (one per combination of colours)


@dataclass(frozen=True, slots=True)
class _Stretch:
    start: int
    end: int
    tags: frozenset[int] | None  # repaint only segments carrying these tags; None: all


def paint(
    cursor: QTextCursor,
    offsets: OffsetMap,
    passages: Passages,
    colours: Mapping[int, str],
    page: tuple[QColor, QColor],
    stretch: _Stretch,
    formats: dict[Look, QTextCharFormat] | None = None,
) -> None:
    """Paint ``stretch`` afresh from ``passages`` (in the caller's edit block); ``formats``:
    those built so far for this ``page``, by look (kept by the caller across stretches).

    Painting a stretch needs only the annotations that overlap it, so one new annotation
    in a long, densely coded document repaints a few segments instead of thousands.
    """
    lo, hi = stretch.start, stretch.end
    found = passages.overlapping(lo, hi)
    by_id = {a.id: a for a in found}
    # Longer passages first, so a nested passage's colour is listed after its container's.
    spans = sorted(((a.start, a.end, a.id) for a in found), key=lambda s: s[0] - s[1])
    formats = {} if formats is None else formats
    if stretch.tags is None:
        cursor.setPosition(offsets.to_qt(lo))
        cursor.setPosition(offsets.to_qt(hi), QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(QTextCharFormat())
    for segment in segments(spans):
        start, end = max(segment.start, lo), min(segment.end, hi)
        if start >= end:
            continue
        covering = [by_id[i] for i in segment.annotation_ids]
        if stretch.tags is not None and all(stretch.tags.isdisjoint(a.tag_ids) for a in covering):
            continue  # its colours did not change
        tag_colours: list[str] = []
        for annotation in covering:
            tag_colours.extend(colours[t] for t in annotation.tag_ids if t in colours)
            if not annotation.tag_ids:
                tag_colours.append(UNTAGGED)
        # Segments with the same colours look the same: build each format once.
        underline = (tag_colours or [UNTAGGED])[-1] if len(covering) > 1 else None
        look = (tuple(dict.fromkeys(tag_colours)), underline)
        fmt = formats.get(look)
        if fmt is None:
            fmt = formats[look] = _format(*look, page)
        qt_start, qt_end = offsets.span_to_qt(start, end)
        cursor.setPosition(qt_start)
        cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)


def _format(
    colours: tuple[str, ...], underline: str | None, page: tuple[QColor, QColor]
) -> QTextCharFormat:
    """The blend of ``colours`` over the page (background, text); overlaps underlined in
    ``underline`` (the innermost's), shaded towards the text so the line stands out."""
    base, text = page
    fmt = QTextCharFormat()
    background = highlight(colours, base, text)
    fmt.setBackground(background)
    if underline is not None:
        fmt.setFontUnderline(True)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(_line(QColor(underline), background, is_dark(base)))
    return fmt


def _line(colour: QColor, background: QColor, dark: bool) -> QColor:
    """The tag's colour for an underline, shaded away from the highlight behind it until
    the line stands out (3:1, as for graphics): darker on a light page, lighter on a dark
    one, where a dark tag's own colour would vanish into its highlight."""
    line = colour.lighter(130) if dark else colour.darker(130)
    for _ in range(8):
        if contrast(line, background) >= 3:
            break
        line = line.lighter(130) if dark else line.darker(130)
    return line


class Painter(QObject):
    """Keeps one view's highlights up to date with ``passages`` and ``colours``."""

    def __init__(self, view: QPlainTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self.offsets = OffsetMap("")
        self.length = 0
        self.passages = Passages()
        self.colours: dict[int, str] = {}
        self._queue: list[_Stretch] = []
        # Formats by look, built for one page (background, text): building them anew for
        # each stretch was half the time of painting.
        self._formats: dict[Look, QTextCharFormat] = {}
        self._formats_page: tuple[str, str] = ("", "")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)
        # Text scrolled or resized into view is painted before it is drawn.
        view.verticalScrollBar().valueChanged.connect(lambda _value: self.paint_visible())
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.paint_visible()
        elif event.type() == QEvent.Type.Paint and self._timer.isActive():
            self._timer.start(0)  # the view is being drawn: the rest follows right after
        elif event.type() == QEvent.Type.PaletteChange:  # light ↔ dark: blended anew
            self.invalidate()
        return False

    @property
    def busy(self) -> bool:
        """True while some stretch still waits to be painted."""
        return bool(self._queue)

    def set_text(self, text: str) -> None:
        """The view now shows ``text``, with nothing painted yet."""
        self.offsets, self.length = OffsetMap(text), len(text)
        self._queue = []

    def invalidate(
        self,
        spans: Iterable[tuple[int, int]] | None = None,
        tags: set[int] | None = None,
        paint: bool = True,
    ) -> None:
        """Repaint these spans (the whole text by default), only the segments carrying
        ``tags`` if given: what is in view now, the rest between events. ``paint``
        False: only noted, until ``resume`` (a stretch asked for is painted all the same)."""
        wanted = None if tags is None else frozenset(tags)
        for start, end in [(0, self.length)] if spans is None else spans:
            end = min(end, self.length)
            if start >= end:
                continue
            if wanted is None:  # a full repaint makes what is queued inside it redundant
                self._queue = [q for q in self._queue if not start <= q.start < q.end <= end]
            self._queue.append(_Stretch(start, end, wanted))
        if paint:
            self.resume()

    def resume(self) -> None:
        """Paint what is due in view now, the rest between events."""
        in_view = self.paint_visible()
        if self._queue:
            self._timer.start(FIRST_STEP_DELAY if in_view else 0)

    def paint_visible(self) -> bool:
        """Paint what is due in view; whether there was any."""
        return bool(self._queue) and self.paint_now(*self.visible_span())

    def visible_span(self) -> tuple[int, int]:
        """The code points the view shows now, with a margin either side. Measured at the
        four corners: a long paragraph may begin far above the view, and in right-to-left
        text a line starts at its right end."""
        view = self._view
        width, height = view.viewport().width(), view.viewport().height()
        corners = (QPoint(0, 0), QPoint(width, 0), QPoint(0, height), QPoint(width, height))
        shown = [view.cursorForPosition(c).position() for c in corners]
        return (
            max(0, self.offsets.from_qt(min(shown)) - MARGIN_CHARS),
            min(self.length, self.offsets.from_qt(max(shown)) + MARGIN_CHARS),
        )

    def paint_now(self, lo: int, hi: int) -> bool:
        """Paint whatever is still due within ``[lo, hi)``; whether there was any."""
        due, rest = [], []
        for stretch in self._queue:
            if stretch.start < hi and stretch.end > lo:
                due.append(replace(stretch, start=max(lo, stretch.start), end=min(hi, stretch.end)))
                if stretch.start < lo:
                    rest.append(replace(stretch, end=lo))
                if stretch.end > hi:
                    rest.append(replace(stretch, start=hi))
            else:
                rest.append(stretch)
        if due:
            self._queue = rest
            self._paint(due)
        return bool(due)

    def finish(self) -> None:
        """Paint everything still due, now."""
        due, self._queue = self._queue, []
        self._paint(due)

    def _step(self) -> None:
        deadline = time.perf_counter() + STEP_BUDGET
        lo, hi = self.visible_span()
        while self._queue and time.perf_counter() < deadline:
            stretch = self._queue[0]
            cut = min(stretch.end, stretch.start + STEP_CHARS)
            if cut < stretch.end:
                self._queue[0] = replace(stretch, start=cut)
            else:
                self._queue.pop(0)
            self._paint([replace(stretch, end=cut)], unseen=cut <= lo or stretch.start >= hi)
        if self._queue:
            self._timer.start(0)

    def _paint(self, stretches: list[_Stretch], unseen: bool = False) -> None:
        """``unseen``: the stretches lie outside the view, which is then not redrawn (the
        text layout asks for the whole view on any change: 10-40 ms each step)."""
        if not stretches:
            return
        view = self._view
        palette = view.palette()
        page = (palette.color(view.backgroundRole()), palette.color(view.foregroundRole()))
        names = (page[0].name(QColor.NameFormat.HexArgb), page[1].name(QColor.NameFormat.HexArgb))
        if names != self._formats_page or len(self._formats) > KEPT_FORMATS:
            self._formats, self._formats_page = {}, names
        scroll = view.verticalScrollBar().value()
        cursor = QTextCursor(view.document())
        cursor.beginEditBlock()
        for stretch in stretches:
            paint(cursor, self.offsets, self.passages, self.colours, page, stretch, self._formats)
        layout = view.document().documentLayout()
        quiet = unseen and not layout.signalsBlocked()
        if quiet:  # formats only: no block appears or goes, so the document's size holds
            layout.blockSignals(True)
        try:
            cursor.endEditBlock()
        finally:
            if quiet:
                layout.blockSignals(False)
        view.verticalScrollBar().setValue(scroll)


def without_hidden(annotations: Iterable[AnnotationInfo], hidden: set[int]) -> list[AnnotationInfo]:
    """What the reader paints: hidden tags left out, passages with only hidden tags gone,
    and never an orphan (its offsets are only a guess at where it was)."""
    if not hidden:
        return [a for a in annotations if not a.orphan]
    shown = []
    for annotation in annotations:
        if annotation.orphan:
            continue
        kept = tuple(t for t in annotation.tag_ids if t not in hidden)
        if kept or not annotation.tag_ids:
            shown.append(replace(annotation, tag_ids=kept))
    return shown
