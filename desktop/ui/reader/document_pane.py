"""One reading pane: a header with the document's metadata over its read-only text."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QMouseEvent,
    QTextCursor,
    QTextLine,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import AnnotationInfo, DocumentInfo, TagInfo
from desktop.ui.i18n import plural, translate
from desktop.ui.qt_offsets import OffsetMap
from desktop.ui.reader import highlights, word_snap
from desktop.ui.text_util import language_label, short

Grow = Callable[[str, OffsetMap, int, int], tuple[int, int]]


class ReaderView(QPlainTextEdit):
    """Read-only text that reports plain clicks and focus, and defers its context menu."""

    clicked = Signal(int)  # Qt position of a click that selected nothing
    selectionMade = Signal(bool)  # a mouse selection ended; True unless Alt was held
    focused = Signal()
    menuRequested = Signal(QMenu, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(translate("DocumentPane", "Document text"))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.focused.emit()  # the pane a reader clicks in is the one they work in
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.textCursor().hasSelection():
            alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            self.selectionMade.emit(not alt)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            position = self.character_at(event.position().toPoint())
            if position is not None:
                self.clicked.emit(position)

    def character_at(self, point: QPoint) -> int | None:
        """Qt position of the character drawn under ``point`` (not the nearest gap
        between characters, as ``cursorForPosition`` gives); None off the text."""
        block = self.cursorForPosition(point).block()
        layout = block.layout()
        origin = self.blockBoundingGeometry(block).translated(self.contentOffset()).topLeft()
        x, y = point.x() - origin.x(), point.y() - origin.y()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            if line.y() <= y < line.y() + line.height():
                if not line.x() <= x < line.x() + line.naturalTextWidth():
                    return None
                on = QTextLine.CursorPosition.CursorOnCharacter
                return block.position() + line.xToCursor(x, on)
        return None

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        self.menuRequested.emit(menu, event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()


class DocumentPane(QFrame):
    annotationClicked = Signal(int)
    closeRequested = Signal(int)
    moveRequested = Signal(int, int)  # document id, step in the reader's order (-1 or +1)
    activated = Signal(object)  # this pane, when the user starts working in it
    contextMenuRequested = Signal(object, QMenu, list)  # pane, menu, annotations under the cursor
    orphansRequested = Signal(int)  # document id: review the annotations its text lost
    showAllCodersRequested = Signal()  # the hidden-coders strip's button

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document_info: DocumentInfo | None = None
        self._text = ""
        self._tags: dict[int, TagInfo] = {}
        self.snap_words = True  # the user's choice; only where words are spaced; Alt skips it
        self._last_click: tuple[list[int], int] | None = None  # overlap cycling

        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setEnabled(False)  # the disabled palette greys it, in light and dark themes
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(translate("DocumentPane", "Close this document"))
        self.close_button.setAccessibleName(translate("DocumentPane", "Close document"))
        self.close_button.clicked.connect(self._request_close)
        # Back and forward in the reader's order: left and right, mirrored in right-to-left.
        self.move_back_button = QToolButton()
        self.move_forward_button = QToolButton()
        for button, step in ((self.move_back_button, -1), (self.move_forward_button, 1)):
            button.setAutoRaise(True)
            button.clicked.connect(lambda _checked=False, step=step: self._request_move(step))
        self._label_move_buttons()
        # Shown while the document has orphans: they are never painted, so say so here.
        self.orphans_button = QToolButton()
        self.orphans_button.setObjectName("orphansButton")
        self.orphans_button.setAutoRaise(True)
        self.orphans_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.orphans_button.setToolTip(
            translate(
                "DocumentPane",
                "Annotations whose passage the replaced text no longer holds: place or delete them",
            )
        )
        bold = self.orphans_button.font()
        bold.setBold(True)
        self.orphans_button.setFont(bold)
        self.orphans_button.clicked.connect(self._request_orphans)
        self.orphans_button.hide()
        # Shown while coders are hidden: their passages here are not painted, so say so.
        self.hidden_coders_label = QLabel()
        self.hidden_coders_label.setObjectName("hiddenCodersLabel")
        self.hidden_coders_label.setWordWrap(True)
        self.show_coders_button = QToolButton()
        self.show_coders_button.setObjectName("showCodersButton")
        self.show_coders_button.setText(translate("DocumentPane", "Show all coders"))
        self.show_coders_button.setToolTip(
            translate("DocumentPane", "Show every coder's annotations again")
        )
        self.show_coders_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.show_coders_button.clicked.connect(self.showAllCodersRequested)
        self.hidden_coders_label.hide()
        self.show_coders_button.hide()

        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.meta)
        heading.addWidget(self.orphans_button, 0, Qt.AlignmentFlag.AlignLeft)
        # Straight in the column, the button under the words: a row of its own around the
        # wrapped label took the header's width from the title (one word a line).
        heading.addWidget(self.hidden_coders_label)
        heading.addWidget(self.show_coders_button, 0, Qt.AlignmentFlag.AlignLeft)
        header = QHBoxLayout()
        header.addLayout(heading, 1)
        for button in (self.move_back_button, self.move_forward_button, self.close_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.view = ReaderView(self)
        self.view.clicked.connect(self._on_click)
        self.view.selectionMade.connect(self._snap_selection)
        self.view.focused.connect(lambda: self.activated.emit(self))
        self.view.menuRequested.connect(self._on_menu)
        self.view.viewport().installEventFilter(self)  # tooltips
        self.painter = highlights.Painter(self.view)  # owns the text's offset map
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)

    # -- content ------------------------------------------------------------------------

    @property
    def document_id(self) -> int | None:
        return self.document_info.id if self.document_info else None

    def set_document(self, info: DocumentInfo, text: str) -> None:
        self.document_info = info
        self._text = text
        self.view.setPlainText(text)
        self.painter.set_text(text)
        self.painter.passages.reset(())
        self.update_header(info)

    def replace_text(self, info: DocumentInfo, text: str) -> None:
        """The document's text was replaced: show the new one about where the reader was
        (the caller paints the annotations' new places)."""
        bar = self.view.verticalScrollBar()
        share = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.set_document(info, text)
        bar.setValue(round(share * bar.maximum()))

    def update_header(self, info: DocumentInfo) -> None:
        self.document_info = info
        self.title.setText(info.title)
        parts = [language_label(info.language)]
        parts += [p for p in (info.source, info.published, info.author) if p]
        if info.url:  # where it came from, shortened; the whole address in the tooltip
            parts.append(urlsplit(info.url).netloc or info.url)
        parts.append(
            plural(
                info.annotation_count,
                translate("DocumentPane", "{n} annotation"),
                translate("DocumentPane", "{n} annotations"),
            )
        )
        orphans = plural(
            info.orphan_count,
            translate("DocumentPane", "{n} orphaned annotation"),
            translate("DocumentPane", "{n} orphaned annotations"),
        )
        self.orphans_button.setText(
            translate("DocumentPane", "⚠ {orphans} — Review…").format(orphans=orphans)
        )
        self.orphans_button.setAccessibleName(
            translate("DocumentPane", "Review {orphans}").format(orphans=orphans)
        )
        self.orphans_button.setVisible(info.orphan_count > 0)
        # Each part isolated: in an Arabic pane, "2020-09-30" beside an Arabic outlet name
        # would otherwise be reordered by the bidi algorithm into "30-09-2020".
        self.meta.setText(" · ".join(f"\u2068{part}\u2069" for part in parts))
        self.meta.setToolTip(info.url)
        self.view.setAccessibleDescription(info.title)

    def set_hidden_coders(self, coders: Sequence[str], passages: int) -> None:
        """Say that ``coders`` (names as shown) are hidden, with ``passages`` of theirs in
        this document not painted; the strip goes when none is."""
        self.hidden_coders_label.setVisible(bool(coders))
        self.show_coders_button.setVisible(bool(coders))
        if not coders:
            return
        hidden = plural(
            len(coders),
            translate("DocumentPane", "{n} coder hidden"),
            translate("DocumentPane", "{n} coders hidden"),
        )
        text = plural(
            passages,
            translate("DocumentPane", "⚠ {hidden} ({n} passage in this document)"),
            translate("DocumentPane", "⚠ {hidden} ({n} passages in this document)"),
            hidden=hidden,
        )
        self.hidden_coders_label.setText(text)
        self.hidden_coders_label.setToolTip(
            translate(
                "DocumentPane",
                "Hidden in the reader: {coders}. Nothing is deleted; the Coders panel shows "
                "or hides each coder.",
            ).format(coders=", ".join(coders))
        )
        self.show_coders_button.setAccessibleDescription(text)

    def set_annotations(
        self, annotations: Iterable[AnnotationInfo], tags: list[TagInfo], paint: bool = True
    ) -> None:
        """Show ``annotations`` instead of those shown: what is in view is painted at once
        (``paint`` False: at ``painter.resume()``)."""
        self.set_tags(tags, repaint=False)
        self.painter.passages.reset(annotations)
        self.painter.invalidate(paint=paint)

    def update_annotations(
        self, before: Iterable[AnnotationInfo], after: Iterable[AnnotationInfo]
    ) -> None:
        """Some annotations changed: ``before`` as they were shown, ``after`` as they are."""
        passages = self.painter.passages
        touched = []
        for annotation in before:
            if (shown := passages.get(annotation.id)) is not None:
                passages.discard(annotation.id)
                touched.append(shown)
        for annotation in after:
            passages.put(annotation)
            touched.append(annotation)
        self.painter.invalidate((a.start, a.end) for a in touched)

    def set_tags(self, tags: list[TagInfo], repaint: bool = True) -> None:
        """The codebook changed: repaint the passages whose tags changed colour."""
        old = self.painter.colours
        new = {t.id: t.colour for t in tags}
        self._tags = {t.id: t for t in tags}
        self.painter.colours = new
        changed = {t for t in old.keys() | new.keys() if old.get(t) != new.get(t)}
        if repaint and changed:
            self.painter.invalidate(tags=changed)

    def grown(self, start: int, end: int, grow: Grow) -> tuple[int, int]:
        """A passage of this document widened by ``grow`` (to words, to a sentence)."""
        return grow(self._text, self.painter.offsets, start, end)

    @property
    def annotations(self) -> list[AnnotationInfo]:
        return list(self.painter.passages)

    # -- positions ----------------------------------------------------------------------

    def selection_span(self) -> tuple[int, int] | None:
        """The current selection in code points, or None when nothing is selected."""
        cursor = self.view.textCursor()
        if not cursor.hasSelection():
            return None
        return self.painter.offsets.span_from_qt(cursor.selectionStart(), cursor.selectionEnd())

    def _snap_selection(self, wanted: bool) -> None:
        """Widen a mouse selection to whole words, so what is shown is what gets tagged."""
        span = self.selection_span()
        language = self.document_info.language if self.document_info else ""
        if not (wanted and self.snap_words and word_snap.snaps(language)) or span is None:
            return
        start, end = word_snap.snap_to_words(self._text, self.painter.offsets, *span)
        if (start, end) != span and start < end:
            cursor = self.view.textCursor()
            forward = cursor.position() >= cursor.anchor()
            first, last = self.painter.offsets.span_to_qt(start, end)
            cursor.setPosition(first if forward else last)
            cursor.setPosition(last if forward else first, QTextCursor.MoveMode.KeepAnchor)
            self.view.setTextCursor(cursor)

    def select_span(self, start: int, end: int) -> None:
        """Select a passage and scroll it into the middle of the pane."""
        qt_start, qt_end = self.painter.offsets.span_to_qt(start, end)
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(qt_end)
        self.view.setTextCursor(cursor)
        self.view.centerCursor()
        cursor.setPosition(qt_start, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)

    def annotations_at(self, position: int) -> list[AnnotationInfo]:
        """Annotations covering code point ``position``, innermost first."""
        found = self.painter.passages.overlapping(position, position + 1)
        return sorted(found, key=lambda a: (a.end - a.start, a.start))

    def background_at(self, position: int) -> QColor:
        """The highlight colour painted on the character at code point ``position``."""
        self.painter.paint_now(position, position + 1)  # painted before it is ever shown
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.painter.offsets.to_qt(position) + 1)
        brush = cursor.charFormat().background()
        if brush.style() == Qt.BrushStyle.NoBrush:  # not highlighted: the page shows
            return self.view.palette().color(self.view.backgroundRole())
        return brush.color()

    def position_at(self, point: QPoint) -> int | None:
        """Code point of the character under ``point`` in the view, None off the text."""
        position = self.view.character_at(point)
        return None if position is None else self.painter.offsets.from_qt(position)

    def annotations_under(self, point: QPoint) -> list[AnnotationInfo]:
        position = self.position_at(point)
        return [] if position is None else self.annotations_at(position)

    # -- events -------------------------------------------------------------------------

    def _on_click(self, qt_position: int) -> None:
        """Select the innermost annotation here; clicking again cycles through the others."""
        self.activated.emit(self)
        under = self.annotations_at(self.painter.offsets.from_qt(qt_position))
        if not under:
            self._last_click = None
            return
        ids = [a.id for a in under]
        turn = 0
        if self._last_click is not None and self._last_click[0] == ids:
            turn = (self._last_click[1] + 1) % len(ids)
        self._last_click = (ids, turn)
        self.annotationClicked.emit(ids[turn])

    def _on_menu(self, menu: QMenu, point: QPoint) -> None:
        self.activated.emit(self)
        self.contextMenuRequested.emit(self, menu, self.annotations_under(point))

    def _request_close(self) -> None:
        if self.document_id is not None:
            self.closeRequested.emit(self.document_id)

    def _request_orphans(self) -> None:
        if self.document_id is not None:
            self.orphansRequested.emit(self.document_id)

    def _request_move(self, step: int) -> None:
        if self.document_id is not None:
            self.moveRequested.emit(self.document_id, step)

    def set_movable(self, back: bool, forward: bool) -> None:
        """Enable the move buttons that lead somewhere: none points past either end. A
        button disabled under the keyboard focus hands it on (Qt would give it to ✕, and
        the next Space would close the document)."""
        focused = self.move_back_button.hasFocus() or self.move_forward_button.hasFocus()
        self.move_back_button.setEnabled(back)
        self.move_forward_button.setEnabled(forward)
        if focused and not (
            self.move_back_button.hasFocus() or self.move_forward_button.hasFocus()
        ):
            other = self.move_back_button if back else self.move_forward_button
            (other if other.isEnabled() else self.view).setFocus(Qt.FocusReason.OtherFocusReason)

    def _label_move_buttons(self) -> None:
        """The splitter puts the first pane on the right in a right-to-left layout, so
        moving back goes right there: arrows and words follow what the reader sees."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        left = (
            "◀",
            translate("DocumentPane", "Move this document left"),
            translate("DocumentPane", "Move document left"),
        )
        right = (
            "▶",
            translate("DocumentPane", "Move this document right"),
            translate("DocumentPane", "Move document right"),
        )
        sides = (right, left) if rtl else (left, right)
        for button, (arrow, tip, name) in zip(
            (self.move_back_button, self.move_forward_button), sides, strict=True
        ):
            button.setText(arrow)
            button.setToolTip(tip)
            button.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._label_move_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.ToolTip:
            point = event.pos()  # type: ignore[attr-defined]
            under = self.annotations_under(point)
            if under:
                QToolTip.showText(event.globalPos(), self._tooltip(under), self.view)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def _tooltip(self, annotations: list[AnnotationInfo]) -> str:
        lines = []
        for annotation in annotations:
            names = ", ".join(self._tags[t].name for t in annotation.tag_ids if t in self._tags)
            names = names or translate("DocumentPane", "No tags")
            line = f"<b>{escape(names)}</b> — “{escape(short(annotation.quote))}”"
            if annotation.note:
                line += f"<br><i>{escape(short(annotation.note, 120))}</i>"
            lines.append(line)
        return "<br>".join(lines)
