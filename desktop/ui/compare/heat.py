"""What the Compare dock's tables share: a grid of numbers shaded by size (the matrix,
the co-occurrence table), its model and view, the codebook order of its rows, CSV export.

The views describe a table as a ``HeatTable`` of plain values; the model only draws it,
so a refresh that yields the same table repaints nothing and keeps the selection.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.core import analysis
from desktop.core.records import DocumentInfo, TagInfo
from desktop.ui import dialogs
from desktop.ui.colours import contrast
from desktop.ui.i18n import decimal, number, plural, translate
from desktop.ui.swatches import swatch
from desktop.ui.text_util import language_label

Index = QModelIndex | QPersistentModelIndex
Role = Literal["cell", "heading", "total"]
SHADES = 64  # steps of shading: finer ones could not be told apart
INDENT = "\u2003"  # an em space per level of sub-tag: header text cannot be padded otherwise


# Empty states, looked up when shown (so in the interface's language).
def no_documents() -> str:
    return translate("HeatTableView", "No documents in the project yet.")


def no_tags() -> str:
    return translate("HeatTableView", "No tags in the codebook yet.")


@dataclass(frozen=True, slots=True)
class Line:
    """A row or column: ``key`` finds it again after a refresh (a tag id, a document…)."""

    key: Hashable
    text: str
    tooltip: str = ""
    colour: str = ""  # a tag's swatch
    depth: int = 0  # sub-tag level
    role: Role = "cell"  # "heading": a kind's title row, no values; "total": sums


@dataclass(frozen=True, slots=True)
class HeatTable:
    """Rows × columns of values; ``None`` is a cell with nothing to show (a heading's
    row, a tag against itself). ``percent`` values are shares (0–1)."""

    rows: tuple[Line, ...] = ()
    columns: tuple[Line, ...] = ()
    values: tuple[tuple[float | None, ...], ...] = ()
    percent: bool = False
    joiner: Literal["in", "with"] = "in"  # tooltips read "<row> in <column>: …" or "with"

    def scale(self) -> float:
        """The largest value outside the totals: the darkest shade."""
        cells = [c for c, line in enumerate(self.columns) if line.role == "cell"]
        return max(
            (
                value
                for line, values in zip(self.rows, self.values, strict=True)
                if line.role == "cell"
                for c in cells
                if (value := values[c]) is not None
            ),
            default=0.0,
        )


def cell_text(value: float | None, percent: bool) -> str:
    """'12', '12.5 %'; a zero is a dot, so the numbers stand out; '< 0.1 %' is not zero."""
    if value is None:
        return ""
    if not value:
        return "·"
    if not percent:
        return number(int(value))
    if value < 0.0005:
        return translate("HeatTableView", "< 0.1 %")
    return translate("HeatTableView", "{value} %").format(value=decimal(value * 100, 1))


def shade(palette: QPalette, fraction: float) -> tuple[QColor, QColor]:
    """Background and text for a value ``fraction`` of the largest: from a tint of the
    base towards the highlight colour, with whichever text colour reads better on it,
    so light and dark palettes both stay legible."""
    base = palette.color(QPalette.ColorRole.Base)
    high = palette.color(QPalette.ColorRole.Highlight)
    t = 0.12 + 0.78 * min(max(fraction, 0.0), 1.0)  # the smallest value is still tinted
    background = QColor.fromRgbF(
        base.redF() + (high.redF() - base.redF()) * t,
        base.greenF() + (high.greenF() - base.greenF()) * t,
        base.blueF() + (high.blueF() - base.blueF()) * t,
    )
    texts = (
        palette.color(QPalette.ColorRole.Text),
        palette.color(QPalette.ColorRole.HighlightedText),
    )
    return background, max(texts, key=lambda c: contrast(c, background))


def group_name(grouping: analysis.GroupBy, documents: Sequence[DocumentInfo]) -> tuple[str, str]:
    """A language or outlet group's label, and its name in a caption ('Turkey in …')."""
    value = getattr(documents[0], grouping) if documents else ""
    if not value:
        if grouping == "language":
            return translate("HeatTableView", "No language"), translate(
                "HeatTableView", "documents without a language"
            )
        return translate("HeatTableView", "No outlet"), translate(
            "HeatTableView", "documents without an outlet"
        )
    name = language_label(value) if grouping == "language" else value
    return name, name


def tag_tree(tags: Sequence[TagInfo]) -> list[tuple[TagInfo, int]]:
    """``tags`` (of one kind, in codebook order) with each parent followed by its sub-tags,
    and each one's depth. A tag whose parent is missing stands at the top level."""
    known = {t.id for t in tags}
    children: dict[int | None, list[TagInfo]] = {}
    for tag in tags:
        parent = tag.parent_id if tag.parent_id in known and tag.parent_id != tag.id else None
        children.setdefault(parent, []).append(tag)
    ordered: list[tuple[TagInfo, int]] = []
    seen: set[int] = set()
    stack = [(t, 0) for t in reversed(children.get(None, []))]
    while stack:
        tag, depth = stack.pop()
        if tag.id in seen:
            continue
        seen.add(tag.id)
        ordered.append((tag, depth))
        stack.extend((c, depth + 1) for c in reversed(children.get(tag.id, [])))
    # Tags caught in a parent cycle (never reached from the top) still get a row.
    ordered.extend((t, 0) for t in tags if t.id not in seen)
    return ordered


def tag_line(tag: TagInfo, depth: int = 0) -> Line:
    tooltip = f"{tag.name} ({tag.kind})" + (f"\n{tag.description}" if tag.description else "")
    return Line(("tag", tag.id), INDENT * depth + tag.name, tooltip, tag.colour, depth)


class HeatModel(QAbstractTableModel):
    """A ``HeatTable``; row labels in the vertical header, so they stay in view while
    the columns scroll."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table = HeatTable()
        self._scale = 0.0
        self._shades: dict[int, tuple[QColor, QColor]] = {}  # by step, for one palette
        self._palette_key = 0

    @property
    def table(self) -> HeatTable:
        return self._table

    def set_table(self, table: HeatTable) -> bool:
        """Show ``table``; True when rows or columns changed (the model was reset), False
        when at most the values did (one repaint, the selection kept)."""
        old, self._table = self._table, table
        self._scale = table.scale()
        if (old.rows, old.columns) != (table.rows, table.columns):
            self.beginResetModel()
            self.endResetModel()
            return True
        if (old.values, old.percent) != (table.values, table.percent) and table.rows:
            last = self.index(len(table.rows) - 1, len(table.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        return False

    def index_of(self, row_key: Hashable, column_key: Hashable) -> QModelIndex:
        rows = [r for r, line in enumerate(self._table.rows) if line.key == row_key]
        columns = [c for c, line in enumerate(self._table.columns) if line.key == column_key]
        return self.index(rows[0], columns[0]) if rows and columns else QModelIndex()

    def lines(self, index: Index) -> tuple[Line, Line] | None:
        """The row and column of a cell that holds a value."""
        if not index.isValid() or self.value(index) is None:
            return None
        return self._table.rows[index.row()], self._table.columns[index.column()]

    def value(self, index: Index) -> float | None:
        if not index.isValid():
            return None
        return self._table.values[index.row()][index.column()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._table.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.value(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._table.rows[index.row()], self._table.columns[index.column()]
        value = self._table.values[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value, self._table.percent)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and "total" in (row.role, column.role):
            return _bold()
        total = "total" in (row.role, column.role) or row.role == "heading"
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if total or not value or self._scale <= 0:
                if role == Qt.ItemDataRole.BackgroundRole and total:
                    return QApplication.palette().color(QPalette.ColorRole.AlternateBase)
                return None
            background, text = self._shade(value / self._scale)
            return background if role == Qt.ItemDataRole.BackgroundRole else text
        if role == Qt.ItemDataRole.ToolTipRole and value is not None:
            if self._table.percent:
                amount = translate("HeatTableView", "{percent} of the characters").format(
                    percent=cell_text(value, True)
                )
            else:
                amount = plural(
                    int(value),
                    translate("HeatTableView", "{n} passage"),
                    translate("HeatTableView", "{n} passages"),
                )
            if self._table.joiner == "with":
                tip = translate("HeatTableView", "{row} with {column}: {amount}")
            else:
                tip = translate("HeatTableView", "{row} in {column}: {amount}")
            return tip.format(row=row.text.strip(INDENT), column=column.text, amount=amount)
        return None

    def _shade(self, fraction: float) -> tuple[QColor, QColor]:
        """``shade`` in SHADES steps, each worked out once per palette (it is asked for
        every cell painted)."""
        palette = QApplication.palette()
        if palette.cacheKey() != self._palette_key:
            self._shades.clear()
            self._palette_key = palette.cacheKey()
        step = round(fraction * SHADES)
        found = self._shades.get(step)
        if found is None:
            found = self._shades[step] = shade(palette, step / SHADES)
        return found

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        lines = self._table.rows if orientation == Qt.Orientation.Vertical else self._table.columns
        if not 0 <= section < len(lines):
            return None
        line = lines[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return line.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.tooltip or None
        if role == Qt.ItemDataRole.DecorationRole and line.colour:
            return swatch(line.colour)
        if role == Qt.ItemDataRole.FontRole and line.role != "cell":
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Vertical:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class _FramedSelection(QStyledItemDelegate):
    """The selected cell keeps its shade and gets a frame: filled with the highlight
    colour it would look like the largest value."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if not selected:
            super().paint(painter, option, index)
            return
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, index)
        painter.save()
        colour = option.palette.color(QPalette.ColorRole.Text)
        painter.setPen(QPen(colour, 2))
        painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
        painter.restore()


class HeatTableView(QTableView):
    """Shows a ``HeatModel``; a click on a cell, or Enter on the current one, is
    ``chosen`` (row key, column key). Cells without a value are never chosen."""

    chosen = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heat = HeatModel(self)
        self.setModel(self.heat)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Named for what it shows by the view holding it.
        self.setAccessibleName(translate("HeatTableView", "Table"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setItemDelegate(_FramedSelection(self))
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionsClickable(False)  # a header click would select a whole line
            header.setHighlightSections(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.clicked.connect(self._choose)

    def show_table(self, table: HeatTable) -> None:
        """Show ``table``, keeping the selected cell if its row and column are still there."""
        if table == self.heat.table:
            return
        current = self.heat.lines(self.currentIndex())
        if self.heat.set_table(table):
            self._fit_columns()
            if current is not None:
                index = self.heat.index_of(current[0].key, current[1].key)
                if index.isValid():
                    flag = QItemSelectionModel.SelectionFlag.ClearAndSelect
                    self.selectionModel().setCurrentIndex(index, flag)
        else:
            self._fit_columns()  # a wider number may need a wider column

    def _fit_columns(self) -> None:
        """Each column as wide as its header or the widest number (resizeColumnsToContents
        asks every cell for every role: seconds for 300 documents × 100 tags)."""
        table = self.heat.table
        largest = max((v for row in table.values for v in row if v is not None), default=0.0)
        texts = [cell_text(largest, table.percent), cell_text(0.0001, table.percent)]
        metrics = QFontMetrics(_bold())
        style = self.style()
        margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 8
        width = max(metrics.horizontalAdvance(t) for t in texts) + margin
        header = self.horizontalHeader()
        for column in range(len(table.columns)):
            self.setColumnWidth(column, max(width, header.sectionSizeHint(column)))

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tabbing in lands on the first cell with a value (the top-left cell is a kind's
        heading, which takes no current cell: the arrows did nothing)."""
        super().focusInEvent(event)
        if self.heat.value(self.currentIndex()) is None:
            first = next(
                (
                    self.heat.index(r, c)
                    for r in range(self.heat.rowCount())
                    for c in range(self.heat.columnCount())
                    if self.heat.value(self.heat.index(r, c)) is not None
                ),
                None,
            )
            if first is not None:
                flag = QItemSelectionModel.SelectionFlag.ClearAndSelect
                self.selectionModel().setCurrentIndex(first, flag)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._choose(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def _choose(self, index: QModelIndex) -> None:
        lines = self.heat.lines(index)
        if lines is not None:
            self.chosen.emit(lines[0].key, lines[1].key)


class TablePanel(QStackedWidget):
    """The table, or a sentence saying why there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = HeatTableView(self)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.addWidget(self.view)
        self.addWidget(self.message)

    def show_table(self, table: HeatTable) -> None:
        self.view.show_table(table)
        self.setCurrentWidget(self.view)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def showing_table(self) -> bool:
        return self.currentWidget() is self.view


def export_csv(parent: QWidget, title: str, suggested: str, write: Callable[[str], None]) -> bool:
    """Ask where to save a table as CSV and write it there (see ``dialogs.save_to``)."""
    csv_filter = translate("HeatTableView", "CSV files (*.csv);;All files (*)")
    return dialogs.save_to(parent, title, suggested, csv_filter, write)
