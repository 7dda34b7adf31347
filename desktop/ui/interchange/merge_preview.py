"""The preview of a merge: what importing a file of annotations will add, update, match
and skip, and every conflict, before anything is written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.merging import MergePlan, Planned
from desktop.ui.core_text import text_of
from desktop.ui.i18n import number, translate
from desktop.ui.text_util import short

ROWS_SHOWN = 500  # rows listed per tab; a table of 100,000 passages helps nobody


class MergePreview(QDialog):
    def __init__(self, plan: MergePlan, tag_names: dict[int, str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("MergePreview", "Import Annotations — {name}").format(name=plan.source.name)
        )
        self.resize(860, 560)
        self._plan = plan
        self._tag_names = tag_names | {t.key: name for t, _, name in plan.new_tags}
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{plan.source.name}</b> — {plan.format}")
        heading.setToolTip(str(plan.source))
        layout.addWidget(heading)
        self.summary = QLabel(
            text_of(plan.summary())
            if plan.writes
            else translate("MergePreview", "Nothing to import: {summary}").format(
                summary=text_of(plan.summary())
            )
        )
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._passages(translate("MergePreview", "Added"), plan.added, len(plan.added))
        self._passages(translate("MergePreview", "Updated"), plan.updated, len(plan.updated))
        self._conflicts()
        self._lines(translate("MergePreview", "Skipped"), plan.skipped, plan.skipped_count)
        self._lines(
            translate("MergePreview", "New tags"),
            [f"{kind}: {name}" for _, kind, name in plan.new_tags],
            len(plan.new_tags),
        )
        self._lines(
            translate("MergePreview", "New documents"),
            [plan.titles.get(d.key, d.key) for d in plan.new_documents],
            len(plan.new_documents),
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(translate("MergePreview", "&Import"))
        self.import_button.setEnabled(plan.writes)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if plan.writes:
            self.import_button.setDefault(True)
            self.import_button.setFocus()

    def plan_added(self) -> int:
        return len(self._plan.added)

    def _tab(self, widget: QWidget, title: str, count: int) -> None:
        index = self.tabs.addTab(widget, f"{title} ({count:,})")
        self.tabs.setTabEnabled(index, count > 0)
        widget.setAccessibleName(title)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        return table

    def _fill(self, table: QTableWidget, rows: list[list[str]], total: int) -> None:
        if total > len(rows):
            more = translate("MergePreview", "… and {count} more").format(
                count=number(total - len(rows))
            )
            rows.append([more] + [""] * (table.columnCount() - 1))
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        for column in range(table.columnCount() - 1):
            table.setColumnWidth(column, min(table.columnWidth(column), 240))

    def _passages(self, title: str, planned: list[Planned], total: int) -> None:
        table = self._table(
            [
                translate("MergePreview", "Document"),
                translate("MergePreview", "Passage"),
                translate("MergePreview", "Tags"),
                translate("MergePreview", "Note"),
                translate("MergePreview", "Coder"),
            ]
        )
        titles = self._plan.titles
        # The file names no coder: added without one; updated, it keeps ours.
        nameless = translate("MergePreview", "(no name)")
        rows = [
            [
                titles.get(p.document, str(p.document)),
                short(self._quote(p)),
                ", ".join(sorted(self._tag_names.get(t, "?") for t in p.tags)),
                short(p.incoming.note or ""),
                p.incoming.coder or (nameless if p.existing is None else ""),
            ]
            for p in planned[:ROWS_SHOWN]
        ]
        self._fill(table, rows, total)
        self._tab(table, title, total)

    def _quote(self, planned: Planned) -> str:
        text = self._plan.texts.get(planned.document)
        if text is not None:
            return text[planned.start : planned.end]
        return planned.incoming.quote or f"{planned.start}–{planned.end}"

    def _conflicts(self) -> None:
        plan = self._plan
        table = self._table(
            [
                translate("MergePreview", "Document"),
                translate("MergePreview", "Passage"),
                translate("MergePreview", "Kept"),
                translate("MergePreview", "Ours"),
                translate("MergePreview", "Theirs (the file)"),
            ]
        )
        theirs = translate("MergePreview", "theirs", "the version kept: the file's")
        ours = translate("MergePreview", "ours", "the version kept: the project's")
        rows = [
            [c.document, short(c.quote), theirs if c.kept == "theirs" else ours, c.ours, c.theirs]
            for c in plan.conflicts
        ]
        self._fill(table, rows, plan.conflict_count)
        self._tab(table, translate("MergePreview", "Conflicts"), plan.conflict_count)

    def _lines(self, title: str, lines: list[str], total: int) -> None:
        listing = QListWidget()
        listing.addItems([text_of(line) for line in lines[:ROWS_SHOWN]])
        if total > min(len(lines), ROWS_SHOWN):
            more = number(total - min(len(lines), ROWS_SHOWN))
            listing.addItem(translate("MergePreview", "… and {count} more").format(count=more))
        self._tab(listing, title, total)
