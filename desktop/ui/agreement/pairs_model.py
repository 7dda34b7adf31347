"""The Agreement view's pairs: with three coders or more, each pair of them compared alone
on the tag row chosen above (or all tags), at the level shown — which coder is out of step,
which α over all of them cannot say. Figures as in the main table (table_model.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.core.agreement_units import Figures, PairAgreement, TagAgreement
from desktop.ui.agreement.choices import coder_label
from desktop.ui.agreement.table_model import DASH, Index, coefficient, percent
from desktop.ui.i18n import number, translate

(PAIR, UNITS, PERCENT, KAPPA, DISAGREEMENTS) = range(5)


def pair_label(coders: tuple[str, ...], pair: tuple[int, int]) -> str:
    return translate("AgreementView", "{first} – {second}").format(
        first=coder_label(coders[pair[0]]), second=coder_label(coders[pair[1]])
    )


class PairsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.coders: tuple[str, ...] = ()
        self._pairs: tuple[PairAgreement, ...] = ()
        self.level = "characters"

    def set_row(self, coders: tuple[str, ...], row: TagAgreement | None) -> None:
        """The pairs of ``row`` (a tag's, or all tags'); none when it has none."""
        self.beginResetModel()
        self.coders = coders
        self._pairs = row.pairs if row is not None else ()
        self.endResetModel()

    def set_level(self, level: str) -> None:
        self.level = level
        if self._pairs:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._pairs) - 1, KAPPA))

    def pair_at(self, row: int) -> PairAgreement | None:
        return self._pairs[row] if 0 <= row < len(self._pairs) else None

    def least_in_step(self) -> tuple[str, float] | None:
        """The coder whose mean agreement with the others (over the pairs with a figure,
        at the level shown) is lowest, and that mean; None on a tie or with no figure."""
        shares: dict[int, list[float]] = {}
        for pair in self._pairs:
            value = self._figures(pair).percent
            if value is not None:
                shares.setdefault(pair.first, []).append(value)
                shares.setdefault(pair.second, []).append(value)
        means = sorted((sum(v) / len(v), coder) for coder, v in shares.items())
        if len(means) < 3 or means[0][0] == means[1][0]:
            return None
        return self.coders[means[0][1]], means[0][0]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else DISAGREEMENTS + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("AgreementView", "Pair of coders"),
                translate("AgreementView", "Units"),
                translate("AgreementView", "Agreement %"),
                translate("AgreementView", "Cohen's κ"),
                translate("AgreementView", "Disagreements"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                translate(
                    "AgreementView",
                    "Two of the chosen coders, compared alone on the same units as all of them",
                ),
                translate(
                    "AgreementView", "Units both coders of the pair coded (in documents both coded)"
                ),
                translate("AgreementView", "How often two coders gave the same value"),
                translate("AgreementView", "Agreement beyond chance between two coders"),
                translate(
                    "AgreementView",
                    "Passages these two coders disagree on; choose the pair to list them below",
                ),
            )[section]
        return None

    def _figures(self, pair: PairAgreement) -> Figures:
        return pair.characters if self.level == "characters" else pair.passages

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        pair = self.pair_at(index.row())
        if pair is None or not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != PAIR:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        figures = self._figures(pair)
        value = {PERCENT: figures.percent, KAPPA: figures.kappa}.get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PAIR:
                return pair_label(self.coders, (pair.first, pair.second))
            if column == UNITS:
                return number(figures.units)
            if column == DISAGREEMENTS:
                return number(pair.disagreements)
            if value is None:
                return DASH
            return percent(value) if column == PERCENT else coefficient(value)
        undefined = column in (PERCENT, KAPPA) and value is None
        if undefined and role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if not figures.units:
                return translate(
                    "AgreementView",
                    "These two coders never coded the same document here: there is nothing to "
                    "compare.",
                )
            return translate(
                "AgreementView",
                "The coders gave the same value throughout: agreement cannot be told from "
                "chance, so this figure is undefined.",
            )
        return None
