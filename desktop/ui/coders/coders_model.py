"""The project's coders as table rows: a box to show or hide each one's annotations in the
reader and the Annotations list, and how many annotations each made."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from desktop.core.coders import CoderCount
from desktop.core.records import AnnotationInfo
from desktop.ui.i18n import number, plural, translate
from desktop.ui.session import ProjectSession
from desktop.ui.table_model import Index

CODER_ROLE = Qt.ItemDataRole.UserRole + 1  # the coder's name as stored ("" for none)


def coder_label(coder: str) -> str:
    """A coder's name as shown: annotations made before any name was set have none."""
    return coder or translate("CodersModel", "(no name)")


class CodersModel(QAbstractTableModel):
    """Rows follow the session: ticking a box shows that coder, unticking hides them."""

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[CoderCount] = []
        session.hiddenCodersChanged.connect(self._checks_changed)

    # -- contents -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the coders and their counts afresh from the project (one query)."""
        self._show(self.session.service.coders())

    def update(self, before: Iterable[AnnotationInfo], after: Iterable[AnnotationInfo]) -> None:
        """Some annotations changed (as the session's delta says): adjust the counts."""
        every: Counter[str] = Counter()
        orphans: Counter[str] = Counter()
        for sign, changed in ((-1, before), (1, after)):
            for annotation in changed:
                every[annotation.coder] += sign
                orphans[annotation.coder] += sign * annotation.orphan
        rows = {r.coder: r for r in self._rows}
        for coder in every.keys() | orphans.keys():
            row = rows.get(coder, CoderCount(coder, 0, 0))
            every_now, orphans_now = row.annotations + every[coder], row.orphans + orphans[coder]
            rows[coder] = replace(row, annotations=every_now, orphans=orphans_now)
        found = [r for r in rows.values() if r.annotations > 0]
        self._show(sorted(found, key=lambda c: (c.coder.casefold(), c.coder)))

    def _show(self, rows: list[CoderCount]) -> None:
        if [r.coder for r in rows] != [r.coder for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        elif rows != self._rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 1))

    def coders(self) -> list[str]:
        return [r.coder for r in self._rows]

    def you_changed(self) -> None:
        """The current coder (a preference) changed: "(you)" moves."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def _checks_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    # -- the table ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("CodersModel", "Coder"),
                translate("CodersModel", "Annotations"),
            )[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        found = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == 0:
            found |= Qt.ItemFlag.ItemIsUserCheckable
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        shown = row.coder not in self.session.hidden_coders
        you = row.coder == self.session.service.coder
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1:
                return number(row.annotations)
            name = coder_label(row.coder)
            return translate("CodersModel", "{coder} (you)").format(coder=name) if you else name
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self._describe(row, shown)
        if role == CODER_ROLE:
            return row.coder
        return None

    def _describe(self, row: CoderCount, shown: bool) -> str:
        count = plural(
            row.annotations,
            translate("CodersModel", "{n} annotation"),
            translate("CodersModel", "{n} annotations"),
        )
        if row.orphans:
            count = translate("CodersModel", "{count}, {orphans} of them orphaned").format(
                count=count, orphans=number(row.orphans)
            )
        state = (
            translate("CodersModel", "shown in the reader")
            if shown
            else translate("CodersModel", "hidden in the reader (not deleted)")
        )
        return translate("CodersModel", "{coder}: {count}; {state}").format(
            coder=coder_label(row.coder), count=count, state=state
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        coder = self._rows[index.row()].coder
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        hidden = self.session.hidden_coders
        self.session.set_hidden_coders(hidden - {coder} if checked else hidden | {coder})
        return True
