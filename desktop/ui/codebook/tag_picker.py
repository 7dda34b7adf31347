"""Type-ahead tag picker (Ctrl+T): type part of a name or alias, press Enter.

Ctrl+Space (or a click on a box) ticks several tags to apply at once, since a plain
space belongs to names like "United States". When nothing matches exactly, the picker
offers to create the tag in any existing kind.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import AliasInfo, TagInfo
from desktop.core.tag_search import rank_tags
from desktop.ui.i18n import translate
from desktop.ui.kinds import kind_noun
from desktop.ui.swatches import swatch
from desktop.ui.tag_actions import kind_key

TAG_ROLE = Qt.ItemDataRole.UserRole + 1
CREATE_ROLE = Qt.ItemDataRole.UserRole + 2  # a "create in kind" row: holds the kind
STRONG_MATCH = 90.0  # a prefix, word start or substring of a name or alias


class TagPicker(QDialog):
    chosen = Signal(list)  # tag ids to apply
    createRequested = Signal(str, str, list)  # name, kind, ticked tag ids to apply with it

    def __init__(
        self, tags: list[TagInfo], aliases: list[AliasInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TagPicker", "Tag Selection"))
        self.setModal(True)
        self._tags = tags
        self._aliases = aliases
        self._ticked: list[int] = []
        self.query = QLineEdit()
        self.query.setPlaceholderText(translate("TagPicker", "Type a tag name or alias…"))
        self.query.setAccessibleName(translate("TagPicker", "Tag name"))
        self.results = QListWidget()
        self.results.setAccessibleName(translate("TagPicker", "Matching tags"))
        self.results.itemActivated.connect(lambda _item: self.accept_current())
        self.results.itemChanged.connect(self._tick_changed)
        self.hint = QLabel(
            translate("TagPicker", "Enter applies · Ctrl+Space ticks several · Esc cancels")
        )
        self.hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        self.query.textChanged.connect(self._refill)
        self.query.installEventFilter(self)
        self.resize(380, 420)
        self._refill("")

    def _refill(self, text: str) -> None:
        self.results.blockSignals(True)  # re-ticking rows is not the user ticking them
        self.results.clear()
        matches = rank_tags(text, self._tags, self._aliases)
        for match in matches:
            tag = match.tag
            label = tag.name if match.matched == tag.name else f"{tag.name}  ({match.matched})"
            item = QListWidgetItem(swatch(tag.colour), f"{label}    · {kind_noun(tag.kind)}")
            item.setData(TAG_ROLE, tag.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if tag.id in self._ticked else Qt.CheckState.Unchecked
            )
            if tag.shortcut:
                item.setToolTip(translate("TagPicker", "Key: {key}").format(key=tag.shortcut))
            self.results.addItem(item)
        name = " ".join(text.split())
        exact = any(t.name.casefold() == name.casefold() for t in self._tags)
        first_create = self.results.count()
        if name and not exact:
            for kind in sorted({t.kind for t in self._tags} or {"actor", "theme"}, key=kind_key):
                item = QListWidgetItem(
                    translate("TagPicker", "Create {kind} “{name}”").format(
                        kind=kind_noun(kind), name=name
                    )
                )
                item.setData(CREATE_ROLE, kind)
                self.results.addItem(item)
        self.results.blockSignals(False)
        # Only a close match is worth Enter; for a new name, Enter offers to create it.
        strong = bool(matches) and (not name or matches[0].score >= STRONG_MATCH)
        if self.results.count():
            self.results.setCurrentRow(
                0 if strong or first_create == self.results.count() else first_create
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.results.keyPressEvent(event)  # move through the list, keep typing here
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept_current()
                return True
            if key == Qt.Key.Key_Space and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.toggle_current()
                return True
        return super().eventFilter(watched, event)

    def toggle_current(self) -> None:
        item = self.results.currentItem()
        if item is not None and item.data(TAG_ROLE) is not None:
            ticked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)

    def _tick_changed(self, item: QListWidgetItem) -> None:
        tag_id = item.data(TAG_ROLE)
        if tag_id is None:
            return
        if item.checkState() == Qt.CheckState.Checked and tag_id not in self._ticked:
            self._ticked.append(int(tag_id))
        elif item.checkState() == Qt.CheckState.Unchecked and tag_id in self._ticked:
            self._ticked.remove(int(tag_id))

    def accept_current(self) -> None:
        """Apply the ticked tags, or else the highlighted one; or create the new tag."""
        item = self.results.currentItem()
        if item is not None and item.data(CREATE_ROLE):
            name = " ".join(self.query.text().split())
            self.createRequested.emit(name, item.data(CREATE_ROLE), list(self._ticked))
            self.accept()
            return
        chosen = list(self._ticked)
        if not chosen and item is not None and item.data(TAG_ROLE) is not None:
            chosen = [int(item.data(TAG_ROLE))]
        if chosen:
            self.chosen.emit(chosen)
            self.accept()
