"""Preferences: the coder's name goes on new annotations and is remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.ui.i18n import LANGUAGE_KEY, LANGUAGES
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import PreferencesDialog
from tests.gui.conftest import OpenWindow, drag_select, pane_for_language, type_text


def test_coder_name_is_set_once_and_recorded_on_new_annotations(
    qtbot: QtBot, window: MainWindow, open_main_window: OpenWindow, sample_path: Path
) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.coder.clear()
        type_text(dialog.coder, "Nguyễn Thị Lan")
        dialog.snap.setChecked(False)
        dialog.accept()

    QTimer.singleShot(50, fill)
    window.actions.preferences.trigger()
    assert window.coder_label.text() == "Coding as: Nguyễn Thị Lan"
    assert all(not p.snap_words for p in window.reader.panes())
    pane = pane_for_language(window, "id")
    start, _ = drag_select(qtbot, pane, "Presiden Rusia Vladimir Putin")
    window.tag_selection(next(t.id for t in window.session.tags() if t.name == "Putin"))
    created = next(a for a in window.session.service.annotations() if a.start == start)
    assert created.coder == "Nguyễn Thị Lan"
    window.close()
    again = open_main_window(sample_path)
    assert again.session.service.coder == "Nguyễn Thị Lan"
    assert all(not p.snap_words for p in again.reader.panes())


def test_interface_language_is_chosen_and_kept_for_the_next_start(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    language = dialog.language
    names = [language.itemText(i) for i in range(language.count())]
    assert names == ["System default", *LANGUAGES.values()]  # each in its own language
    assert language.currentData() == ""  # nothing chosen yet: the system's
    assert language.accessibleName() == "Interface language"
    assert dialog.language_note.text() == "Takes effect the next time Parallax starts."
    language.setCurrentIndex(language.findText("Tiếng Việt"))
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.value(LANGUAGE_KEY) == "vi"

    again = PreferencesDialog(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.language.currentText() == "Tiếng Việt"
    assert again.language.currentData() == "vi"
    again.language.setCurrentIndex(0)  # System default, then Cancel: nothing changes
    again.reject()
    assert settings.value(LANGUAGE_KEY) == "vi"
