"""The Agreement view's disagreements: each passage group where coders differ on a tag,
one column per coder holding that coder's passage (or "(none)"), side by side; those of
one tag, or of one pair of coders, when chosen."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.core.agreement_units import Agreement, Disagreement, Passage, differ
from desktop.ui.agreement.choices import coder_label
from desktop.ui.i18n import translate
from desktop.ui.text_util import short

Index = QModelIndex | QPersistentModelIndex
DOCUMENT, TAG = 0, 1  # then one column per coder
QUOTE_LENGTH = 90


class DisagreementsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: tuple[Disagreement, ...] = ()
        self._rows: list[Disagreement] = []
        self.coders: tuple[str, ...] = ()
        self._titles: Mapping[int, str] = {}
        self._tags: Mapping[int, str] = {}
        self.tag_id: int | None = None
        self.pair: tuple[int, int] | None = None  # only where these two coders differ

    def set_result(
        self, result: Agreement | None, titles: Mapping[int, str], tags: Mapping[int, str]
    ) -> None:
        """Show ``result``'s disagreements (document titles and tag names by id)."""
        self.beginResetModel()
        self._all = result.disagreements if result is not None else ()
        self.coders = result.coders if result is not None else ()
        self.pair = None
        self._titles, self._tags = titles, tags
        self._rows = self._chosen()
        self.endResetModel()

    def set_tag(self, tag_id: int | None) -> None:
        """Only the disagreements on ``tag_id`` (None: all)."""
        self.beginResetModel()
        self.tag_id = tag_id
        self._rows = self._chosen()
        self.endResetModel()

    def set_pair(self, pair: tuple[int, int] | None) -> None:
        """Only the disagreements between coders ``pair`` (positions; None: any)."""
        self.beginResetModel()
        self.pair = pair
        self._rows = self._chosen()
        self.endResetModel()
        if self.coders:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 2, 1 + len(self.coders))

    def _chosen(self) -> list[Disagreement]:
        pair = self.pair
        return [
            d
            for d in self._all
            if (self.tag_id is None or d.tag_id == self.tag_id)
            and (pair is None or differ(d, *pair))
        ]

    def disagreement_at(self, row: int) -> Disagreement | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def passage_at(self, index: Index) -> Passage | None:
        """The passage to show for a cell: its coder's, else the row's first."""
        found = self.disagreement_at(index.row())
        if found is None:
            return None
        coder = index.column() - 2
        if 0 <= coder < len(found.passages) and found.passages[coder] is not None:
            return found.passages[coder]
        return next((p for p in found.passages if p is not None), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2 + len(self.coders)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.FontRole and self.pair and section - 2 in self.pair:
            font = QFont()  # the two coders of the pair chosen stand out
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == DOCUMENT:
            return translate("AgreementView", "Document")
        if section == TAG:
            return translate("AgreementView", "Tag")
        return coder_label(self.coders[section - 2])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.disagreement_at(index.row())
        if found is None or not index.isValid():
            return None
        column = index.column()
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == DOCUMENT:
            return self._titles.get(found.document_id, str(found.document_id))
        if column == TAG:
            return self._tags.get(found.tag_id, str(found.tag_id))
        coder = column - 2
        passage, gave = found.passages[coder], found.gave[coder]
        if gave is None:
            return translate("AgreementView", "(did not code this document)")
        if passage is None:
            return translate("AgreementView", "(none)")
        tip = role == Qt.ItemDataRole.ToolTipRole
        text = passage.quote if tip else short(passage.quote, QUOTE_LENGTH)
        if not gave:  # a passage there, but without this tag
            return translate("AgreementView", "{passage} (other tags)").format(passage=text)
        return text

    def count(self) -> int:
        return len(self._rows)
