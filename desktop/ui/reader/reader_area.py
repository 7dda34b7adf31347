"""The centre of the window: open documents side by side in a splitter."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtWidgets import QLabel, QMenu, QSplitter, QStackedLayout, QWidget

from desktop.core.records import AnnotationInfo, DocumentInfo, TagInfo
from desktop.ui.reader.document_pane import DocumentPane


class ReaderArea(QWidget):
    annotationClicked = Signal(int)
    menuRequested = Signal(object, QMenu, list)  # pane, menu, annotations under the cursor
    openDocumentsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setObjectName("readerSplitter")
        self.empty = QLabel(
            "No document is open.\nDouble-click a document in the Corpus panel to read it here."
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.splitter)
        self._current: DocumentPane | None = None
        self._snap_words = True

    @property
    def snap_words(self) -> bool:
        return self._snap_words

    @snap_words.setter
    def snap_words(self, enabled: bool) -> None:
        """The preference; each pane also follows its document's script."""
        self._snap_words = enabled
        for pane in self.panes():
            pane.snap_words = enabled

    def panes(self) -> list[DocumentPane]:
        return [
            pane
            for i in range(self.splitter.count())
            if isinstance(pane := self.splitter.widget(i), DocumentPane)
        ]

    def pane_for(self, document_id: int) -> DocumentPane | None:
        return next((p for p in self.panes() if p.document_id == document_id), None)

    def open_document_ids(self) -> list[int]:
        return [p.document_id for p in self.panes() if p.document_id is not None]

    @property
    def current_pane(self) -> DocumentPane | None:
        panes = self.panes()
        if self._current in panes:
            return self._current
        return panes[0] if panes else None

    def open_document(
        self,
        info: DocumentInfo,
        text: str,
        annotations: list[AnnotationInfo],
        tags: list[TagInfo],
    ) -> DocumentPane:
        pane = self.pane_for(info.id)
        if pane is None:
            pane = DocumentPane()
            pane.set_document(info, text)
            pane.snap_words = self._snap_words
            pane.annotationClicked.connect(self.annotationClicked)
            pane.contextMenuRequested.connect(self.menuRequested)
            pane.activated.connect(self._set_current)
            pane.closeRequested.connect(self.close_document)
            self.splitter.addWidget(pane)
            self._even_out()
            self._stack.setCurrentWidget(self.splitter)
            pane.set_annotations(annotations, tags)
            self.openDocumentsChanged.emit()
        self._current = pane
        return pane

    def close_document(self, document_id: int) -> None:
        pane = self.pane_for(document_id)
        if pane is None:
            return
        pane.hide()
        pane.setParent(None)
        pane.deleteLater()
        if not self.panes():
            self._stack.setCurrentWidget(self.empty)
        self._even_out()
        self.openDocumentsChanged.emit()

    def _set_current(self, pane: DocumentPane) -> None:
        self._current = pane

    def _even_out(self) -> None:
        count = self.splitter.count()
        if count:
            self.splitter.setSizes([max(1, self.splitter.width() // count)] * count)

    def save_state(self) -> QByteArray:
        return self.splitter.saveState()

    def restore_state(self, state: QByteArray) -> None:
        self.splitter.restoreState(state)
