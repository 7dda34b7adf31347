"""The Agreement view's table: one row per tag, then all tags pooled, at one level.

Shares are shown as percentages with one decimal and κ and α with three, in the
locale's notation; an undefined figure (agreement.py says when) is a dash whose tooltip
says why.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.core.agreement_units import Agreement, Figures, TagAgreement
from desktop.core.records import TagInfo
from desktop.ui.agreement.choices import tag_path
from desktop.ui.i18n import decimal, number, translate
from desktop.ui.kinds import kind_heading

Index = QModelIndex | QPersistentModelIndex
LEVELS = ("characters", "passages")
TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DASH = "—"
(TAG, UNITS, PERCENT, SPECIFIC, KAPPA, ALPHA, DISAGREEMENTS) = range(7)


@dataclass(frozen=True)
class Row:
    tag_id: int | None  # None: all tags
    name: str
    kind: str
    figures: TagAgreement
    disagreements: int


def percent(value: float) -> str:
    return decimal(value * 100, 1)


def coefficient(value: float) -> str:
    return decimal(value, 3)


class AgreementTableModel(QAbstractTableModel):
    """The figures of one result at one level (``LEVELS``)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self.level = "characters"
        self.coders = 0

    def set_result(self, result: Agreement | None, tags: Sequence[TagInfo]) -> None:
        self.beginResetModel()
        self._rows = []
        if result is not None:
            self.coders = len(result.coders)
            by_id = {t.id: t for t in tags}
            counted = Counter(d.tag_id for d in result.disagreements)
            for row in result.tags:
                tag = by_id.get(row.tag_id) if row.tag_id is not None else None
                name = tag_path(tag, by_id) if tag else str(row.tag_id)
                kind = kind_heading(tag.kind) if tag else ""
                self._rows.append(Row(row.tag_id, name, kind, row, counted[row.tag_id]))
            everything = translate("AgreementView", "All tags")
            self._rows.append(Row(None, everything, "", result.overall, len(result.disagreements)))
        self.endResetModel()

    def set_level(self, level: str) -> None:
        self.level = level
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, ALPHA))

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else DISAGREEMENTS + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("AgreementView", "Tag"),
                translate("AgreementView", "Units"),
                translate("AgreementView", "Agreement %"),
                translate("AgreementView", "Specific agreement %"),
                translate("AgreementView", "Cohen's κ"),
                translate("AgreementView", "Krippendorff's α"),
                translate("AgreementView", "Disagreements"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                None,
                translate(
                    "AgreementView",
                    "What was compared: characters, or passages matched across coders (a "
                    "match overlaps by at least half of the longer passage), coded by two "
                    "coders or more",
                ),
                translate("AgreementView", "How often two coders gave the same value"),
                translate(
                    "AgreementView",
                    "How often a coder who gave the tag was matched by another coder "
                    "(ignores what nobody tagged)",
                ),
                translate("AgreementView", "Agreement beyond chance between two coders"),
                translate(
                    "AgreementView", "Agreement beyond chance, any number of coders (nominal)"
                ),
                translate(
                    "AgreementView", "Passages the coders disagree on, listed below the table"
                ),
            )[section]
        return None

    def _figures(self, row: Row) -> Figures:
        return row.figures.characters if self.level == "characters" else row.figures.passages

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None or not index.isValid():
            return None
        column = index.column()
        if role == TAG_ID_ROLE:
            return row.tag_id
        if role == Qt.ItemDataRole.FontRole and row.tag_id is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != TAG:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        figures = self._figures(row)
        value = self._value(figures, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TAG:
                return row.name
            if column == UNITS:
                return number(figures.units)
            if column == DISAGREEMENTS:
                return number(row.disagreements)
            if value is None:
                return DASH
            return percent(value) if column in (PERCENT, SPECIFIC) else coefficient(value)
        if role == Qt.ItemDataRole.ToolTipRole and column == TAG:
            return row.kind or None
        undefined = column in (PERCENT, SPECIFIC, KAPPA, ALPHA) and value is None
        if undefined and role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.why_undefined(figures, column)
        return None

    @staticmethod
    def _value(figures: Figures, column: int) -> float | None:
        return {
            PERCENT: figures.percent,
            SPECIFIC: figures.specific,
            KAPPA: figures.kappa,
            ALPHA: figures.alpha,
        }.get(column)

    def why_undefined(self, figures: Figures, column: int) -> str:
        """Why a figure is a dash."""
        if column == KAPPA and self.coders != 2:
            return translate(
                "AgreementView",
                "Cohen's κ compares exactly two coders; Krippendorff's α takes any number.",
            )
        if not figures.units:
            return translate(
                "AgreementView",
                "Nothing was coded by two coders or more here: there is nothing to compare.",
            )
        if column == SPECIFIC:
            return translate(
                "AgreementView",
                "No coder gave this tag where another coder also coded: there is nothing to "
                "measure.",
            )
        return translate(
            "AgreementView",
            "The coders gave the same value throughout: agreement cannot be told from chance, "
            "so this figure is undefined.",
        )
