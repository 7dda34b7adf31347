"""Annotations as table rows: document, passage, tags, note, coder."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from desktop.core.records import AnnotationInfo, DocumentInfo, TagInfo
from desktop.ui.i18n import translate
from desktop.ui.swatches import swatch
from desktop.ui.table_model import Index, RecordTableModel
from desktop.ui.text_util import short

ANNOTATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The roles a cell answers; the view asks each cell for a dozen (font, colours, alignment…)
# on every repaint, and those get the view's defaults before any other work.
_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        ANNOTATION_ID_ROLE,
    )
)


class AnnotationTableModel(RecordTableModel):
    columns = ("document", "passage", "tags", "note", "coder")  # ids; headers() shows them

    def headers(self) -> tuple[str, ...]:
        """The column headers, in the interface's language (looked up when shown)."""
        return (
            translate("AnnotationTableModel", "Document"),
            translate("AnnotationTableModel", "Passage"),
            translate("AnnotationTableModel", "Tags"),
            translate("AnnotationTableModel", "Note"),
            translate("AnnotationTableModel", "Coder"),
        )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._documents: dict[int, DocumentInfo] = {}
        self._tags: dict[int, TagInfo] = {}
        self._by_id: dict[int, AnnotationInfo] = {}
        self._rank: dict[int, int] = {}  # document id -> place in the corpus

    @property
    def documents(self) -> dict[int, DocumentInfo]:
        return self._documents

    @property
    def tags(self) -> dict[int, TagInfo]:
        return self._tags

    def set_data(
        self,
        annotations: list[AnnotationInfo],
        documents: list[DocumentInfo],
        tags: list[TagInfo],
    ) -> None:
        """Rows in corpus order, then reading order."""
        self._documents = {d.id: d for d in documents}
        self._rank = {d.id: rank for rank, d in enumerate(documents)}
        self._tags = {t.id: t for t in tags}
        self._by_id = {a.id: a for a in annotations}
        self._set_rows(sorted(annotations, key=self._order))

    def set_tags(self, tags: list[TagInfo]) -> None:
        """New tag names or colours: the Tags column shows them."""
        self._tags = {t.id: t for t in tags}
        if self._rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._rows) - 1, 2))

    def update(self, before: Iterable[AnnotationInfo], after: Iterable[AnnotationInfo]) -> None:
        """Some annotations changed: ``before`` as they were, ``after`` as they are now.
        A row that keeps its place is updated where it is (so it stays selected)."""
        shown = self._by_id
        after = list(after)
        in_place = {
            a.id for a in after if a.id in shown and self._order(shown[a.id]) == self._order(a)
        }
        for annotation in (*before, *after):
            if annotation.id in shown and annotation.id not in in_place:
                row = self._row(shown.pop(annotation.id))
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        for annotation in after:
            if annotation.id in in_place:
                row = self._row(annotation)
                self._rows[row] = shown[annotation.id] = annotation
                self._row_changed(row)
                continue
            row = bisect_left(self._rows, self._order(annotation), key=self._order)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, annotation)
            self._by_id[annotation.id] = annotation
            self.endInsertRows()

    def _order(self, annotation: AnnotationInfo) -> tuple[int, int, int, int]:
        rank = self._rank.get(annotation.document_id, len(self._rank))
        return rank, annotation.start, annotation.end, annotation.id

    def _row(self, annotation: AnnotationInfo) -> int:
        return bisect_left(self._rows, self._order(annotation), key=self._order)

    def annotation_at(self, row: int) -> AnnotationInfo | None:
        record: AnnotationInfo | None = self.record_at(row)
        return record

    def row_of(self, annotation_id: int) -> int:
        annotation = self._by_id.get(annotation_id)
        return -1 if annotation is None else self._row(annotation)

    def tag_names(self, annotation: AnnotationInfo) -> list[str]:
        return [self._tags[t].name for t in self._ordered_tags(annotation)]

    def _ordered_tags(self, annotation: AnnotationInfo) -> list[int]:
        present = [t for t in annotation.tag_ids if t in self._tags]
        return sorted(present, key=lambda t: (self._tags[t].kind, self._tags[t].position))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        annotation = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                document = self._documents.get(annotation.document_id)
                return f"[{document.language}] {document.title}" if document else ""
            if column == 1:  # an orphan is listed, but not where its text could show it
                return ("⚠ " if annotation.orphan else "") + short(annotation.quote, 80)
            if column == 2:
                names = ", ".join(self.tag_names(annotation))
                return names or translate("AnnotationTableModel", "No tags")
            if column == 3:
                return short(annotation.note, 60)
            return annotation.coder
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 3):
            if column == 1 and annotation.orphan:
                return translate(
                    "AnnotationTableModel",
                    "Orphaned (not found when its text was replaced): {quote}",
                ).format(quote=annotation.quote)
            return annotation.quote if column == 1 else annotation.note or None
        if role == Qt.ItemDataRole.DecorationRole and column == 2:
            tags = self._ordered_tags(annotation)
            return swatch(self._tags[tags[0]].colour) if tags else None
        if role == ANNOTATION_ID_ROLE:
            return annotation.id
        return None
