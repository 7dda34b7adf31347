"""The Corpus dock: every document with its language, outlet, date and annotation count,
filtered as you type, sorted by any column, optionally grouped; several open at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import DocumentInfo
from desktop.ui.corpus.corpus_model import CorpusModel, CorpusTreeModel, GroupBy
from desktop.ui.i18n import translate

__all__ = ["CorpusDock", "CorpusModel"]


def groupings() -> tuple[tuple[str, GroupBy], ...]:
    """The ways to group the list, each with its label in the interface's language."""
    return (
        (translate("CorpusDock", "None", "group by: no grouping"), GroupBy.NONE),
        (translate("CorpusDock", "Language"), GroupBy.LANGUAGE),
        (translate("CorpusDock", "Outlet"), GroupBy.OUTLET),
        (translate("CorpusDock", "Year of publication"), GroupBy.YEAR),
    )


class FilterEdit(QLineEdit):
    """The filter field: Esc clears it, Down moves on to the list."""

    downPressed = Signal()

    def event(self, event: QEvent) -> bool:
        # Claim Esc before any window shortcut does, but only while there is text to clear.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.text()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
        elif event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
        else:
            super().keyPressEvent(event)


class CorpusDock(QDockWidget):
    """``model`` takes the project's documents (``set_documents``, ``set_open``); the view
    shows them through ``shown``. ``openRequested`` carries a document id."""

    openRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(translate("CorpusDock", "Corpus"), parent)
        self.setObjectName("corpusDock")
        self._settings = settings
        self._collapsed: set[tuple[GroupBy, str]] = set()  # groups the user folded away
        self.model = CorpusModel(self)
        # The window's actions on one document (properties, delete), offered in the menu;
        # they act on the selected document while the list has focus.
        self.document_actions: list[QAction] = []
        self.shown = CorpusTreeModel(self.model, self)

        self.filter = FilterEdit()
        self.filter.setPlaceholderText(translate("CorpusDock", "Filter documents"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(translate("CorpusDock", "Filter documents"))
        self.filter.setToolTip(
            translate(
                "CorpusDock", "Title, outlet, author, language or date; accents and case ignored"
            )
        )
        self.group_by = QComboBox()
        self.group_by.setAccessibleName(translate("CorpusDock", "Group documents by"))
        for label, group_by in groupings():
            self.group_by.addItem(label, group_by)
        group_label = QLabel(translate("CorpusDock", "&Group by:"))
        group_label.setBuddy(self.group_by)

        self.view = QTreeView()
        self.view.setModel(self.shown)
        self.view.setAccessibleName(translate("CorpusDock", "Documents"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformRowHeights(True)  # cheap layout with thousands of documents
        self.view.setAllColumnsShowFocus(True)
        self.view.setRootIsDecorated(False)
        self.view.setWordWrap(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table = self.view  # its name from when it was a QTableView; tests still use it
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fitted when documents come or go, not per repaint: ResizeToContents measured every
        # row of every column on each change (20 s to open a pane with 1,000 documents
        # grouped; 0.2–0.6 s per annotation).
        for column in range(1, len(CorpusModel.columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(200)
        self._count_digits = 0
        # Clicks cycle ascending → descending → project order; no indicator at first.
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.empty = QLabel(self.view.viewport())
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty.hide()
        self.view.viewport().installEventFilter(self)

        top = QHBoxLayout()
        top.addWidget(group_label)
        top.addWidget(self.group_by)
        top.addStretch(1)
        layout = QVBoxLayout()
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        body = QWidget()
        body.setLayout(layout)
        self.setWidget(body)

        self.filter.textChanged.connect(self._filter_changed)
        self.filter.downPressed.connect(self._focus_list)
        self.group_by.currentIndexChanged.connect(self._group_changed)
        # activated covers Enter and double-click (and a single click where the style says
        # so); double-clicking a group row folds it, natively.
        self.view.activated.connect(self._activated)
        self.view.customContextMenuRequested.connect(
            lambda pos: self.list_menu().exec(self.view.viewport().mapToGlobal(pos))
        )
        header.customContextMenuRequested.connect(
            lambda pos: self.header_menu().exec(header.mapToGlobal(pos))
        )
        header.sortIndicatorChanged.connect(self._save_choices)
        self.view.collapsed.connect(lambda i: self._folded(i, True))
        self.view.expanded.connect(lambda i: self._folded(i, False))
        self.shown.layoutChanged.connect(self._after_layout)
        self.shown.modelReset.connect(self._after_layout)
        self.model.modelReset.connect(self._fit_columns)
        self.model.dataChanged.connect(self._fit_count)
        self.view.installEventFilter(self)  # Enter on a group row folds or unfolds it
        self._restore_choices()

    # -- what the list shows ------------------------------------------------------------

    def documents_shown(self) -> list[DocumentInfo]:
        """The documents passing the filter, top to bottom (collapsed groups included)."""
        found: list[DocumentInfo] = []
        for row in range(self.shown.rowCount()):
            index = self.shown.index(row, 0)
            if (doc := self.shown.document_at(index)) is not None:
                found.append(doc)
            for child in range(self.shown.rowCount(index)):
                if (doc := self.shown.document_at(self.shown.index(child, 0, index))) is not None:
                    found.append(doc)
        return found

    def selected_documents(self) -> list[DocumentInfo]:
        """The selected documents in the order the list shows them."""
        indexes = self.view.selectionModel().selectedRows(0)
        indexes.sort(key=lambda i: (i.parent().row(), i.row()))
        return [doc for i in indexes if (doc := self.shown.document_at(i)) is not None]

    def index_of_document(self, document_id: int, column: int = 0) -> QModelIndex:
        """Where the view shows a document; invalid when the filter hides it."""
        return self.shown.index_of_document(document_id, column)

    def set_group_by(self, group_by: GroupBy) -> None:
        self.group_by.setCurrentIndex(self.group_by.findData(group_by))

    # -- reacting -----------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        self.shown.set_filter(text)
        self._update_empty()

    def _group_changed(self) -> None:
        group_by = GroupBy(self.group_by.currentData())
        self.shown.set_group_by(group_by)
        self.view.setRootIsDecorated(group_by != GroupBy.NONE)
        self._save_choices()

    def _after_layout(self) -> None:
        """Groups come back folded as the user left them, new ones open."""
        group_by = self.shown.group_by
        for row in range(self.shown.rowCount() if group_by != GroupBy.NONE else 0):
            index = self.shown.index(row, 0)
            key = self.shown.group_key(index)
            self.view.setExpanded(index, (group_by, key or "") not in self._collapsed)
        self._update_empty()

    def _fit_columns(self) -> None:
        for column in range(1, len(CorpusModel.columns)):
            self.view.resizeColumnToContents(column)
        self._count_digits = self._widest_count()

    def _widest_count(self) -> int:
        rows = range(self.model.rowCount())
        return max((len(str(self.model.document_at(r).annotation_count)) for r in rows), default=0)  # type: ignore[union-attr]

    def _fit_count(self) -> None:
        """A count gained a digit: widen its column (cheap: counts only)."""
        if (digits := self._widest_count()) > self._count_digits:
            self._count_digits = digits
            self.view.resizeColumnToContents(len(CorpusModel.columns) - 1)

    def _folded(self, index: QModelIndex, collapsed: bool) -> None:
        key = self.shown.group_key(index)
        if key is None:
            return
        if collapsed:
            self._collapsed.add((self.shown.group_by, key))
        else:
            self._collapsed.discard((self.shown.group_by, key))

    def _update_empty(self) -> None:
        text = self.filter.text().strip()
        self.empty.setText(
            translate("CorpusDock", "No document matches “{text}”").format(text=text)
        )
        self.empty.setVisible(bool(text) and self.shown.visible_count() == 0)

    def _activated(self, index: QModelIndex) -> None:
        """Open the activated document — or, when it is one of several selected, all of
        them side by side. Group rows open nothing."""
        doc = self.shown.document_at(index)
        if doc is None:
            return
        chosen = self.selected_documents()
        if doc.id not in {d.id for d in chosen}:
            chosen = [doc]
        for document in chosen:
            self.openRequested.emit(document.id)

    def open_selected(self) -> None:
        for document in self.selected_documents():
            self.openRequested.emit(document.id)

    def _focus_list(self) -> None:
        self.view.setFocus()
        current = self.view.currentIndex()
        if self.shown.document_at(current) is None:
            first = next(iter(self.documents_shown()), None)
            if first is not None:
                self.view.setCurrentIndex(self.index_of_document(first.id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            current = self.view.currentIndex()
            if current.isValid() and self.shown.group_key(current.siblingAtColumn(0)) is not None:
                self.view.setExpanded(
                    current.siblingAtColumn(0), not self.view.isExpanded(current.siblingAtColumn(0))
                )
                return True
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.empty.setGeometry(self.view.viewport().rect().adjusted(12, 12, -12, -12))
        return super().eventFilter(watched, event)

    # -- menus --------------------------------------------------------------------------

    def list_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per right-click
        selected = self.selected_documents()
        open_selected = menu.addAction(
            translate("CorpusDock", "&Open Selected")
            if len(selected) > 1
            else translate("CorpusDock", "&Open", "verb: open the document")
        )
        open_selected.setEnabled(bool(selected))
        open_selected.triggered.connect(self.open_selected)
        if len(selected) == 1 and self.document_actions:
            menu.addSeparator()
            menu.addActions(self.document_actions)
        if self.shown.group_by != GroupBy.NONE:
            menu.addSeparator()
            menu.addAction(translate("CorpusDock", "&Expand All Groups"), self.view.expandAll)
            menu.addAction(translate("CorpusDock", "&Collapse All Groups"), self.view.collapseAll)
        return menu

    def header_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per right-click
        project: QAction = menu.addAction(translate("CorpusDock", "&Project order"))
        project.setCheckable(True)
        project.setChecked(self.shown.sort_column < 0)
        project.setToolTip(translate("CorpusDock", "The order of the project, as imported"))
        project.triggered.connect(lambda: self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder))
        return menu

    # -- remembering the choices (only with settings) -----------------------------------

    def _restore_choices(self) -> None:
        if self._settings is None:
            return
        # Read everything first: applying one choice saves them all.
        saved = str(self._settings.value("corpus/groupBy", ""))
        column = int(self._settings.value("corpus/sortColumn", -1))  # type: ignore[arg-type]
        order = int(self._settings.value("corpus/sortOrder", 0))  # type: ignore[arg-type]
        if saved in {g.value for g in GroupBy}:
            self.set_group_by(GroupBy(saved))
        if 0 <= column < len(CorpusModel.columns):
            self.view.sortByColumn(column, Qt.SortOrder(order))

    def _save_choices(self) -> None:
        if self._settings is None:
            return
        self._settings.setValue("corpus/groupBy", self.shown.group_by.value)
        self._settings.setValue("corpus/sortColumn", self.shown.sort_column)
        self._settings.setValue("corpus/sortOrder", self.shown.sort_order.value)
