"""The centre of the window: open documents side by side in a splitter.

Panes can be reordered (header buttons, Ctrl+Shift+PgUp/PgDown, or dragging a pane by its
title), and their scrolling can be synchronised by relative position (value / maximum):
texts side by side rarely have the same length, so the same line number would put a short
translation's end beside a long original's middle.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMenu,
    QSplitter,
    QStackedLayout,
    QWidget,
)

from desktop.core.records import AnnotationInfo, DocumentInfo, TagInfo
from desktop.ui.i18n import translate
from desktop.ui.reader.document_pane import DocumentPane


class ReaderArea(QWidget):
    annotationClicked = Signal(int)
    orphansRequested = Signal(int)  # document id
    showAllCodersRequested = Signal()  # a pane's hidden-coders strip
    menuRequested = Signal(object, QMenu, list)  # pane, menu, annotations under the cursor
    openDocumentsChanged = Signal()
    synchronisedChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setObjectName("readerSplitter")
        self.empty = QLabel(
            translate(
                "ReaderArea",
                "No document is open.\n"
                "Double-click a document in the Corpus panel to read it here.",
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.splitter)
        self._current: DocumentPane | None = None
        self._snap_words = True
        self._synchronised = False
        self._syncing = False  # set while panes are moved to follow another: no echoes
        self._leader: DocumentPane | None = None  # the pane the others follow
        self._dragging: DocumentPane | None = None  # the pane whose title is being dragged
        self._drag_from: QPoint | None = None
        self._realign = QTimer(self)
        self._realign.setSingleShot(True)
        self._realign.setInterval(0)
        self._realign.timeout.connect(self._line_up)

        self.sync_action = QAction(translate("ReaderArea", "&Synchronise Scrolling"), self)
        self.sync_action.setCheckable(True)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        tip = translate(
            "ReaderArea", "Scroll all open documents together, each to the same relative position"
        )
        self.sync_action.setStatusTip(tip)
        self.sync_action.setToolTip(tip)
        self.sync_action.toggled.connect(self.set_synchronised)
        # Added here too, so the shortcut works before (and without) any menu holding it.
        self.addAction(self.sync_action)

        # Only while the reader has focus: elsewhere these keys belong to other widgets.
        self.move_back_action = self._pane_action(
            translate("ReaderArea", "Move Document &Back"),
            "Ctrl+Shift+PgUp",
            translate("ReaderArea", "Move the current document one place back"),
            -1,
        )
        self.move_forward_action = self._pane_action(
            translate("ReaderArea", "Move Document &Forward"),
            "Ctrl+Shift+PgDown",
            translate("ReaderArea", "Move the current document one place forward"),
            1,
        )

    def _pane_action(self, text: str, shortcut: str, tip: str, step: int) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda: self._move_focused(step))
        self.addAction(action)
        return action

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
            pane.orphansRequested.connect(self.orphansRequested)
            pane.showAllCodersRequested.connect(self.showAllCodersRequested)
            pane.activated.connect(self._set_current)
            pane.closeRequested.connect(self.close_document)
            pane.moveRequested.connect(self.move_pane)
            bar = pane.view.verticalScrollBar()
            bar.valueChanged.connect(lambda _value, p=pane: self._scrolled(p))
            # The range grows as the text is laid out, and on resizing: keep in step.
            bar.rangeChanged.connect(lambda _lo, _hi, p=pane: self._range_changed(p))
            # Only the reader's own hand picks the pane the others follow: the scroll bar
            # used, the wheel turned over a pane, a pane clicked or focused. A pane that
            # scrolls because its layout changed must not lead (the place was lost).
            bar.actionTriggered.connect(lambda _action, p=pane: self._lead(p))
            pane.view.viewport().installEventFilter(self)
            pane.title.installEventFilter(self)  # dragging by the title moves the pane
            pane.title.setCursor(Qt.CursorShape.OpenHandCursor)
            self.splitter.addWidget(pane)
            self._even_out()
            self._stack.setCurrentWidget(self.splitter)
            pane.set_annotations(annotations, tags)
            self._update_move_buttons()
            self.openDocumentsChanged.emit()
            self._current = pane  # a new pane joins the others' place; it does not lead
            if self._synchronised:
                self._realign.start()
        else:
            self._set_current(pane)  # shown again (a passage jumped to): it leads
        return pane

    def close_document(self, document_id: int) -> None:
        pane = self.pane_for(document_id)
        if pane is None:
            return
        pane.hide()
        pane.setParent(None)
        pane.deleteLater()
        if self._leader is pane:
            self._leader = None
        if not self.panes():
            self._stack.setCurrentWidget(self.empty)
        self._even_out()
        self._update_move_buttons()
        self.openDocumentsChanged.emit()

    def _set_current(self, pane: DocumentPane) -> None:
        self._current = pane
        self._lead(pane)

    def _lead(self, pane: DocumentPane) -> None:
        if pane in self.panes():
            self._leader = pane

    def _even_out(self) -> None:
        count = self.splitter.count()
        if count:
            self.splitter.setSizes([max(1, self.splitter.width() // count)] * count)

    # -- order --------------------------------------------------------------------------

    def move_pane(self, document_id: int, step: int) -> bool:
        """Move a document's pane ``step`` places along the reader (negative: back),
        stopping at the ends; every pane keeps its width. True if it moved."""
        pane = self.pane_for(document_id)
        if pane is None:
            return False
        index = self.splitter.indexOf(pane)
        target = max(0, min(self.splitter.count() - 1, index + step))
        if target == index:
            return False
        sizes = self.splitter.sizes()
        sizes.insert(target, sizes.pop(index))
        self.splitter.insertWidget(target, pane)  # moves it: the index counts without it
        self.splitter.setSizes(sizes)
        self._update_move_buttons()
        self.openDocumentsChanged.emit()
        return True

    def _move_focused(self, step: int) -> None:
        """The keyboard moves the pane that holds the focus, else the current one."""
        pane = self._pane_holding(QApplication.focusWidget()) or self.current_pane
        if pane is not None and pane.document_id is not None:
            self.move_pane(pane.document_id, step)
            pane.view.setFocus()  # a disabled end button must not strand the focus

    def _pane_holding(self, widget: QWidget | None) -> DocumentPane | None:
        while widget is not None and not isinstance(widget, DocumentPane):
            widget = widget.parentWidget()
        return widget if widget in self.panes() else None

    def _update_move_buttons(self) -> None:
        panes = self.panes()
        for index, pane in enumerate(panes):
            pane.set_movable(index > 0, index < len(panes) - 1)

    def _pane_index_at(self, global_pos: QPoint) -> int | None:
        """Index of the pane under a screen position, by its place along the splitter
        (geometry is already mirrored in right-to-left layouts); None off the reader."""
        point = self.splitter.mapFromGlobal(global_pos)
        if not self.splitter.rect().contains(point):
            return None
        for index, pane in enumerate(self.panes()):
            area = pane.geometry()
            if area.left() <= point.x() <= area.right():
                return index
        return None  # on a handle: not a place

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Drag a pane by its title onto another pane to move it there. Plain mouse
        tracking, not QDrag: the title keeps the mouse while the button is down. A wheel
        turned over a pane's text makes it the one the others follow."""
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, QWidget):
            pane = self._pane_holding(watched)
            if pane is not None:
                self._lead(pane)
            return False
        if not isinstance(watched, QLabel) or kind not in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.MouseButtonRelease,
        ):
            return super().eventFilter(watched, event)
        assert isinstance(event, QMouseEvent)
        pane = self._pane_holding(watched)
        if pane is None:
            return False
        if kind == QEvent.Type.MouseButtonPress:
            if event.button() == Qt.MouseButton.LeftButton:
                self._dragging, self._drag_from = pane, event.globalPosition().toPoint()
            return False
        if self._dragging is not pane or self._drag_from is None:
            return False
        at = event.globalPosition().toPoint()
        far = (at - self._drag_from).manhattanLength() >= QApplication.startDragDistance()
        if kind == QEvent.Type.MouseMove:
            if far:
                watched.setCursor(Qt.CursorShape.ClosedHandCursor)
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self._dragging = self._drag_from = None
        watched.setCursor(Qt.CursorShape.OpenHandCursor)
        target = self._pane_index_at(at)
        if far and target is not None and pane.document_id is not None:
            self.move_pane(pane.document_id, target - self.splitter.indexOf(pane))
            return True
        return False

    # -- synchronised scrolling ---------------------------------------------------------

    @property
    def synchronised(self) -> bool:
        return self._synchronised

    def set_synchronised(self, on: bool) -> None:
        """Scroll every pane with the one scrolled; turning it on lines the others up
        with the current pane at once."""
        if on == self._synchronised:
            return
        self._synchronised = on
        self.sync_action.setChecked(on)
        if on:
            self._leader = self.current_pane
            if self._leader is not None:
                self._follow(self._leader)
        self.synchronisedChanged.emit(on)

    @staticmethod
    def _fraction(pane: DocumentPane) -> float:
        """How far into its text the pane's top line is, by characters: a stable measure
        (the scroll bar counts lines, and their number changes as the text is laid out)."""
        view = pane.view
        block = view.firstVisibleBlock()
        length = max(1, view.document().characterCount() - 1)
        if not block.isValid():
            return 0.0
        lines = max(1, block.lineCount())
        into = view.verticalScrollBar().value() - block.firstLineNumber()
        return (block.position() + block.length() * min(max(into, 0), lines) / lines) / length

    @staticmethod
    def _place(pane: DocumentPane, fraction: float) -> None:
        """Scroll ``pane`` so the line holding ``fraction`` of its text is at the top."""
        view = pane.view
        document = view.document()
        position = round(fraction * max(1, document.characterCount() - 1))
        block = document.findBlock(position)
        if not block.isValid():
            return
        layout = block.layout()
        line = 0
        if layout is not None and layout.lineCount() > 1:
            line = layout.lineForTextPosition(position - block.position()).lineNumber()
        view.verticalScrollBar().setValue(block.firstLineNumber() + max(0, line))

    def _scrolled(self, pane: DocumentPane) -> None:
        if not self._synchronised or self._syncing or pane is not self._leader:
            return  # a follower moved by its own layout does not move the others
        self._follow(pane)

    def _follow(self, leader: DocumentPane) -> None:
        """Every other pane to ``leader``'s relative position."""
        fraction = self._fraction(leader)
        self._syncing = True
        try:
            for pane in self.panes():
                if pane is not leader:
                    self._place(pane, fraction)
        finally:
            self._syncing = False

    def _range_changed(self, pane: DocumentPane) -> None:
        """A pane's scroll range changed (laid out further, resized, just opened): line
        the panes up again once the burst is over, as a scroll lays out many blocks,
        each of which changes the range."""
        if not self._synchronised or self._syncing or pane not in self.panes():
            return
        if self._leader not in self.panes():
            self._leader = self.current_pane
        self._realign.start()

    def _line_up(self) -> None:
        if self._synchronised and self._leader in self.panes():
            assert self._leader is not None
            self._follow(self._leader)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            # QSplitter mirrors its panes only when it next lays them out: do it now.
            self.splitter.setSizes(self.splitter.sizes())

    # -- state --------------------------------------------------------------------------

    def save_state(self) -> QByteArray:
        return self.splitter.saveState()

    def restore_state(self, state: QByteArray) -> None:
        self.splitter.restoreState(state)
