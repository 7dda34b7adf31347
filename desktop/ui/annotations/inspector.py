"""The selected annotation in full: passage in context, tags, note, coder and times."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import AnnotationInfo, DocumentInfo, TagInfo
from desktop.ui.i18n import translate
from desktop.ui.kinds import kind_noun
from desktop.ui.swatches import swatch

NOTE_SAVE_DELAY_MS = 600


class NoteEdit(QPlainTextEdit):
    focusLost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focusLost.emit()


class AnnotationInspector(QWidget):
    removeTagRequested = Signal(int, int)  # annotation id, tag id
    noteChanged = Signal(int, str)  # annotation id, note
    deleteRequested = Signal(int)
    spanRequested = Signal(int, str)  # annotation id, "selection" | "words" | "sentence"
    addTagRequested = Signal(int)  # annotation id: open the tag picker for it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.annotation: AnnotationInfo | None = None
        self._note_pending = False  # typed but not yet handed over to be saved
        self.passage = QLabel()
        self.passage.setWordWrap(True)
        self.passage.setTextFormat(Qt.TextFormat.RichText)
        self.passage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.document = QLabel()
        self.document.setWordWrap(True)
        self.tags = QListWidget()
        self.tags.setAccessibleName(translate("AnnotationInspector", "Tags of the annotation"))
        self.tags.setMaximumHeight(90)
        self.remove_tag = QPushButton(translate("AnnotationInspector", "&Remove tag"))
        self.remove_tag.clicked.connect(self._remove_tag)
        # Alt+T is the Tag menu
        self.add_tag = QPushButton(translate("AnnotationInspector", "&Add tag…"))
        self.add_tag.clicked.connect(self._add_tag)
        self.tags.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.note = NoteEdit()
        self.note.setPlaceholderText(
            translate("AnnotationInspector", "Add a note… (saved as you type)")
        )
        self.note.setAccessibleName(translate("AnnotationInspector", "Note"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(110)
        self.note_state = QLabel()
        self.note_state.setEnabled(False)
        self.coder = QLabel()
        self.times = QLabel()
        self.times.setWordWrap(True)
        self.delete = QPushButton(translate("AnnotationInspector", "&Delete annotation"))
        self.delete.clicked.connect(self._delete)
        self.span_buttons = []
        for label, mode, tip in (
            (
                translate("AnnotationInspector", "Use Selection"),
                "selection",
                translate(
                    "AnnotationInspector", "Make the passage what is now selected in its pane"
                ),
            ),
            (
                translate("AnnotationInspector", "Whole Words"),
                "words",
                translate("AnnotationInspector", "Widen the passage to whole words"),
            ),
            (
                translate("AnnotationInspector", "Whole Sentence"),
                "sentence",
                translate("AnnotationInspector", "Widen the passage to its whole sentence(s)"),
            ),
        ):
            button = QPushButton(label)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, m=mode: self._request_span(m))
            self.span_buttons.append(button)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_note)
        self.note.textChanged.connect(self._note_typed)
        self.note.focusLost.connect(self.save_note)

        tag_row = QHBoxLayout()
        tag_row.addWidget(self.tags, 1)
        tag_buttons = QVBoxLayout()
        tag_buttons.addWidget(self.add_tag)
        tag_buttons.addWidget(self.remove_tag)
        tag_buttons.addStretch()
        tag_row.addLayout(tag_buttons)
        form = QFormLayout()
        form.addRow(translate("AnnotationInspector", "Passage:"), self.passage)
        span_row = QHBoxLayout()
        for button in self.span_buttons:
            span_row.addWidget(button)
        span_row.addStretch()
        form.addRow("", span_row)
        form.addRow(translate("AnnotationInspector", "Document:"), self.document)
        form.addRow(translate("AnnotationInspector", "Tags:"), tag_row)
        form.addRow(translate("AnnotationInspector", "Note:"), self.note)
        form.addRow("", self.note_state)
        form.addRow(translate("AnnotationInspector", "Coder:"), self.coder)
        form.addRow(translate("AnnotationInspector", "Dates:"), self.times)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.delete, 0, Qt.AlignmentFlag.AlignRight)
        # Tab follows the form top to bottom (the widgets were made in another order).
        order = [*self.span_buttons, self.tags, self.add_tag, self.remove_tag, self.note]
        for first, second in zip(order, [*order[1:], self.delete], strict=True):
            QWidget.setTabOrder(first, second)
        self.show_annotation(None, None, {})

    def show_annotation(
        self,
        annotation: AnnotationInfo | None,
        document: DocumentInfo | None,
        tags: dict[int, TagInfo],
    ) -> None:
        """Show ``annotation``; keeps unsaved typing when it is the one being edited.

        Typing pending for another annotation is saved after the switch, so the refresh
        that saving causes already sees the new annotation as the current one.
        """
        same = (
            annotation is not None
            and self.annotation is not None
            and annotation.id == self.annotation.id
        )
        pending = None if same else self._take_pending()
        self.annotation = annotation
        self.setEnabled(annotation is not None)
        if annotation is None:
            self.passage.setText(
                translate("AnnotationInspector", "<i>Select an annotation to see it here.</i>")
            )
            self.document.clear()
            self.tags.clear()
            self._set_note_text("")
            self.note_state.clear()
            self.coder.clear()
            self.times.clear()
            self._update_buttons()
            if pending is not None:
                self.noteChanged.emit(*pending)
            return
        self.passage.setText(
            f"…{escape(annotation.prefix)}<b>{escape(annotation.quote)}</b>"
            f"{escape(annotation.suffix)}…".replace("\n", "<br>")
        )
        title = document.title if document else ""
        if annotation.orphan:
            title = translate(
                "AnnotationInspector", "{title} — ⚠ orphaned: not found when its text was replaced"
            ).format(title=title)
        self.document.setText(title)
        for button in self.span_buttons[1:]:  # an orphan's span is a guess: nothing to widen
            button.setEnabled(not annotation.orphan)
        self.tags.clear()
        for tag_id in annotation.tag_ids:
            tag = tags.get(tag_id)
            if tag is None:
                continue
            item = QListWidgetItem(swatch(tag.colour), f"{tag.name}  ({kind_noun(tag.kind)})")
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            self.tags.addItem(item)
        if self.tags.count():
            self.tags.setCurrentRow(0)
        if not (same and self._note_pending) and self.note.toPlainText() != annotation.note:
            self._set_note_text(annotation.note)
        if not self._note_pending:
            self.note_state.setText(
                translate("AnnotationInspector", "Saved") if annotation.note else ""
            )
        self.coder.setText(annotation.coder or "—")
        locale = QLocale()
        created = locale.toString(
            annotation.created_at.astimezone(), QLocale.FormatType.ShortFormat
        )
        updated = locale.toString(
            annotation.updated_at.astimezone(), QLocale.FormatType.ShortFormat
        )
        self.times.setText(
            translate("AnnotationInspector", "created {created}, changed {updated}").format(
                created=created, updated=updated
            )
        )
        self._update_buttons()
        if pending is not None:
            self.noteChanged.emit(*pending)

    def _set_note_text(self, text: str) -> None:
        self.note.blockSignals(True)
        self.note.setPlainText(text)
        self.note.blockSignals(False)

    def _update_buttons(self) -> None:
        self.remove_tag.setEnabled(self.tags.currentItem() is not None)

    def _note_typed(self) -> None:
        if self.annotation is not None:
            self._note_pending = True
            self.note_state.setText(translate("AnnotationInspector", "Editing…"))
            self._save_timer.start()

    def save_note(self) -> None:
        """Commit pending note typing now (also runs after a pause and on focus loss)."""
        pending = self._take_pending()
        if pending is not None:
            self.noteChanged.emit(*pending)

    def _take_pending(self) -> tuple[int, str] | None:
        self._save_timer.stop()
        if not self._note_pending or self.annotation is None:
            return None
        self._note_pending = False
        return self.annotation.id, self.note.toPlainText()

    def has_unsaved_note(self) -> bool:
        return self._note_pending

    def mark_note_saved(self, annotation_id: int, text: str, saved: bool) -> None:
        """Show how saving went; a note that was not saved is put back, still pending."""
        if self.annotation is None or self.annotation.id != annotation_id:
            return
        if saved:
            if not self._note_pending:
                self.note_state.setText(translate("AnnotationInspector", "Saved"))
            return
        if self.note.toPlainText() != text:
            self._set_note_text(text)
        self._note_pending = True
        self.note_state.setText(
            translate(
                "AnnotationInspector", "Not saved — it will be tried again when you leave the note"
            )
        )

    def _remove_tag(self) -> None:
        item = self.tags.currentItem()
        if item is not None and self.annotation is not None:
            self.removeTagRequested.emit(
                self.annotation.id, int(item.data(Qt.ItemDataRole.UserRole))
            )

    def _add_tag(self) -> None:
        if self.annotation is not None:
            self.addTagRequested.emit(self.annotation.id)

    def _request_span(self, mode: str) -> None:
        if self.annotation is not None:
            self.spanRequested.emit(self.annotation.id, mode)

    def _delete(self) -> None:
        if self.annotation is not None:
            self.save_note()
            self.deleteRequested.emit(self.annotation.id)
