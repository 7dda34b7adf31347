"""Reviewing orphans: annotations whose passage a replaced text no longer holds.

They are never painted in the reader (their offsets are only a guess), so they are
listed here, with their old quote, tags and note: the user selects the right passage in
the document's pane and places the annotation there, or deletes it; both are undoable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import AnnotationInfo, DocumentInfo, TagInfo
from desktop.ui.i18n import plural, translate
from desktop.ui.session import ProjectSession
from desktop.ui.text_util import short

if TYPE_CHECKING:
    from desktop.ui.reader.document_pane import DocumentPane

ID_ROLE = Qt.ItemDataRole.UserRole


class _OrphanList(QTreeWidget):
    deletePressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deletePressed.emit()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # it showed the place; the dialog must not close as well


class OrphansDialog(QDialog):
    """The project's orphans; stays open beside the window while passages are chosen."""

    showRequested = Signal(int)  # annotation id: select its likely place in its pane
    placeRequested = Signal(int)  # annotation id: anchor it at its pane's selection
    deleteRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orphansDialog")
        self.setWindowTitle(translate("OrphansDialog", "Orphaned Annotations"))
        self.setModal(False)
        intro = QLabel(
            translate(
                "OrphansDialog",
                "These annotations' passages were not found when their document's text was "
                "replaced. Select the right passage in the document, then choose Place at "
                "Selection; or delete the annotation. Both can be undone.",
            )
        )
        intro.setWordWrap(True)
        self.table = _OrphanList()
        self.table.setObjectName("orphansList")
        self.table.setAccessibleName(translate("OrphansDialog", "Orphaned annotations"))
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [
                translate("OrphansDialog", "Document"),
                translate("OrphansDialog", "Passage (in the old text)"),
                translate("OrphansDialog", "Tags"),
                translate("OrphansDialog", "Note"),
            ]
        )
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((170, 280, 140)):
            header.resizeSection(column, width)
        self.table.itemActivated.connect(lambda *_: self._emit(self.showRequested))
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.table.deletePressed.connect(lambda: self._emit(self.deleteRequested))
        self.status = QLabel()
        self.status.setObjectName("orphansStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.show_button = self._button(
            buttons,
            translate("OrphansDialog", "&Show Likely Place"),
            self.showRequested,
            translate("OrphansDialog", "Select where the passage probably was, in its pane"),
        )
        self.place_button = self._button(
            buttons,
            translate("OrphansDialog", "&Place at Selection"),
            self.placeRequested,
            translate(
                "OrphansDialog",
                "Anchor the annotation at the passage selected in its document's pane",
            ),
        )
        self.delete_button = self._button(
            buttons,
            translate("OrphansDialog", "&Delete"),
            self.deleteRequested,
            translate("OrphansDialog", "Delete the annotation (undoable)"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def _button(
        self, box: QDialogButtonBox, text: str, signal: SignalInstance, tip: str
    ) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._emit(signal))
        return button

    def set_orphans(
        self,
        orphans: list[AnnotationInfo],
        documents: dict[int, DocumentInfo],
        tags: dict[int, TagInfo],
        current: int | None = None,
    ) -> None:
        """List ``orphans``; ``current`` (or the one selected before, or the first) is
        selected."""
        current = current if current is not None else self.current_id()
        self.table.clear()
        for annotation in orphans:
            document = documents.get(annotation.document_id)
            names = [tags[t].name for t in annotation.tag_ids if t in tags]
            item = QTreeWidgetItem(
                [
                    document.title if document else "",
                    f"“{short(annotation.quote, 100)}”",
                    ", ".join(names) or translate("OrphansDialog", "No tags"),
                    short(annotation.note, 80),
                ]
            )
            item.setData(0, ID_ROLE, annotation.id)
            item.setToolTip(1, annotation.quote)
            item.setToolTip(3, annotation.note)
            self.table.addTopLevelItem(item)
        items = [self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount())]
        chosen = next((i for i in items if i and i.data(0, ID_ROLE) == current), None)
        chosen = chosen or (items[0] if items else None)
        if chosen is not None:
            self.table.setCurrentItem(chosen)
        self.setWindowTitle(
            translate("OrphansDialog", "Orphaned Annotations ({count})").format(count=len(orphans))
            if orphans
            else translate("OrphansDialog", "Orphaned Annotations")
        )
        if not orphans:
            self.status.setText(translate("OrphansDialog", "No annotation is orphaned."))
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.table.currentItem()
        return None if item is None else int(item.data(0, ID_ROLE))

    def show_message(self, text: str) -> None:
        self.status.setText(text)

    def _emit(self, signal: SignalInstance) -> None:
        if (annotation_id := self.current_id()) is not None:
            signal.emit(annotation_id)

    def _update_buttons(self) -> None:
        chosen = self.table.currentItem() is not None
        for button in (self.show_button, self.place_button, self.delete_button):
            button.setEnabled(chosen)


class OrphanReview:
    """Keeps the dialog current with the session and carries out what it asks for."""

    def __init__(
        self,
        parent: QWidget,
        session: ProjectSession,
        open_document: Callable[[int], DocumentPane],
    ) -> None:
        self._parent = parent
        self._session = session
        self._open = open_document
        self.dialog: OrphansDialog | None = None
        session.annotationsChanged.connect(self.refresh)
        session.annotationsEdited.connect(lambda _delta: self.refresh())
        session.codebookChanged.connect(self.refresh)

    def show(self, document_id: int | None = None, annotation_id: int | None = None) -> None:
        """Open the list, on ``annotation_id`` or the first orphan of ``document_id``."""
        if self.dialog is None:
            self.dialog = OrphansDialog(self._parent)
            self.dialog.showRequested.connect(self._show_place)
            self.dialog.placeRequested.connect(self._place)
            self.dialog.deleteRequested.connect(self._delete)
        if annotation_id is None and document_id is not None:
            first = self._session.orphans(document_id)
            annotation_id = first[0].id if first else None
        self.dialog.show_message("")
        self.refresh(annotation_id)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.table.setFocus()

    def refresh(self, current: int | None = None) -> None:
        if self.dialog is None or (not self.dialog.isVisible() and current is None):
            return
        session = self._session
        self.dialog.set_orphans(
            session.orphans(),
            {d.id: d for d in session.documents()},
            {t.id: t for t in session.tags()},
            current,
        )

    def _show_place(self, annotation_id: int) -> None:
        annotation = self._session.annotation(annotation_id)
        if annotation is not None and self.dialog is not None:
            self._open(annotation.document_id).select_span(annotation.start, annotation.end)
            self.dialog.show_message(
                translate(
                    "OrphansDialog",
                    "Selected where the passage probably was. Adjust the selection in the "
                    "document if needed, then choose Place at Selection.",
                )
            )

    def _place(self, annotation_id: int) -> None:
        annotation = self._session.annotation(annotation_id)
        if annotation is None or self.dialog is None:
            return
        pane = self._open(annotation.document_id)
        span = pane.selection_span()
        document = self._session.document(annotation.document_id)
        if span is None:
            title = document.title if document else translate("OrphansDialog", "its document")
            self.dialog.show_message(
                translate("OrphansDialog", "Select the passage in “{title}” first.").format(
                    title=title
                )
            )
            return
        placed = self._session.place_orphan(annotation, *span)
        if placed is not None:
            left = len(self._session.orphans())
            rest = (
                plural(
                    left,
                    translate("OrphansDialog", "{n} orphan left."),
                    translate("OrphansDialog", "{n} orphans left."),
                )
                if left
                else translate("OrphansDialog", "No orphans left.")
            )
            placed_at = translate("OrphansDialog", "Placed at “{quote}”.").format(
                quote=short(placed.quote)
            )
            self.dialog.show_message(f"{placed_at} {rest}")

    def _delete(self, annotation_id: int) -> None:
        annotation = self._session.annotation(annotation_id)
        if annotation is None or self.dialog is None:
            return
        if self._session.delete_annotation(annotation):
            self.dialog.show_message(
                translate("OrphansDialog", "Deleted the annotation on “{quote}”.").format(
                    quote=short(annotation.quote)
                )
            )
