"""Document strips: one bar per document, its passages marked where they occur.

Every bar stands for the whole of its own text (start at the left, end at the right), so
reports of different lengths compare as shares: a passage a third of the way into a short
text sits above one a third of the way into a long one.

Decisions:
- One bar per document, not one lane per tag: rows stay aligned however many tags there
  are, so the structure of several reports reads at a glance; a passage with several tags
  is one mark split into thin stacked lanes, one per tag, in codebook order. The kind
  filter narrows the tags when there are too many colours to tell apart.
- Right-to-left texts are not mirrored: all bars share one axis, start → end left to right,
  so "early in the text" is the same side in every row; the caption says so.
- Marks are painted longest first, so a passage inside another stays visible on top; the
  pointer picks the topmost mark, which is therefore the innermost.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import analysis
from desktop.core.records import AnnotationInfo, DocumentInfo, TagInfo
from desktop.ui.compare.base import CompareData, CompareView
from desktop.ui.compare.documents_choice import (
    KindChoice,
    LegendEntry,
    PointerCanvas,
    ScopeChoice,
    chosen_documents,
    chosen_tags,
    document_tooltip,
    elided,
    empty_passages_message,
    legend_layout,
    no_documents,
    no_documents_open,
    paint_legend,
)
from desktop.ui.i18n import decimal, plural, translate
from desktop.ui.text_util import short

MARGIN = 8.0
MIN_MARK = 2.0  # a one-word passage in a long text must still show
HIT_SLOP = 3.0  # pointer tolerance beside a thin mark


def caption_text() -> str:
    """The line above the strips (in the interface's language)."""
    return translate(
        "StripsView", "Position in each text, start → end (right-to-left texts are not mirrored)"
    )


@dataclass(frozen=True)
class Strip:
    document: DocumentInfo
    passages: tuple[AnnotationInfo, ...]  # in reading order


class StripsCanvas(PointerCanvas):
    """The painted strips. ``mark_rect`` is the single source of a mark's geometry: the
    painter draws it and the pointer and keyboard find marks by it."""

    passageChosen = Signal(int)
    currentMoved = Signal(QRect)  # the keyboard's mark, so the scroll area can follow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("StripsView", "Document strips"))
        self._strips: list[Strip] = []
        self._tags: dict[int, TagInfo] = {}
        self._tag_order: dict[int, int] = {}
        self._row_of: dict[int, int] = {}  # annotation → strip index
        self._annotation: dict[int, AnnotationInfo] = {}
        self._current: int | None = None  # annotation the keyboard is on
        self._legend_cache: tuple[float, list[LegendEntry], float] | None = None

    # -- content -------------------------------------------------------------------------

    def set_strips(self, strips: list[Strip], tags: list[TagInfo]) -> None:
        self._strips = strips
        self._tags = {t.id: t for t in tags}
        self._tag_order = {t.id: index for index, t in enumerate(tags)}
        self._row_of = {a.id: row for row, s in enumerate(strips) for a in s.passages}
        self._annotation = {a.id: a for s in strips for a in s.passages}
        if self._current not in self._annotation:
            self._current = None
        self._legend_cache = None
        self.setMinimumHeight(round(self._content_height(max(self.width(), 300))))
        self.updateGeometry()
        self.update()

    def strips(self) -> list[Strip]:
        return list(self._strips)

    def lane_tags(self, annotation: AnnotationInfo) -> list[TagInfo]:
        """The shown tags of a passage, one lane each, in codebook order."""
        found = [t for t in annotation.tag_ids if t in self._tags]
        return [self._tags[t] for t in sorted(found, key=self._tag_order.__getitem__)]

    # -- geometry ------------------------------------------------------------------------

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _legend_items(self) -> list[tuple[str, str]]:
        used = {t for s in self._strips for a in s.passages for t in a.tag_ids}
        return [(t.colour, t.name) for t in self._tags.values() if t.id in used]

    def _legend(self, width: float) -> tuple[list[LegendEntry], float]:
        """The legend at this width, laid out once: every mark's place depends on its height."""
        if self._legend_cache is None or self._legend_cache[0] != width:
            entries, height = legend_layout(
                self._metrics(), self._legend_items(), MARGIN, MARGIN, width - 2 * MARGIN
            )
            self._legend_cache = (width, entries, height)
        return self._legend_cache[1], self._legend_cache[2]

    def _row_height(self) -> float:
        return self._bar_height() + self._metrics().height() * 0.6

    def _bar_height(self) -> float:
        return max(18.0, self._metrics().height() * 1.4)

    def _top(self) -> float:
        return MARGIN + self._legend(self.width())[1] + MARGIN

    def _content_height(self, width: float) -> float:
        legend = self._legend(width)[1]
        return 2 * MARGIN + legend + MARGIN + len(self._strips) * self._row_height()

    def label_width(self) -> float:
        """Titles get about 16 average characters, never more than a third of the width."""
        wanted = self._metrics().averageCharWidth() * 16
        return max(60.0, min(wanted, self.width() / 3))

    def bar_rect(self, row: int) -> QRectF:
        left = MARGIN + self.label_width() + MARGIN
        top = self._top() + row * self._row_height() + (self._row_height() - self._bar_height()) / 2
        return QRectF(left, top, max(self.width() - left - MARGIN, 10.0), self._bar_height())

    def label_rect(self, row: int) -> QRectF:
        bar = self.bar_rect(row)
        return QRectF(MARGIN, bar.top(), self.label_width(), bar.height())

    def mark_rect(self, annotation_id: int) -> QRectF:
        """Where a passage is drawn: from start/length to end/length of its bar, at least
        ``MIN_MARK`` wide (kept inside the bar). Empty if the passage is not shown."""
        row = self._row_of.get(annotation_id)
        if row is None:
            return QRectF()
        annotation = self._annotation[annotation_id]
        length = self._strips[row].document.length
        if length <= 0:
            return QRectF()
        bar = self.bar_rect(row)
        left = bar.left() + bar.width() * annotation.start / length
        width = max(bar.width() * (annotation.end - annotation.start) / length, MIN_MARK)
        left = min(left, bar.right() - width)
        return QRectF(left, bar.top(), width, bar.height())

    def _paint_order(self, row: int) -> list[AnnotationInfo]:
        """Longest first, so shorter (inner) passages are drawn over the ones around them."""
        return sorted(self._strips[row].passages, key=lambda a: (a.start - a.end, a.start, a.id))

    def _row_at(self, point: QPointF) -> int | None:
        for row in range(len(self._strips)):
            bar = self.bar_rect(row)
            if bar.top() <= point.y() <= bar.bottom():
                return row
        return None

    def annotation_at(self, point: QPointF | QPoint) -> int | None:
        """The topmost (innermost) passage under ``point``; a thin mark a few pixels away
        counts when nothing is exactly under it."""
        point = QPointF(point)
        row = self._row_at(point)
        if row is None:
            return None
        order = list(reversed(self._paint_order(row)))
        for slop in (0.0, HIT_SLOP):
            for annotation in order:
                if self.mark_rect(annotation.id).adjusted(-slop, 0, slop, 0).contains(point):
                    return annotation.id
        return None

    def tooltip_at(self, point: QPointF | QPoint) -> str:
        """A passage's tags, place and quote; or a document's full description."""
        point = QPointF(point)
        found = self.annotation_at(point)
        if found is not None:
            annotation = self._annotation[found]
            document = self._strips[self._row_of[found]].document
            names = ", ".join(t.name for t in self.lane_tags(annotation))
            share = 100 * annotation.start / document.length
            into = translate("StripsView", "{percent} % into {title}").format(
                percent=decimal(share, 0), title=short(document.title, 60)
            )
            return f"{names}\n“{short(annotation.quote, 120)}”\n{into}"
        for row, strip in enumerate(self._strips):
            if self.label_rect(row).contains(point) or self.bar_rect(row).contains(point):
                shown = plural(
                    len(strip.passages),
                    translate("StripsView", "{n} passage shown"),
                    translate("StripsView", "{n} passages shown"),
                )
                return f"{document_tooltip(strip.document)}\n{shown}"
        return ""

    # -- painting ------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(600, round(self._content_height(600)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text = palette.text().color()
        painter.fillRect(self.rect(), palette.base())
        paint_legend(painter, self._legend(self.width())[0], text)
        metrics = self._metrics()
        grid = QColor(text)
        grid.setAlphaF(0.25)
        for row, strip in enumerate(self._strips):
            bar = self.bar_rect(row)
            if not bar.intersects(QRectF(event.rect())):
                continue
            painter.setPen(text)
            label = elided(metrics, strip.document.title, self.label_width())
            painter.drawText(self.label_rect(row), Qt.AlignmentFlag.AlignVCenter, label)
            painter.setPen(grid)
            painter.setBrush(palette.alternateBase())
            painter.drawRect(bar)
            for quarter in (0.25, 0.5, 0.75):  # faint guides: a quarter, half, three quarters in
                x = bar.left() + bar.width() * quarter
                painter.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()))
            painter.setPen(Qt.PenStyle.NoPen)
            for annotation in self._paint_order(row):
                self._paint_mark(painter, annotation)
        if self._current is not None and self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.highlight().color(), 2))
            painter.drawRect(self.mark_rect(self._current).adjusted(-2, -2, 2, 2))
        painter.end()

    def _paint_mark(self, painter: QPainter, annotation: AnnotationInfo) -> None:
        rect = self.mark_rect(annotation.id)
        lanes = self.lane_tags(annotation)
        if rect.isEmpty() or not lanes:
            return
        height = rect.height() / len(lanes)
        for index, tag in enumerate(lanes):
            painter.fillRect(
                QRectF(rect.left(), rect.top() + index * height, rect.width(), height),
                QColor(tag.colour),
            )

    # -- pointer and keyboard ------------------------------------------------------------

    def item_at(self, point: QPointF) -> int | None:
        return self.annotation_at(point)

    def choose_item(self, item: Any) -> None:
        self._current = item
        self.update()
        self.passageChosen.emit(item)

    def _reading_order(self) -> list[int]:
        return [a.id for s in self._strips for a in s.passages]

    def current(self) -> int | None:
        return self._current

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left/Right step through passages in reading order, Up/Down go to the nearest
        passage of the strip above or below, Enter or Space shows it in the reader."""
        order = self._reading_order()
        key = event.key()
        if not order:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._current is not None:
                self.passageChosen.emit(self._current)
            return
        moved = self._moved(order, key)
        if moved is None:
            super().keyPressEvent(event)
            return
        self._current = moved
        self.update()
        self.currentMoved.emit(self.mark_rect(moved).toAlignedRect())

    def _centre(self, annotation_id: int) -> float:
        return self.mark_rect(annotation_id).center().x()

    def _moved(self, order: list[int], key: int) -> int | None:
        current = self._current
        if current is None:
            return order[0] if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else None
        index = order.index(current)
        if key == Qt.Key.Key_Right:
            return order[min(index + 1, len(order) - 1)]
        if key == Qt.Key.Key_Left:
            return order[max(index - 1, 0)]
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self._row_of[current] + (1 if key == Qt.Key.Key_Down else -1)
            rows = range(row, len(self._strips)) if key == Qt.Key.Key_Down else range(row, -1, -1)
            x = self._centre(current)
            for candidate in rows:  # skip strips without passages
                passages = self._strips[candidate].passages
                if passages:
                    return min(passages, key=lambda a: abs(self._centre(a.id) - x)).id
            return current
        return None

    def focusInEvent(self, event: object) -> None:
        self.update()
        super().focusInEvent(event)  # type: ignore[arg-type]

    def focusOutEvent(self, event: object) -> None:
        self.update()
        super().focusOutEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._legend_cache = None
            self.setMinimumHeight(round(self._content_height(self.width())))
        super().changeEvent(event)

    def resizeEvent(self, event: object) -> None:
        # The legend wraps differently at another width, and the strips move with it.
        self.setMinimumHeight(round(self._content_height(self.width())))
        super().resizeEvent(event)  # type: ignore[arg-type]


class StripsView(CompareView):
    @property
    def title(self) -> str:
        return translate("StripsView", "Strips")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = CompareData((), (), ())
        self.scope = ScopeChoice()
        self.kinds = KindChoice()
        controls = QHBoxLayout()
        controls.addWidget(self.scope)
        controls.addWidget(self.kinds)
        controls.addStretch(1)
        self.caption = QLabel(caption_text())
        self.caption.setWordWrap(True)
        self.canvas = StripsCanvas()
        self.canvas.passageChosen.connect(self.passageChosen)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.canvas)
        # Tab goes straight to the strips (the canvas scrolls its current one into view).
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.canvas.currentMoved.connect(
            lambda r: self.scroll_area.ensureVisible(r.center().x(), r.center().y(), 20, 20)
        )
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.body = QStackedWidget()
        self.body.addWidget(self.message)
        self.body.addWidget(self.scroll_area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.caption)
        layout.addWidget(self.body, 1)
        self.scope.currentIndexChanged.connect(self._rebuild)
        self.kinds.currentIndexChanged.connect(self._rebuild)
        self._rebuild()

    def refresh(self, data: CompareData) -> None:
        self._data = data
        self.kinds.set_kinds(data.kinds())
        self._rebuild()

    def message_text(self) -> str | None:
        """The empty state shown instead of the strips, if any."""
        return self.message.text() if self.body.currentWidget() is self.message else None

    def _rebuild(self) -> None:
        data = self._data
        documents = chosen_documents(data, self.scope.scope())
        tags = chosen_tags(data, self.kinds.kind())
        found = analysis.passages_with(
            data.annotations_in(d.id for d in documents),
            [t.id for t in tags],
            [d.id for d in documents],
        )
        strips = [Strip(d, tuple(found[d.id])) for d in documents]
        self.canvas.set_strips(strips, tags)
        if not data.documents:
            empty = no_documents()
        elif not documents:
            empty = no_documents_open() if self.scope.scope() == "open" else no_documents()
        elif not any(s.passages for s in strips):
            empty = empty_passages_message(data, documents, self.kinds.kind())
        else:
            empty = None
        self.message.setText(empty or "")
        self.caption.setVisible(empty is None)
        self.body.setCurrentWidget(self.message if empty else self.scroll_area)
