"""The Corpus dock: every document with its language, outlet, date and annotation count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTableView, QWidget

from desktop.core.records import DocumentInfo
from desktop.ui.table_model import Index, RecordTableModel
from desktop.ui.text_util import language_label


class CorpusModel(RecordTableModel):
    columns = ("Title", "Lang.", "Outlet", "Date", "Annot.")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._open: set[int] = set()

    def set_documents(self, documents: list[DocumentInfo]) -> None:
        self._set_rows(documents)

    def set_open(self, document_ids: list[int]) -> None:
        self._open = set(document_ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def document_at(self, row: int) -> DocumentInfo | None:
        record: DocumentInfo | None = self.record_at(row)
        return record

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        doc = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                doc.title,
                doc.language or "—",
                doc.source or "—",
                doc.published or "—",
                doc.annotation_count,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            state = "open in the reader" if doc.id in self._open else "double-click to open"
            return (
                f"{doc.title}\n{language_label(doc.language)} · {doc.length} characters · {state}"
            )
        if role == Qt.ItemDataRole.FontRole and doc.id in self._open:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CorpusDock(QDockWidget):
    openRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Corpus", parent)
        self.setObjectName("corpusDock")
        self.model = CorpusModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Documents")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(CorpusModel.columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.setWidget(self.table)

    def _open(self, index: QModelIndex) -> None:
        doc = self.model.document_at(index.row())
        if doc is not None:
            self.openRequested.emit(doc.id)
