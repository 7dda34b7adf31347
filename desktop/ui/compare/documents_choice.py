"""What the drawn Compare views (strips, charts) share: which documents and tags they
show, how a document is described, a legend laid out once for painting and sizing, and
how their marks answer the pointer."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QComboBox, QToolTip, QWidget

from desktop.core.records import DocumentInfo, TagInfo
from desktop.ui.compare.base import CompareData
from desktop.ui.i18n import plural, translate
from desktop.ui.kinds import kind_heading, kind_noun
from desktop.ui.text_util import language_label

Scope = Literal["open", "all"]


# Empty states, looked up when shown (so in the interface's language).
def no_documents_open() -> str:
    return translate(
        "DocumentsChoice",
        "No documents open — open documents in the reader or choose All documents.",
    )


def no_documents() -> str:
    return translate("DocumentsChoice", "No documents in this project yet.")


def no_annotations() -> str:
    return translate("DocumentsChoice", "No annotations in these documents yet.")


def no_tags() -> str:
    return translate("DocumentsChoice", "No tags in the codebook yet.")


def no_tagged() -> str:
    return translate("DocumentsChoice", "No tagged passages in these documents yet.")


def empty_passages_message(
    data: CompareData, documents: Sequence[DocumentInfo], kind: str | None
) -> str:
    """Why chosen documents show nothing: no tags, no passages, none tagged, or none of
    the kind chosen."""
    if not data.tags:
        return no_tags()
    ids = {d.id for d in documents}
    annotated = [a for a in data.annotations if a.document_id in ids]
    if not annotated:
        return no_annotations()
    if not any(a.tag_ids for a in annotated):
        return no_tagged()
    if kind is None:
        return no_tagged()
    return translate("DocumentsChoice", "No passages with {kind} tags in these documents.").format(
        kind=kind_noun(kind)
    )


def chosen_documents(data: CompareData, scope: Scope) -> list[DocumentInfo]:
    """The open documents in reader order, or every document in project order."""
    if scope == "all":
        return list(data.documents)
    by_id = {d.id: d for d in data.documents}
    return [by_id[i] for i in data.open_ids if i in by_id]


def chosen_tags(data: CompareData, kind: str | None) -> list[TagInfo]:
    return list(data.tags) if kind is None else data.tags_of_kind(kind)


def document_tooltip(document: DocumentInfo) -> str:
    """Full title, language and length: what an elided label leaves out."""
    characters = plural(
        document.length,
        translate("DocumentsChoice", "{n} character"),
        translate("DocumentsChoice", "{n} characters"),
    )
    return f"{document.title}\n{language_label(document.language)} · {characters}"


def elided(metrics: QFontMetricsF, text: str, width: float) -> str:
    """``text`` on one line within ``width`` pixels (Qt elides right-to-left text at its
    logical end, so an Arabic title keeps its beginning too)."""
    return metrics.elidedText(" ".join(text.split()), Qt.TextElideMode.ElideRight, max(width, 0))


class ScopeChoice(QComboBox):
    """Open documents (the default: what the user is reading) or all documents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(translate("DocumentsChoice", "Open documents"), "open")
        self.addItem(translate("DocumentsChoice", "All documents"), "all")
        self.setToolTip(translate("DocumentsChoice", "Which documents to show"))
        self.setAccessibleName(translate("DocumentsChoice", "Documents shown"))

    def scope(self) -> Scope:
        return "all" if self.currentData() == "all" else "open"


class KindChoice(QComboBox):
    """All tags, or the tags of one kind; keeps its choice while the kinds are refilled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(translate("DocumentsChoice", "Which tags to show"))
        self.setAccessibleName(translate("DocumentsChoice", "Tags shown"))
        self.set_kinds([])

    def set_kinds(self, kinds: Sequence[str]) -> None:
        current = self.kind()
        self.blockSignals(True)
        self.clear()
        self.addItem(translate("DocumentsChoice", "All tags"), None)
        for kind in kinds:
            self.addItem(
                translate("DocumentsChoice", "{kind} tags").format(kind=kind_heading(kind)), kind
            )
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        if self.kind() != current:  # the kind chosen is gone: say the view must redraw
            self.currentIndexChanged.emit(self.currentIndex())

    def kind(self) -> str | None:
        value = self.currentData()
        return value if isinstance(value, str) else None


@dataclass(frozen=True)
class LegendEntry:
    swatch: QRectF
    text: QRectF
    label: str  # elided to fit
    colour: str


LEGEND_ENTRY_MAX = 220.0  # pixels for one entry's text: long titles are elided, not wrapped


def legend_layout(
    metrics: QFontMetricsF, items: Sequence[tuple[str, str]], left: float, top: float, width: float
) -> tuple[list[LegendEntry], float]:
    """Entries (colour, label) flowed into rows within ``width``; returns them and the
    height used, so that the same layout sizes the widget and is painted."""
    box = metrics.height() * 0.8
    gap = metrics.height()
    x, y, line = left, top, metrics.height() + 4
    entries: list[LegendEntry] = []
    for colour, text in items:
        label = elided(metrics, text, min(LEGEND_ENTRY_MAX, width - box - 6))
        needed = box + 6 + metrics.horizontalAdvance(label)
        if x > left and x + needed > left + width:
            x, y = left, y + line
        swatch = QRectF(x, y + (line - box) / 2, box, box)
        entries.append(
            LegendEntry(swatch, QRectF(x + box + 6, y, needed - box - 6, line), label, colour)
        )
        x += needed + gap
    return entries, (y + line - top) if entries else 0.0


def paint_legend(painter: QPainter, entries: Sequence[LegendEntry], text: QColor) -> None:
    for entry in entries:
        colour = QColor(entry.colour)
        painter.setPen(colour.darker(150))
        painter.setBrush(colour)
        painter.drawRect(entry.swatch)
        painter.setPen(text)
        painter.drawText(entry.text, Qt.AlignmentFlag.AlignVCenter, entry.label)


class PointerCanvas(QWidget):
    """A painted view whose marks answer the pointer: a tooltip, a hand over a mark, a
    click chooses it. Subclasses say what is under a point and what choosing it does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)

    def item_at(self, point: QPointF) -> object | None:
        raise NotImplementedError

    def tooltip_at(self, point: QPointF) -> str:
        raise NotImplementedError

    def choose_item(self, item: Any) -> None:
        raise NotImplementedError

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            tip = self.tooltip_at(QPointF(event.pos()))
            if tip:  # escaped: a quote may hold "<" that Qt would take for markup
                text = "<qt>" + html.escape(tip).replace("\n", "<br>")
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.item_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        found = self.item_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and found is not None:
            self.choose_item(found)
            return
        super().mouseReleaseEvent(event)
