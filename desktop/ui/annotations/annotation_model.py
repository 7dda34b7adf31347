"""Annotations as table rows: document, passage, tags, note, coder."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.core.records import AnnotationInfo, DocumentInfo, TagInfo
from desktop.ui.swatches import swatch
from desktop.ui.table_model import Index, RecordTableModel
from desktop.ui.text_util import short

ANNOTATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AnnotationTableModel(RecordTableModel):
    columns = ("Document", "Passage", "Tags", "Note", "Coder")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._documents: dict[int, DocumentInfo] = {}
        self._tags: dict[int, TagInfo] = {}
        self._row_of: dict[int, int] = {}

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
        self._documents = {d.id: d for d in documents}
        self._tags = {t.id: t for t in tags}
        self._row_of = {a.id: row for row, a in enumerate(annotations)}
        self._set_rows(annotations)

    def annotation_at(self, row: int) -> AnnotationInfo | None:
        record: AnnotationInfo | None = self.record_at(row)
        return record

    def row_of(self, annotation_id: int) -> int:
        return self._row_of.get(annotation_id, -1)

    def tag_names(self, annotation: AnnotationInfo) -> list[str]:
        return [self._tags[t].name for t in self._ordered_tags(annotation)]

    def _ordered_tags(self, annotation: AnnotationInfo) -> list[int]:
        present = [t for t in annotation.tag_ids if t in self._tags]
        return sorted(present, key=lambda t: (self._tags[t].kind, self._tags[t].position))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        annotation = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                document = self._documents.get(annotation.document_id)
                return f"[{document.language}] {document.title}" if document else ""
            if column == 1:
                return short(annotation.quote, 80)
            if column == 2:
                return ", ".join(self.tag_names(annotation)) or "No tags"
            if column == 3:
                return short(annotation.note, 60)
            return annotation.coder
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 3):
            return annotation.quote if column == 1 else annotation.note or None
        if role == Qt.ItemDataRole.DecorationRole and column == 2:
            tags = self._ordered_tags(annotation)
            return swatch(self._tags[tags[0]].colour) if tags else None
        if role == ANNOTATION_ID_ROLE:
            return annotation.id
        return None
