"""The Codebook dock: tags by kind with colours, shortcuts and counts; click to tag."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QDockWidget, QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from desktop.core.records import TagInfo
from desktop.ui.codebook.codebook_model import CodebookModel


class CodebookDock(QDockWidget):
    tagChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Codebook", parent)
        self.setObjectName("codebookDock")
        self.model = CodebookModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setAccessibleName("Codebook")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.clicked.connect(self._choose)
        self.tree.activated.connect(self._choose)
        hint = QLabel("Select a passage, then click a tag or press its key.")
        hint.setWordWrap(True)
        hint.setEnabled(False)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(hint)
        layout.addWidget(self.tree)
        self.setWidget(body)

    def set_tags(self, tags: list[TagInfo]) -> None:
        self.model.set_tags(tags)
        self.tree.expandAll()

    def _choose(self, index: QModelIndex) -> None:
        tag = self.model.tag_at(index)
        if tag is not None:
            self.tagChosen.emit(tag.id)

    def select_tag(self, tag_id: int) -> None:
        index = self.model.index_of_tag(tag_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
