"""The tag × document matrix: how often, or how much of each document, each tag marks.

Rows are the codebook (each kind under its title, sub-tags under their parent), columns
the documents or their languages or outlets; a click on a cell lists its passages.
"""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core import analysis
from desktop.core.exporters import tables
from desktop.core.records import DocumentInfo, TagInfo
from desktop.ui.compare.base import CompareData, CompareView
from desktop.ui.compare.heat import (
    HeatTable,
    Line,
    TablePanel,
    export_csv,
    group_name,
    no_documents,
    no_tags,
    tag_line,
    tag_tree,
)
from desktop.ui.i18n import plural, translate
from desktop.ui.kinds import kind_title
from desktop.ui.text_util import language_label, short


def measures() -> tuple[tuple[str, analysis.Measure], ...]:
    """The measures offered: their names (in the interface's language) and keys."""
    return (
        (translate("MatrixView", "Passages"), "passages"),
        (translate("MatrixView", "Coverage %"), "coverage"),
    )


def groupings() -> tuple[tuple[str, analysis.GroupBy], ...]:
    """What a column can stand for: names (in the interface's language) and keys."""
    return (
        (translate("MatrixView", "Documents"), "document"),
        (translate("MatrixView", "Languages"), "language"),
        (translate("MatrixView", "Outlets"), "source"),
    )


def _characters(count: int) -> str:
    return plural(
        count, translate("MatrixView", "{n} character"), translate("MatrixView", "{n} characters")
    )


def _documents(count: int) -> str:
    return plural(
        count, translate("MatrixView", "{n} document"), translate("MatrixView", "{n} documents")
    )


TOTAL = "total"  # the key of the totals column
ALL_TAGS = "all"  # the key of the totals row


class MatrixView(CompareView):
    @property
    def title(self) -> str:
        return translate("MatrixView", "Matrix")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measure_combo = QComboBox()
        for text, measure in measures():
            self.measure_combo.addItem(text, measure)
        self.measure_combo.setToolTip(
            translate(
                "MatrixView",
                "Passages: how many passages carry the tag.\n"
                "Coverage: the share of the text's characters inside them.",
            )
        )
        self.columns_combo = QComboBox()
        for text, grouping in groupings():
            self.columns_combo.addItem(text, grouping)
        self.export_button = QPushButton(translate("MatrixView", "Export CSV…"))
        self.export_button.setToolTip(
            translate("MatrixView", "Save the table as shown (passages or coverage) as CSV")
        )
        self.panel = TablePanel(self)
        self.panel.view.setAccessibleName(translate("MatrixView", "Tags by document"))
        self.measure_combo.setAccessibleName(translate("MatrixView", "Measure shown"))
        self.columns_combo.setAccessibleName(translate("MatrixView", "Columns"))

        controls = QHBoxLayout()
        for label, combo in (
            (translate("MatrixView", "Show"), self.measure_combo),
            (translate("MatrixView", "Columns"), self.columns_combo),
        ):
            shown = QLabel(label)
            shown.setBuddy(combo)
            controls.addWidget(shown)
            controls.addWidget(combo)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.panel, 1)

        self._data: CompareData | None = None
        self._shown: tuple[object, ...] | None = None  # the inputs of what is on screen
        self._matrix_inputs: tuple[object, ...] | None = None
        self._matrix: analysis.Matrix | None = None
        self._cache = analysis.MatrixCache()  # per-document shares, kept between changes
        self._tags: list[TagInfo] = []  # in the rows' order
        # column key → (its documents in reading order, its name in captions)
        self._places: dict[Hashable, tuple[tuple[int, ...], str]] = {}

        self.measure_combo.currentIndexChanged.connect(self._update)
        self.columns_combo.currentIndexChanged.connect(self._update)
        self.export_button.clicked.connect(self.export)
        self.panel.view.chosen.connect(self._chosen)

    @property
    def measure(self) -> analysis.Measure:
        measure: analysis.Measure = self.measure_combo.currentData()
        return measure

    @property
    def grouping(self) -> analysis.GroupBy:
        grouping: analysis.GroupBy = self.columns_combo.currentData()
        return grouping

    def refresh(self, data: CompareData) -> None:
        self._data = data
        self._update()

    def _update(self) -> None:
        data = self._data
        if data is None:
            return
        inputs = (data.documents, data.tags, data.annotations, self.measure, self.grouping)
        if inputs == self._shown:  # the session refreshes after every change, most elsewhere
            return
        self._shown = inputs
        ready = bool(data.documents and data.tags)
        for control in (self.measure_combo, self.columns_combo, self.export_button):
            control.setEnabled(ready)
        if not data.documents:
            self.panel.show_message(no_documents())
            return
        if not data.tags:
            self.panel.show_message(no_tags())
            return
        self.panel.show_table(self._table(data, self._matrix_of(data)))

    def _matrix_of(self, data: CompareData) -> analysis.Matrix:
        """The counts, recomputed only when documents, passages or grouping changed
        (switching between passages and coverage reuses them)."""
        inputs = (data.documents, data.annotations, self.grouping)
        if self._matrix is None or inputs != self._matrix_inputs:
            columns = data.columns(self.grouping)
            self._matrix = self._cache.matrix(lambda d: data.annotations_in((d,)), columns)
            self._matrix_inputs = inputs
        return self._matrix

    def _table(self, data: CompareData, matrix: analysis.Matrix) -> HeatTable:
        coverage = self.measure == "coverage"
        spans = range(len(matrix.columns))
        columns = self._column_lines(data, matrix.columns)
        rows: list[Line] = []
        values: list[tuple[float | None, ...]] = []
        self._tags = []
        for kind in data.kinds():
            rows.append(Line(("kind", kind), kind_title(kind), role="heading"))
            values.append((None,) * len(columns))
            for tag, depth in tag_tree(data.tags_of_kind(kind)):
                self._tags.append(tag)
                rows.append(tag_line(tag, depth))
                if coverage:
                    values.append((*matrix.coverages_of(tag.id), matrix.tag_coverage(tag.id)))
                else:
                    counts = matrix.counts_of(tag.id)
                    values.append((*counts, matrix.tag_passages.get(tag.id, 0)))
        if coverage:
            length = sum(c.length for c in matrix.columns)
            overall = sum(matrix.column_covered) / length if length else 0.0
            totals = (*(matrix.column_coverage(i) for i in spans), overall)
            tooltip = translate("MatrixView", "Share of the characters inside any tagged passage")
        else:
            totals = (*matrix.column_passages, sum(matrix.column_passages))
            tooltip = translate("MatrixView", "Passages with any tag, each counted once")
        rows.append(Line(ALL_TAGS, translate("MatrixView", "All tags"), tooltip, role="total"))
        values.append(totals)
        return HeatTable(tuple(rows), tuple(columns), tuple(values), coverage)

    def _column_lines(self, data: CompareData, columns: tuple[analysis.Column, ...]) -> list[Line]:
        documents = {d.id: d for d in data.documents}
        lines: list[Line] = []
        self._places = {}
        for column in columns:
            members = [documents[i] for i in column.document_ids]
            size = _characters(column.length)
            if self.grouping == "document":
                key: Hashable = ("document", column.document_ids[0])
                name = column.label
                lines.append(Line(key, short(name, 28), f"{name}\n{_details(members[0])}{size}"))
            else:
                key = (self.grouping, column.label)
                label, name = group_name(self.grouping, members)
                titles = "\n".join(f"• {short(d.title)}" for d in members[:10])
                more = ""
                if len(members) > 10:
                    more = "\n" + translate("MatrixView", "… and {count} more").format(
                        count=len(members) - 10
                    )
                summary = f"{_documents(len(members))} · {size}"
                tooltip = f"{label}\n{summary}\n{titles}{more}"
                lines.append(Line(key, short(label, 28), tooltip))
            self._places[key] = (column.document_ids, name)
        everything = tuple(documents)
        self._places[TOTAL] = (everything, translate("MatrixView", "all documents"))
        size = _characters(sum(c.length for c in columns))
        tooltip = f"{_documents(len(everything))} · {size}"
        lines.append(Line(TOTAL, translate("MatrixView", "Total"), tooltip, role="total"))
        return lines

    def _chosen(self, row_key: Hashable, column_key: Hashable) -> None:
        data = self._data
        place = self._places.get(column_key)
        if data is None or place is None:
            return
        document_ids, name = place
        if row_key == ALL_TAGS:
            # Every tag a passage carries, as the totals count them.
            tag_ids: set[int] = {t for a in data.annotations for t in a.tag_ids}
            caption = translate("MatrixView", "Tagged passages in {place}").format(place=name)
        else:
            tag = data.tag(row_key[1]) if isinstance(row_key, tuple) else None
            if tag is None:
                return
            tag_ids = {tag.id}
            caption = translate("MatrixView", "{tag} in {place}").format(tag=tag.name, place=name)
        found = analysis.passages_with(data.annotations, tag_ids, document_ids)
        self.passagesChosen.emit(caption, [a.id for d in document_ids for a in found[d]])

    def export(self) -> bool:
        """Save the matrix as shown; True when written."""
        matrix, measure = self._matrix, self.measure
        if matrix is None or not self.panel.showing_table():
            return False
        tags = list(self._tags)
        suggested = str(Path.home() / f"tag-matrix-{measure}.csv")
        return export_csv(
            self,
            translate("MatrixView", "Export Matrix"),
            suggested,
            lambda path: tables.export_matrix_csv(matrix, tags, measure, path),
        )


def _details(document: DocumentInfo) -> str:
    """'Indonesian (id) · Kompas\n' for a document's tooltip."""
    parts = [language_label(document.language) if document.language else "", document.source]
    shown = " · ".join(p for p in parts if p)
    return f"{shown}\n" if shown else ""
