"""Co-occurrence: how many passages carry both a tag of one kind and a tag of another
(actors × themes by default), in the whole corpus, one document, a language or an outlet.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core import analysis
from desktop.core.exporters import tables
from desktop.core.records import TagInfo
from desktop.ui.compare.base import CompareData, CompareView
from desktop.ui.compare.heat import (
    HeatTable,
    TablePanel,
    export_csv,
    group_name,
    no_documents,
    no_tags,
    tag_line,
    tag_tree,
)
from desktop.ui.i18n import translate
from desktop.ui.kinds import kind_noun, kind_title
from desktop.ui.text_util import short


def no_pairs() -> str:
    """The empty state of two kinds no passage combines (in the interface's language)."""
    return translate("CooccurrenceView", "No passage carries tags of both kinds.")


WHOLE = "all"  # the scope key of the whole corpus
# A scope: its key, its text in the combo, its name in captions (empty for the whole
# corpus), its documents in reading order.
Scope = tuple[str, str, str, tuple[int, ...]]


def scopes(data: CompareData) -> list[Scope]:
    """The whole corpus, each document, then each language and each outlet."""
    everything = tuple(d.id for d in data.documents)
    found: list[Scope] = [(WHOLE, translate("CooccurrenceView", "Whole corpus"), "", everything)]
    found += [(f"document:{d.id}", short(d.title, 50), d.title, (d.id,)) for d in data.documents]
    documents = {d.id: d for d in data.documents}
    groups: tuple[tuple[analysis.GroupBy, str], ...] = (
        ("language", translate("CooccurrenceView", "Language: {name}")),
        ("source", translate("CooccurrenceView", "Outlet: {name}")),
    )
    for grouping, named in groups:
        for column in data.columns(grouping):
            label, name = group_name(grouping, [documents[i] for i in column.document_ids])
            # "No outlet" stands alone; a language or an outlet says which it is.
            text = named.format(name=short(label, 40)) if label == name else label
            found.append((f"{grouping}:{column.label}", text, name, column.document_ids))
    return found


class CooccurrenceView(CompareView):
    @property
    def title(self) -> str:
        return translate("CooccurrenceView", "Co-occurrence")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows_combo = QComboBox()
        self.rows_combo.setToolTip(translate("CooccurrenceView", "The kind of tag in the rows"))
        self.columns_combo = QComboBox()
        self.columns_combo.setToolTip(
            translate("CooccurrenceView", "The kind of tag in the columns")
        )
        self.scope_combo = QComboBox()
        self.scope_combo.setToolTip(
            translate(
                "CooccurrenceView", "Count the passages of the whole corpus, or of part of it"
            )
        )
        self.scope_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scope_combo.setMinimumContentsLength(16)  # long titles must not widen the dock
        self.export_button = QPushButton(translate("CooccurrenceView", "Export CSV…"))
        self.export_button.setToolTip(
            translate("CooccurrenceView", "Save the table as shown as CSV")
        )
        self.panel = TablePanel(self)
        self.panel.view.setAccessibleName(translate("CooccurrenceView", "Co-occurrence table"))
        for combo, name in (
            (self.rows_combo, translate("CooccurrenceView", "Rows")),
            (self.columns_combo, translate("CooccurrenceView", "Columns")),
            (self.scope_combo, translate("CooccurrenceView", "Documents counted")),
        ):
            combo.setAccessibleName(name)

        controls = QHBoxLayout()
        for label, combo in (
            (translate("CooccurrenceView", "Rows"), self.rows_combo),
            ("×", self.columns_combo),
            (translate("CooccurrenceView", "In", "the documents counted"), self.scope_combo),
        ):
            shown = QLabel(label)
            shown.setBuddy(combo)  # a click on the label goes to its list
            controls.addWidget(shown)
            controls.addWidget(combo, combo is self.scope_combo)
        controls.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.panel, 1)

        self._data: CompareData | None = None
        self._filled: tuple[object, ...] | None = None  # documents and tags in the combos
        self._shown: tuple[object, ...] | None = None  # the inputs of what is on screen
        self._scopes: dict[str, Scope] = {}
        self._counts: dict[tuple[int, int], int] = {}
        self._row_tags: list[TagInfo] = []
        self._column_tags: list[TagInfo] = []

        for combo in (self.rows_combo, self.columns_combo, self.scope_combo):
            combo.currentIndexChanged.connect(self._update)
        self.export_button.clicked.connect(self.export)
        self.panel.view.chosen.connect(self._chosen)

    @property
    def scope(self) -> Scope:
        return self._scopes.get(self.scope_combo.currentData(), (WHOLE, "", "", ()))

    def refresh(self, data: CompareData) -> None:
        self._data = data
        self._update()

    def _update(self) -> None:
        data = self._data
        if data is None:
            return
        self._fill_controls(data)
        row_kind, column_kind = self.rows_combo.currentData(), self.columns_combo.currentData()
        inputs = (data.documents, data.tags, data.annotations, row_kind, column_kind, self.scope)
        if inputs == self._shown:  # the session refreshes after every change, most elsewhere
            return
        self._shown = inputs
        ready = bool(data.documents and data.tags)
        for control in (self.rows_combo, self.columns_combo, self.scope_combo):
            control.setEnabled(ready)
        self.export_button.setEnabled(False)
        if not data.documents:
            self.panel.show_message(no_documents())
            return
        if not data.tags:
            self.panel.show_message(no_tags())
            return
        self._row_tags, depths = _tree(data.tags_of_kind(row_kind))
        self._column_tags, _ = _tree(data.tags_of_kind(column_kind))
        self._counts = analysis.cooccurrence(
            data.annotations,
            [t.id for t in self._row_tags],
            [t.id for t in self._column_tags],
            None if self.scope[0] == WHOLE else self.scope[3],
        )
        if not any(self._counts.values()):
            same = row_kind == column_kind
            self.panel.show_message(
                translate("CooccurrenceView", "No passage carries two {kind} tags.").format(
                    kind=kind_noun(row_kind)
                )
                if same
                else no_pairs()
            )
            return
        rows = tuple(tag_line(t, d) for t, d in zip(self._row_tags, depths, strict=True))
        columns = tuple(tag_line(t) for t in self._column_tags)
        values = tuple(
            tuple(
                None if r.id == c.id else self._counts.get((r.id, c.id), 0)
                for c in self._column_tags
            )
            for r in self._row_tags
        )
        self.panel.show_table(HeatTable(rows, columns, values, joiner="with"))
        self.export_button.setEnabled(True)

    def _fill_controls(self, data: CompareData) -> None:
        """Offer the project's kinds and scopes, keeping the user's choices."""
        if (data.documents, data.tags) == self._filled:
            return
        self._filled = (data.documents, data.tags)
        kinds = data.kinds()
        items = [(kind_title(k), k, "") for k in kinds]
        # Actors × themes, else the first two kinds, else one kind against itself.
        rows_default = "actor" if "actor" in kinds else next(iter(kinds), None)
        others = [k for k in kinds if k != rows_default] or kinds
        columns_default = "theme" if "theme" in kinds else next(iter(others), None)
        _fill(self.rows_combo, items, rows_default)
        _fill(self.columns_combo, items, columns_default)
        found = scopes(data)
        self._scopes = {s[0]: s for s in found}
        # A tooltip where the combo shortens a title.
        offered = [(text, key, name if name != text else "") for key, text, name, _ in found]
        _fill(self.scope_combo, offered, WHOLE, grouped=True)

    def _chosen(self, row_key: Hashable, column_key: Hashable) -> None:
        data = self._data
        if data is None or not isinstance(row_key, tuple) or not isinstance(column_key, tuple):
            return
        row, column = data.tag(row_key[1]), data.tag(column_key[1])
        if row is None or column is None:
            return
        _, _, name, document_ids = self.scope
        found = analysis.passages_with(data.annotations, [row.id], document_ids)
        ids = [a.id for d in document_ids for a in found[d] if column.id in a.tag_ids]
        if name:
            caption = translate("CooccurrenceView", "{row} with {column} in {place}")
        else:
            caption = translate("CooccurrenceView", "{row} with {column}")
        caption = caption.format(row=row.name, column=column.name, place=name)
        self.passagesChosen.emit(caption, ids)

    def export(self) -> bool:
        """Save the table as shown; True when written."""
        if not self.panel.showing_table():
            return False
        counts, rows, columns = dict(self._counts), list(self._row_tags), list(self._column_tags)
        kinds = f"{self.rows_combo.currentData()}-{self.columns_combo.currentData()}"
        return export_csv(
            self,
            translate("CooccurrenceView", "Export Co-occurrence"),
            str(Path.home() / f"cooccurrence-{kinds}.csv"),
            lambda path: tables.export_cooccurrence_csv(counts, rows, columns, path),
        )


def _tree(tags: Sequence[TagInfo]) -> tuple[list[TagInfo], list[int]]:
    ordered = tag_tree(tags)
    return [t for t, _ in ordered], [d for _, d in ordered]


def _fill(
    combo: QComboBox,
    items: Sequence[tuple[str, str, str]],
    default: str | None,
    *,
    grouped: bool = False,
) -> None:
    """Put ``items`` (text, key, tooltip) in ``combo`` (if ``grouped``, a line between
    groups of keys: "document:…", "language:…"), keeping the current key when it is still
    offered (else ``default``); quiet, since the caller updates once afterwards."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    group = ""
    for text, key, tooltip in items:
        if grouped and combo.count() and key.partition(":")[0] != group:
            combo.insertSeparator(combo.count())
        group = key.partition(":")[0]
        combo.addItem(text, key)
        if tooltip:
            combo.setItemData(combo.count() - 1, tooltip, Qt.ItemDataRole.ToolTipRole)
    keys = [key for _, key, _ in items]
    index = combo.findData(current if current in keys else default)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
