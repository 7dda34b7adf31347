"""Create or edit a tag: name, kind, parent, colour, key and description."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.palette import PALETTE, next_colour
from desktop.core.records import AliasInfo, TagInfo
from desktop.ui.colours import error_style
from desktop.ui.i18n import translate
from desktop.ui.kinds import kind_noun
from desktop.ui.swatches import swatch, swatch_name
from desktop.ui.tag_actions import kind_key


class TagDialog(QDialog):
    """Collects a tag's fields; the session validates and saves them on accept."""

    def __init__(
        self,
        tags: list[TagInfo],
        tag: TagInfo | None = None,
        kind: str = "actor",
        parent: QWidget | None = None,
        aliases: list[AliasInfo] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("TagDialog", "Edit Tag") if tag else translate("TagDialog", "New Tag")
        )
        self._tags = tags
        self._editing = tag
        self.name = QLineEdit(tag.name if tag else "")
        self.name.setAccessibleName(translate("TagDialog", "Tag name"))
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.setAccessibleName(translate("TagDialog", "Kind"))
        kinds = sorted({t.kind for t in tags} | {"actor", "theme"}, key=kind_key)
        for each in kinds:  # shown in the interface's language, kept as stored
            self.kind.addItem(kind_noun(each), each)
        current = tag.kind if tag else kind
        found = self.kind.findData(current)
        if found >= 0:
            self.kind.setCurrentIndex(found)
        else:
            self.kind.setCurrentText(current)
        self.kind.setEnabled(tag is None)  # a tag keeps its kind; merge to move it across
        self.parent_tag = QComboBox()
        self.parent_tag.setAccessibleName(translate("TagDialog", "Parent tag"))
        self.parent_tag.setEnabled(tag is None)  # moving is drag and drop in the codebook
        self.colour = tag.colour if tag else next_colour(t.colour for t in tags)
        self.colour_button = QPushButton()
        self.colour_button.setAccessibleName(translate("TagDialog", "Colour"))
        self.colour_button.clicked.connect(self._pick_colour)
        palette = QGridLayout()
        palette.setSpacing(2)
        for index, colour in enumerate(PALETTE):
            button = QToolButton()
            button.setIcon(swatch(colour, 16))
            button.setToolTip(colour)
            button.setAccessibleName(swatch_name(colour))
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, c=colour: self._set_colour(c))
            palette.addWidget(button, index // 13, index % 13)
        self.shortcut = QKeySequenceEdit(QKeySequence(tag.shortcut if tag else ""))
        self.shortcut.setAccessibleName(translate("TagDialog", "Key"))
        self.shortcut.setMaximumSequenceLength(1)
        clear_key = QToolButton()
        clear_key.setText(translate("TagDialog", "Clear"))
        clear_key.clicked.connect(self.shortcut.clear)
        self.description = QPlainTextEdit(tag.description if tag else "")
        self.description.setAccessibleName(translate("TagDialog", "Description"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(80)
        self.aliases = QTableWidget(0, 2)
        self.aliases.setHorizontalHeaderLabels(
            [translate("TagDialog", "Also called"), translate("TagDialog", "Language")]
        )
        self.aliases.setAccessibleName(translate("TagDialog", "Aliases"))
        self.aliases.verticalHeader().hide()
        self.aliases.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.aliases.setMaximumHeight(120)
        for alias in aliases or []:
            self._add_alias_row(alias.text, alias.language)
        add_alias = QPushButton(translate("TagDialog", "Add"))
        add_alias.clicked.connect(lambda: self._add_alias_row("", ""))
        remove_alias = QPushButton(translate("TagDialog", "Remove"))
        remove_alias.clicked.connect(lambda: self.aliases.removeRow(self.aliases.currentRow()))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style(self.palette()))
        self.error.hide()

        colour_row = QVBoxLayout()
        colour_row.addWidget(self.colour_button)
        colour_row.addLayout(palette)
        key_row = QHBoxLayout()
        key_row.addWidget(self.shortcut, 1)
        key_row.addWidget(clear_key)
        form = QFormLayout()
        form.addRow(translate("TagDialog", "&Name:"), self.name)
        form.addRow(translate("TagDialog", "&Kind:"), self.kind)
        form.addRow(translate("TagDialog", "&Inside:"), self.parent_tag)
        colour_label, key_label = (
            QLabel(translate("TagDialog", "&Colour:")),
            QLabel(translate("TagDialog", "Ke&y:")),
        )
        colour_label.setBuddy(self.colour_button)  # a row that is a layout needs its buddy set
        key_label.setBuddy(self.shortcut)
        form.addRow(colour_label, colour_row)
        form.addRow(key_label, key_row)
        form.addRow(translate("TagDialog", "&Description:"), self.description)
        alias_buttons = QVBoxLayout()
        alias_buttons.addWidget(add_alias)
        alias_buttons.addWidget(remove_alias)
        alias_buttons.addStretch()
        alias_row = QHBoxLayout()
        alias_row.addWidget(self.aliases, 1)
        alias_row.addLayout(alias_buttons)
        alias_label = QLabel(translate("TagDialog", "&Aliases:"))
        alias_label.setBuddy(self.aliases)
        alias_label.setToolTip(
            translate("TagDialog", "Other names and spellings, per language (e.g. Turki · id)")
        )
        form.addRow(alias_label, alias_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentTextChanged.connect(lambda _text: self._fill_parents(self.kind_value()))
        self._fill_parents(self.kind_value())
        self._set_colour(self.colour)

    def _fill_parents(self, kind: str) -> None:
        self.parent_tag.clear()
        self.parent_tag.addItem(translate("TagDialog", "(top level)"), None)
        for tag in self._tags:
            if tag.kind == kind.strip().lower():
                self.parent_tag.addItem(swatch(tag.colour), tag.name, tag.id)
        if self._editing and self._editing.parent_id is not None:
            self.parent_tag.setCurrentIndex(self.parent_tag.findData(self._editing.parent_id))

    def _pick_colour(self) -> None:
        chosen = QColorDialog.getColor(
            QColor(self.colour), self, translate("TagDialog", "Tag Colour")
        )
        if chosen.isValid():
            self._set_colour(chosen.name().upper())

    def _set_colour(self, colour: str) -> None:
        self.colour = colour.upper()
        self.colour_button.setIcon(swatch(self.colour, 16))
        self.colour_button.setText(self.colour)

    def kind_value(self) -> str:
        """The kind as stored: a listed kind by its value (whatever language shows it),
        otherwise the text typed."""
        typed = self.kind.currentText()
        found = self.kind.findText(typed.strip(), Qt.MatchFlag.MatchFixedString)
        value = self.kind.itemData(found) if found >= 0 else None
        return value if isinstance(value, str) else typed

    def show_error(self, message: str) -> None:
        """Keep the dialog open with the reason the change was refused."""
        self.error.setText(message)
        self.error.show()

    def _add_alias_row(self, text: str, language: str) -> None:
        row = self.aliases.rowCount()
        self.aliases.insertRow(row)
        self.aliases.setItem(row, 0, QTableWidgetItem(text))
        self.aliases.setItem(row, 1, QTableWidgetItem(language))
        if not text:
            self.aliases.setCurrentCell(row, 0)
            self.aliases.editItem(self.aliases.item(row, 0))

    def alias_pairs(self) -> list[tuple[str, str]]:
        """(alias, language) for every row with text; empty rows are ignored."""
        pairs = []
        for row in range(self.aliases.rowCount()):
            text, language = (self.aliases.item(row, c) for c in (0, 1))
            if text is not None and text.text().strip():
                pairs.append((text.text(), language.text() if language else ""))
        return pairs

    def values(self) -> dict[str, object]:
        return {
            "name": self.name.text(),
            "kind": self.kind_value(),
            "parent_id": self.parent_tag.currentData(),
            "colour": self.colour,
            "shortcut": self.shortcut.keySequence().toString(),
            "description": self.description.toPlainText(),
        }
