"""The Corpus dock's models: the flat list of documents, and the filtered, sorted, grouped
tree the dock's view shows of it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.core.folding import fold
from desktop.core.records import DocumentInfo
from desktop.ui.i18n import plural, translate
from desktop.ui.table_model import Index, RecordTableModel
from desktop.ui.text_util import language_label, language_name

TITLE, LANGUAGE, OUTLET, DATE, COUNT = range(5)


class CorpusModel(RecordTableModel):
    """Every document of the project, in project order, one row each."""

    columns = ("Title", "Lang.", "Outlet", "Date", "Annot.")  # headers: column_titles()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._open: set[int] = set()

    def set_documents(self, documents: list[DocumentInfo]) -> None:
        self._set_rows(documents)

    def set_open(self, document_ids: list[int]) -> None:
        """Bold the open documents: only rows that opened or closed are repainted."""
        changed, self._open = self._open ^ set(document_ids), set(document_ids)
        for row, document in enumerate(self._rows):
            if document.id in changed:
                self._row_changed(row)

    def document_at(self, row: int) -> DocumentInfo | None:
        record: DocumentInfo | None = self.record_at(row)
        return record

    @staticmethod
    def column_titles() -> tuple[str, ...]:
        """The column headers, in the interface's language (looked up when shown)."""
        return (
            translate("CorpusModel", "Title"),
            translate("CorpusModel", "Lang.", "column: the document's language, abbreviated"),
            translate("CorpusModel", "Outlet"),
            translate("CorpusModel", "Date"),
            translate("CorpusModel", "Annot.", "column: number of annotations, abbreviated"),
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.column_titles()[section]
        return super().headerData(section, orientation, role)

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
            state = (
                translate("CorpusModel", "open in the reader")
                if doc.id in self._open
                else translate("CorpusModel", "double-click to open")
            )
            characters = plural(
                doc.length,
                translate("CorpusModel", "{n} character"),
                translate("CorpusModel", "{n} characters"),
            )
            return f"{doc.title}\n{language_label(doc.language)} · {characters} · {state}"
        if role == Qt.ItemDataRole.FontRole and doc.id in self._open:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class GroupBy(StrEnum):
    NONE = ""
    LANGUAGE = "language"
    OUTLET = "outlet"
    YEAR = "year"


# The column whose sort order also orders the groups of each grouping.
_GROUP_COLUMN = {GroupBy.LANGUAGE: LANGUAGE, GroupBy.OUTLET: OUTLET, GroupBy.YEAR: DATE}


def no_group_label(group_by: GroupBy) -> str:
    """The label of the group of documents with the field not set."""
    if group_by == GroupBy.LANGUAGE:
        return translate("CorpusModel", "Language not set")
    if group_by == GroupBy.OUTLET:
        return translate("CorpusModel", "No outlet")
    return translate("CorpusModel", "No date")


_ISO = re.compile(r"\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?!\d)")
_DAY_FIRST = re.compile(r"\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)")
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")[a-z]*\.?", re.IGNORECASE)
_DAY = re.compile(r"(?<!\d)(\d{1,2})(?!\d)")


def date_key(published: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a date as importers write it — ISO ``2020-09-28`` (or a
    prefix, or a timestamp), ``28.09.2020``, ``September 28, 2020`` — with 0 for a missing
    part; None when no year can be read."""
    if found := _ISO.match(published):
        year, month, day = (int(p or 0) for p in found.groups())
        return year, month, day
    if found := _DAY_FIRST.match(published):
        day, month, year = (int(p) for p in found.groups())
        return year, month, day
    if not (year := _YEAR.search(published)):
        return None
    month = _MONTH.search(published)
    day = _DAY.search(published.replace(year.group(0), " "))
    return (
        int(year.group(0)),
        _MONTHS.index(month.group(1).lower()) + 1 if month else 0,
        int(day.group(1)) if day and month else 0,
    )


@dataclass(frozen=True, slots=True)
class _Entry:
    """What filtering, sorting and grouping need of a document, folded once per version."""

    document: DocumentInfo
    haystack: str  # the folded fields the filter searches, one per line
    title: str
    outlet: str
    date: tuple[int, int, int] | None

    @classmethod
    def of(cls, doc: DocumentInfo) -> _Entry:
        fields = (doc.title, doc.source, doc.author, doc.language, language_name(doc.language),
                  doc.published)  # fmt: skip
        return cls(doc, fold("\n".join(fields)), fold(doc.title), fold(doc.source.strip()),
                   date_key(doc.published))  # fmt: skip

    def sort_key(self, column: int) -> Any:
        """The key to sort by ``column``; None for an empty cell (listed last)."""
        if column == TITLE:
            return self.title
        if column == LANGUAGE:
            return self.document.language.casefold() or None
        if column == OUTLET:
            return self.outlet or None
        if column == DATE:
            return self.date
        return self.document.annotation_count

    def group(self, by: GroupBy) -> tuple[str, str]:
        """(key, label) of the group the document belongs to; the key is empty for the
        'not set' group."""
        if by == GroupBy.LANGUAGE:
            return self.document.language, language_name(self.document.language)
        if by == GroupBy.OUTLET:
            return self.outlet, self.document.source.strip()
        if by == GroupBy.YEAR and self.date:
            return str(self.date[0]), str(self.date[0])
        return "", ""


@dataclass(slots=True)
class _Group:
    key: str
    label: str
    rows: list[int]  # source rows


_TOP = 0  # internal id of top-level rows; a group's children carry its row + 1


class CorpusTreeModel(QAbstractItemModel):
    """The documents of a ``CorpusModel`` as shown: filtered by text, sorted by a column or
    in project order, and either flat or under one row per group.

    Changes to the structure (filter, sort, grouping, documents added or removed) are a
    layout change with every persistent index carried over by document id, so selection,
    current row and expanded groups survive them. A document whose new version keeps its
    place (the usual case: a changed annotation count) only repaints its own row.
    """

    def __init__(self, source: CorpusModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._entries: dict[int, _Entry] = {}
        self._terms: list[str] = []
        self._sort_column = -1  # -1: project order
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._group_by = GroupBy.NONE
        self._groups: list[_Group] = []  # grouped: one per group
        self._flat: list[int] = []  # ungrouped: the visible source rows in view order
        self._where: dict[int, tuple[int, int]] = {}  # source row → (group or -1, row)
        self._saved: list[tuple[QModelIndex, tuple[str, Any, int]]] = []
        source.dataChanged.connect(self._source_data_changed)
        source.modelAboutToBeReset.connect(self._begin_layout)
        source.modelReset.connect(self._end_layout)
        self._build()

    # -- what is shown ------------------------------------------------------------------

    @property
    def group_by(self) -> GroupBy:
        return self._group_by

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def set_filter(self, text: str) -> None:
        terms = fold(text).split()
        if terms != self._terms:
            self._relayout(lambda: setattr(self, "_terms", terms))

    def set_group_by(self, group_by: GroupBy) -> None:
        if group_by != self._group_by:
            self._relayout(lambda: setattr(self, "_group_by", group_by))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; -1 returns to project order."""
        column = column if 0 <= column < len(CorpusModel.columns) else -1
        if (column, order) != (self._sort_column, self._sort_order):
            self._relayout(lambda: self._set_sort(column, order))

    def _set_sort(self, column: int, order: Qt.SortOrder) -> None:
        self._sort_column, self._sort_order = column, order

    def visible_count(self) -> int:
        """How many documents pass the filter."""
        return len(self._where)

    def is_group(self, index: Index) -> bool:
        return index.isValid() and self._group_by != GroupBy.NONE and not index.parent().isValid()

    def group_key(self, index: Index) -> str | None:
        return self._groups[index.row()].key if self.is_group(index) else None

    def document_at(self, index: Index) -> DocumentInfo | None:
        row = self._source_row(index)
        return None if row is None else self._source.document_at(row)

    def index_of_document(self, document_id: int, column: int = 0) -> QModelIndex:
        row = next((r for r, e in self._rows() if e.id == document_id), None)
        return self._index_of_source_row(row, column) if row is not None else QModelIndex()

    # -- building the tree --------------------------------------------------------------

    def _rows(self) -> list[tuple[int, DocumentInfo]]:
        source = self._source
        return [(r, d) for r in range(source.rowCount()) if (d := source.document_at(r))]

    def _entry(self, doc: DocumentInfo) -> _Entry:
        entry = self._entries.get(doc.id)
        if entry is None or entry.document != doc:
            entry = self._entries[doc.id] = _Entry.of(doc)
        return entry

    def _matches(self, entry: _Entry) -> bool:
        return all(term in entry.haystack for term in self._terms)

    def _ordered(self, rows: list[tuple[int, _Entry]]) -> list[tuple[int, _Entry]]:
        """``rows`` (in project order) sorted by the sort column; empty cells last in either
        direction, ties in project order."""
        column = self._sort_column
        if column < 0:
            return rows
        filled = [(r, e) for r, e in rows if e.sort_key(column) is not None]
        empty = [(r, e) for r, e in rows if e.sort_key(column) is None]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        filled.sort(key=lambda re_: re_[1].sort_key(column), reverse=descending)
        return filled + empty

    def _build(self) -> None:
        rows = self._rows()
        live = {d.id for _, d in rows}
        for gone in self._entries.keys() - live:
            del self._entries[gone]
        shown = self._ordered([(r, e) for r, d in rows if self._matches(e := self._entry(d))])
        self._where = {}
        if self._group_by == GroupBy.NONE:
            self._groups = []
            self._flat = [r for r, _ in shown]
            self._where = {r: (-1, i) for i, r in enumerate(self._flat)}
            return
        self._flat = []
        groups: dict[str, _Group] = {}
        for row, entry in shown:
            key, label = entry.group(self._group_by)
            groups.setdefault(key, _Group(key, label, [])).rows.append(row)
        named = sorted((g for g in groups.values() if g.key), key=lambda g: fold(g.label))
        if (
            _GROUP_COLUMN[self._group_by] == self._sort_column
            and self._sort_order == Qt.SortOrder.DescendingOrder
        ):
            named.reverse()
        self._groups = named + ([groups[""]] if "" in groups else [])
        for number, group in enumerate(self._groups):
            group.label = group.label or no_group_label(self._group_by)
            self._where.update((r, (number, i)) for i, r in enumerate(group.rows))

    def _begin_layout(self) -> None:
        """Remember where every persistent index points, by document id or group key."""
        self.layoutAboutToBeChanged.emit()
        self._saved = []
        for index in self.persistentIndexList():
            if (doc := self.document_at(index)) is not None:
                self._saved.append((index, ("doc", doc.id, index.column())))
            elif (key := self.group_key(index)) is not None:
                self._saved.append((index, ("group", (self._group_by, key), index.column())))
            else:
                self._saved.append((index, ("gone", None, 0)))

    def _end_layout(self) -> None:
        self._build()
        groups = {(self._group_by, g.key): n for n, g in enumerate(self._groups)}
        ids = {doc.id: r for r, doc in self._rows()}
        old, new = [], []
        for index, (kind, key, column) in self._saved:
            if kind == "doc" and key in ids:
                target = self._index_of_source_row(ids[key], column)
            elif kind == "group" and key in groups:
                target = self.createIndex(groups[key], column, _TOP)
            else:
                target = QModelIndex()
            old.append(index)
            new.append(target)
        self._saved = []
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _relayout(self, change: Any) -> None:
        self._begin_layout()
        change()
        self._end_layout()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        """Repaint the rows whose documents keep their place; lay out afresh otherwise."""
        rows = range(top_left.row(), bottom_right.row() + 1)
        for row in rows:
            doc = self._source.document_at(row)
            before = self._entries.get(doc.id) if doc else None
            if doc is None or before is None or before.document == doc:
                continue
            after = self._entry(doc)
            if (
                self._matches(after) != (row in self._where)
                or after.group(self._group_by) != before.group(self._group_by)  # key or label
                or (
                    self._sort_column >= 0
                    and after.sort_key(self._sort_column) != before.sort_key(self._sort_column)
                )
            ):
                self._relayout(lambda: None)
                return
        # One repaint per parent, spanning the changed rows under it.
        spans: dict[int, tuple[int, int]] = {}
        for row in rows:
            if (place := self._where.get(row)) is not None:
                group, at = place
                low, high = spans.get(group, (at, at))
                spans[group] = (min(low, at), max(high, at))
        last = len(CorpusModel.columns) - 1
        for group, (low, high) in spans.items():
            parent = group + 1 if group >= 0 else _TOP
            self.dataChanged.emit(
                self.createIndex(low, 0, parent), self.createIndex(high, last, parent)
            )

    # -- mapping ------------------------------------------------------------------------

    def _source_row(self, index: Index) -> int | None:
        if not index.isValid():
            return None
        parent = index.internalId()
        if self._group_by == GroupBy.NONE:
            return self._flat[index.row()] if parent == _TOP else None
        if parent == _TOP:
            return None  # a group row
        return self._groups[parent - 1].rows[index.row()]

    def _index_of_source_row(self, row: int, column: int = 0) -> QModelIndex:
        if (place := self._where.get(row)) is None:
            return QModelIndex()
        group, at = place
        return self.createIndex(at, column, group + 1 if group >= 0 else _TOP)

    # -- the model contract -------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else _TOP)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups) if self._group_by != GroupBy.NONE else len(self._flat)
        if parent.column() == 0 and self.is_group(parent):
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(CorpusModel.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_group(index):
            return Qt.ItemFlag.ItemIsEnabled  # not selectable: a group is not a document
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if self.is_group(index):
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == TITLE:
                return f"{group.label} ({len(group.rows)})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        row = self._source_row(index)
        return (
            None
            if row is None
            else self._source.data(self._source.index(row, index.column()), role)
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            role == Qt.ItemDataRole.InitialSortOrderRole
            and orientation == Qt.Orientation.Horizontal
        ):
            # Counts read best largest first; text and dates from the start.
            descending = section == COUNT
            return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        return self._source.headerData(section, orientation, role)
