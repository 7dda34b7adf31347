"""The Codebook dock: tags by kind with colours, shortcuts and counts; click to tag."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMenu,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import TagInfo
from desktop.ui.codebook.codebook_model import CodebookModel
from desktop.ui.i18n import plural, translate


class CodebookDock(QDockWidget):
    tagChosen = Signal(int)
    newRequested = Signal(str)  # kind
    editRequested = Signal(int)
    deleteRequested = Signal(int)
    mergeRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("CodebookDock", "Codebook"), parent)
        self.setObjectName("codebookDock")
        self.model = CodebookModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setAccessibleName(translate("CodebookDock", "Codebook"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Sized by set_tags: ResizeToContents would measure every row on each count change.
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.tree.clicked.connect(self._choose)
        self.tree.activated.connect(self._choose)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.buttons = QToolBar()
        self.buttons.setIconSize(QSize(16, 16))
        self.new_action = self.buttons.addAction(translate("CodebookDock", "New…"), self._new)
        self.edit_action = self.buttons.addAction(translate("CodebookDock", "Edit…"), self._edit)
        self.merge_action = self.buttons.addAction(translate("CodebookDock", "Merge…"), self._merge)
        self.delete_action = self.buttons.addAction(
            translate("CodebookDock", "Delete…"), self._delete
        )
        self.new_action.setToolTip(
            translate("CodebookDock", "Create a tag (in the kind of the selected row)")
        )
        self.edit_action.setToolTip(
            translate("CodebookDock", "Rename, recolour, re-key or describe the selected tag")
        )
        self.merge_action.setToolTip(
            translate("CodebookDock", "Merge the selected tag into another of its kind")
        )
        self.delete_action.setToolTip(
            translate("CodebookDock", "Delete the selected tag (asks when it is in use)")
        )
        hint = QLabel(
            translate(
                "CodebookDock",
                "Select a passage, then click a tag or press its key. "
                "Untick a tag or kind to hide its highlights.",
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        layout.addWidget(self.tree)
        self.hidden_note = QLabel()
        self.hidden_note.setWordWrap(True)
        self.hidden_note.hide()
        layout.addWidget(self.hidden_note)
        self.model.visibilityChanged.connect(self._note_hidden)
        self._toggled = False  # a click that ticked a box is not a click on the tag
        self.tree.pressed.connect(self._end_toggle)
        self.setWidget(body)
        self._update_buttons()

    def set_tags(self, tags: list[TagInfo]) -> None:
        current = self.current_tag()
        if self.model.set_tags(tags):  # rebuilt: expand it and find the current tag again
            self.tree.expandAll()
            if current is not None:
                self.select_tag(current.id)
            for column in (1, 2, 3):
                self.tree.resizeColumnToContents(column)
        self._fit_counts(sum(t.count for t in tags))  # no kind's total is larger
        self._update_buttons()

    def _fit_counts(self, largest: int) -> None:
        """Widen the count columns when a count gets more digits than they fit."""
        needed = self.tree.fontMetrics().horizontalAdvance(str(largest)) + 16
        header = self.tree.header()
        for column in (2, 3):
            if header.sectionSize(column) < needed:
                header.resizeSection(column, needed)

    def _note_hidden(self) -> None:
        self._toggled = True
        QTimer.singleShot(0, self._end_toggle)
        count = len(self.model.hidden)
        self.hidden_note.setText(
            plural(
                count,
                translate(
                    "CodebookDock",
                    "⚠ {n} tag is hidden in the reader: their passages are not highlighted.",
                ),
                translate(
                    "CodebookDock",
                    "⚠ {n} tags are hidden in the reader: their passages are not highlighted.",
                ),
            )
        )
        self.hidden_note.setVisible(count > 0)

    def current_tag(self) -> TagInfo | None:
        return self.model.tag_at(self.tree.currentIndex())

    def _current_kind(self) -> str:
        return self.model.kind_at(self.tree.currentIndex().siblingAtColumn(0)) or "actor"

    def _update_buttons(self) -> None:
        has_tag = self.current_tag() is not None
        for action in (self.edit_action, self.merge_action, self.delete_action):
            action.setEnabled(has_tag)

    def _new(self) -> None:
        self.newRequested.emit(self._current_kind())

    def _edit(self) -> None:
        if (tag := self.current_tag()) is not None:
            self.editRequested.emit(tag.id)

    def _merge(self) -> None:
        if (tag := self.current_tag()) is not None:
            self.mergeRequested.emit(tag.id)

    def _delete(self) -> None:
        if (tag := self.current_tag()) is not None:
            self.deleteRequested.emit(tag.id)

    def _menu(self, point: QPoint) -> None:
        self.tree.setCurrentIndex(self.tree.indexAt(point))
        self.context_menu().exec(self.tree.viewport().mapToGlobal(point))

    def context_menu(self) -> QMenu:
        """The current row's menu: the toolbar's actions under names with a mnemonic (a
        toolbar shows none, and Qt would leave a "(&N)" written apart on its buttons)."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per right-click
        if self.current_tag() is not None:
            menu.addAction(
                translate("CodebookDock", "&Apply to Selection"),
                lambda: self._choose(self.tree.currentIndex()),
            )
            menu.addSeparator()
        for text, action in (
            (translate("CodebookDock", "&New…"), self.new_action),
            (translate("CodebookDock", "&Edit…"), self.edit_action),
            (translate("CodebookDock", "&Merge…"), self.merge_action),
            (translate("CodebookDock", "&Delete…"), self.delete_action),
        ):
            item = menu.addAction(text, action.trigger)
            item.setEnabled(action.isEnabled())
            item.setStatusTip(action.toolTip())
        return menu

    def _end_toggle(self) -> None:
        self._toggled = False

    def _choose(self, index: QModelIndex) -> None:
        if self._toggled:  # this click ticked a box (Qt reports it as a click too)
            self._toggled = False
            return
        tag = self.model.tag_at(index)
        if tag is not None:
            self.tagChosen.emit(tag.id)

    def select_tag(self, tag_id: int) -> None:
        index = self.model.index_of_tag(tag_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
