"""The Suggestions dock: where tags' names and aliases occur, to accept or dismiss."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import DocumentInfo, TagInfo
from desktop.core.suggestions import Suggestion
from desktop.ui.i18n import plural, translate
from desktop.ui.swatches import swatch

SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 1


class SuggestionsDock(QDockWidget):
    findRequested = Signal()
    acceptRequested = Signal(list)  # suggestions
    dismissRequested = Signal(object)  # a suggestion
    showRequested = Signal(object)  # a suggestion: show it in the reader

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("SuggestionsDock", "Suggestions"), parent)
        self.setObjectName("suggestionsDock")
        # Alt+F is the File menu
        self.find = QPushButton(translate("SuggestionsDock", "F&ind in Open Documents"))
        self.find.setToolTip(
            translate(
                "SuggestionsDock", "Look for every tag's name and aliases in the open documents"
            )
        )
        self.find.clicked.connect(self.findRequested)
        self.summary = QLabel(
            translate(
                "SuggestionsDock",
                "Find where tags' names and aliases occur, then accept or dismiss.",
            )
        )
        self.summary.setWordWrap(True)
        self.summary.setEnabled(False)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("SuggestionsDock", "Suggested passages"))
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(lambda _item: self.accept_current())
        # Alt+A is the inspector's Add tag
        self.accept = QPushButton(translate("SuggestionsDock", "A&ccept"))
        self.accept.setToolTip(translate("SuggestionsDock", "Tag this passage (A or Enter)"))
        self.accept.clicked.connect(self.accept_current)
        self.dismiss = QPushButton(translate("SuggestionsDock", "Dis&miss"))
        self.dismiss.setToolTip(
            translate("SuggestionsDock", "Do not suggest this passage again (D)")
        )
        self.dismiss.clicked.connect(self.dismiss_current)
        self.accept_all = QPushButton(translate("SuggestionsDock", "Accept A&ll"))
        self.accept_all.clicked.connect(self._accept_all)
        for key, slot, what in (
            (
                "A",
                self.accept_current,
                translate("SuggestionsDock", "Accept the current suggestion (in the list)"),
            ),
            (
                "D",
                self.dismiss_current,
                translate("SuggestionsDock", "Dismiss the current suggestion (in the list)"),
            ),
        ):
            shortcut = QShortcut(QKeySequence(key), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.setWhatsThis(what)  # listed in Help → Keyboard Shortcuts
            shortcut.activated.connect(slot)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept)
        buttons.addWidget(self.dismiss)
        buttons.addStretch()
        buttons.addWidget(self.accept_all)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.find)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self._update_buttons()

    def set_suggestions(
        self, suggestions: list[Suggestion], tags: list[TagInfo], documents: list[DocumentInfo]
    ) -> None:
        by_tag = {t.id: t for t in tags}
        by_doc = {d.id: d for d in documents}
        self.list.clear()
        for suggestion in suggestions:
            tag = by_tag.get(suggestion.tag_id)
            if tag is None:
                continue
            document = by_doc.get(suggestion.document_id)
            language = document.language if document else "?"
            text = translate("SuggestionsDock", "[{language}] “{passage}” → {tag}").format(
                language=language, passage=suggestion.quote, tag=tag.name
            )
            item = QListWidgetItem(swatch(tag.colour), text)
            item.setData(SUGGESTION_ROLE, suggestion)
            item.setToolTip(
                translate("SuggestionsDock", "Found as “{matched}” in {document}").format(
                    matched=suggestion.matched, document=document.title if document else ""
                )
            )
            self.list.addItem(item)
        count = self.list.count()
        self.summary.setText(
            translate(
                "SuggestionsDock",
                "No suggestions: every name and alias found is coded or dismissed.",
            )
            if count == 0
            else plural(
                count,
                translate("SuggestionsDock", "{n} suggested passage. A accepts, D dismisses."),
                translate("SuggestionsDock", "{n} suggested passages. A accepts, D dismisses."),
            )
        )
        if count:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def forget_document(self, document_id: int) -> None:
        """Drop a document's suggestions: its text was replaced, their offsets are old."""
        rows = [
            row
            for row in range(self.list.count())
            if self.list.item(row).data(SUGGESTION_ROLE).document_id == document_id
        ]
        for row in reversed(rows):
            self.list.takeItem(row)
        if rows:
            self.summary.setText(
                translate(
                    "SuggestionsDock", "A document's text changed: find the suggestions again."
                )
            )
        self._update_buttons()

    def _current(self) -> tuple[QListWidgetItem, Suggestion] | None:
        item = self.list.currentItem()
        return None if item is None else (item, item.data(SUGGESTION_ROLE))

    def _show_current(self) -> None:
        current = self._current()
        if current is not None:
            self.showRequested.emit(current[1])
        self._update_buttons()

    def _take(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        self.list.takeItem(row)
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._update_buttons()

    def accept_current(self) -> None:
        current = self._current()
        if current is not None:
            self._take(current[0])
            self.acceptRequested.emit([current[1]])

    def dismiss_current(self) -> None:
        current = self._current()
        if current is not None:
            self._take(current[0])
            self.dismissRequested.emit(current[1])

    def _accept_all(self) -> None:
        everything = [self.list.item(i).data(SUGGESTION_ROLE) for i in range(self.list.count())]
        self.list.clear()
        self._update_buttons()
        if everything:
            self.acceptRequested.emit(everything)

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.accept.setEnabled(has)
        self.dismiss.setEnabled(has)
        self.accept_all.setEnabled(self.list.count() > 0)
