"""Fixtures that open the real main window offscreen on a project file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.store import Store
from desktop.ui.main_window import MainWindow, open_window
from desktop.ui.reader.document_pane import DocumentPane

OpenWindow = Callable[[Path], MainWindow]


@pytest.fixture
def open_main_window(qtbot: QtBot, tmp_path: Path) -> Iterator[OpenWindow]:
    """Opens a main window on a project path, the way the app does; closes all at the end."""
    opened: list[tuple[MainWindow, Store]] = []
    settings_file = tmp_path / "settings.ini"

    def _open(path: Path) -> MainWindow:
        for closed, store in opened:  # as the app does once its window is closed
            if not closed.isVisible():
                store.close()
        store = Store.open(path)
        window = open_window(store, QSettings(str(settings_file), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, store))
        return window

    yield _open
    for window, store in opened:
        window.close()
        store.close()


@pytest.fixture
def window(open_main_window: OpenWindow, sample_path: Path) -> MainWindow:
    return open_main_window(sample_path)


def pane_for_language(window: MainWindow, language: str) -> DocumentPane:
    pane = next(
        p for p in window.reader.panes() if p.document_info and p.document_info.language == language
    )
    return pane


def point_at(pane: DocumentPane, qt_position: int) -> QPoint:
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(qt_position)
    rect = pane.view.cursorRect(cursor)
    return QPoint(rect.left() + 1, rect.center().y())


def drag_select(qtbot: QtBot, pane: DocumentPane, phrase: str) -> tuple[int, int]:
    """Select ``phrase`` with the mouse, as a reader would; returns its code-point span.

    Where to press and release is found in Qt's own units (UTF-16), independently of the
    app's conversion module, so a unit mix-up in the app cannot cancel itself out here.
    """
    body = pane.view.toPlainText()
    start = body.index(phrase)
    end = start + len(phrase)
    qt_start = len(body[:start].encode("utf-16-le")) // 2
    qt_end = len(body[:end].encode("utf-16-le")) // 2
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(qt_start)
    pane.view.setTextCursor(cursor)
    pane.view.ensureCursorVisible()
    viewport = pane.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=point_at(pane, qt_start))
    qtbot.mouseMove(viewport, point_at(pane, qt_end))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point_at(pane, qt_end))
    selected = pane.view.textCursor().selectedText().replace("\u2029", "\n")
    assert selected == phrase
    return start, end


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, as a keyboard layout delivers it (QTest.keyClicks only
    knows ASCII): each character arrives as a key event carrying its text."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
