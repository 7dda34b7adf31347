"""Preferences: who is coding, and how selections behave. Kept in the user's settings."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

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


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self._settings = settings
        self.coder = QLineEdit(coder_name(settings))
        self.coder.setAccessibleName("Coder name")
        self.coder.setToolTip("Recorded on every annotation you make, to tell coders apart")
        self.snap = QCheckBox("Snap selections to whole words (hold Alt to select exactly)")
        self.snap.setChecked(snap_words(settings))
        form = QFormLayout()
        form.addRow("Your &name as coder:", self.coder)
        form.addRow("", self.snap)
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
        self._settings.sync()
        super().accept()
