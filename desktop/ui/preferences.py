"""Preferences: who is coding, how selections behave and the interface's language. Kept in
the user's settings."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import LANGUAGE_KEY, LANGUAGES, translate

CODER_KEY = "coder/name"
SNAP_KEY = "reader/snap_words"


def coder_name(settings: QSettings) -> str:
    """The coder recorded on new annotations: the preference, else the login name."""
    name = str(settings.value(CODER_KEY, "") or "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def snap_words(settings: QSettings) -> bool:
    return str(settings.value(SNAP_KEY, "true")).lower() == "true"


def interface_language(settings: QSettings) -> str:
    """The interface language chosen: a ``LANGUAGES`` code, or "" for the system's."""
    code = str(settings.value(LANGUAGE_KEY, "") or "")
    return code if code in LANGUAGES else ""


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self._settings = settings
        self.coder = QLineEdit(coder_name(settings))
        self.coder.setAccessibleName(translate("PreferencesDialog", "Coder name"))
        self.coder.setToolTip(
            translate(
                "PreferencesDialog", "Recorded on every annotation you make, to tell coders apart"
            )
        )
        self.snap = QCheckBox(
            translate(
                "PreferencesDialog", "Snap selections to whole words (hold Alt to select exactly)"
            )
        )
        self.snap.setChecked(snap_words(settings))
        self.language = QComboBox()
        self.language.addItem(translate("PreferencesDialog", "System default"), "")
        for code, name in LANGUAGES.items():  # each in its own language: found by its reader
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(interface_language(settings)))
        self.language.setAccessibleName(translate("PreferencesDialog", "Interface language"))
        language_label = QLabel(translate("PreferencesDialog", "Interface &language:"))
        language_label.setBuddy(self.language)
        self.language_note = QLabel(
            translate("PreferencesDialog", "Takes effect the next time Parallax starts.")
        )
        self.language_note.setWordWrap(True)
        self.language_note.setEnabled(False)
        self.language.setAccessibleDescription(self.language_note.text())
        form = QFormLayout()
        form.addRow(translate("PreferencesDialog", "Your &name as coder:"), self.coder)
        form.addRow("", self.snap)
        form.addRow(language_label, self.language)
        form.addRow("", self.language_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._settings.setValue(CODER_KEY, self.coder.text().strip())
        self._settings.setValue(SNAP_KEY, "true" if self.snap.isChecked() else "false")
        self._settings.setValue(LANGUAGE_KEY, str(self.language.currentData() or ""))
        self._settings.sync()
        super().accept()
