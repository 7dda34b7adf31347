"""The part every flat table of records shares: rows, columns, headers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """A read-only table with one frozen record (with an ``id``) per row; subclasses say
    what cells show."""

    columns: tuple[str, ...] = ()  # one per column; headers() gives what the header shows

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def _set_rows(self, rows: list[Any]) -> None:
        """Show ``rows``: the same records in the same order repaint only changed rows."""
        rows = list(rows)
        if [r.id for r in rows] != [r.id for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        old, self._rows = self._rows, rows
        changed = [r for r, (a, b) in enumerate(zip(old, rows, strict=True)) if a != b]
        if changed:  # one repaint over the changed rows: one signal, not one per row
            last = len(self.columns) - 1
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def record_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headers(self) -> tuple[str, ...]:
        """The column headers as shown: subclasses translate them here, at run time (the
        class-level ``columns`` are read before the interface's language is installed)."""
        return self.columns

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None
