"""The annotation inspector is never squeezed: in a short or narrow panel it scrolls, so
no line of the passage is cut through its letters and no button is clipped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow


def _whole(window: MainWindow) -> bool:
    inspector = window.annotations.inspector
    passage = inspector.passage
    return bool(
        passage.text()
        and passage.height() >= passage.heightForWidth(passage.width())  # every line whole
        and inspector.width() >= inspector.minimumSizeHint().width()  # every button whole
        and inspector.height() >= inspector.minimumSizeHint().height()
    )


def test_the_inspector_scrolls_rather_than_squeezing(qtbot: QtBot, window: MainWindow) -> None:
    window.annotations.table.selectRow(0)
    qtbot.waitUntil(lambda: _whole(window))
    area = window.annotations.inspector_area
    # A short panel: the inspector keeps its height and the area scrolls to the note.
    window.resize(window.width(), 600)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    assert _whole(window)
    area.ensureWidgetVisible(window.annotations.inspector.note)
    assert area.verticalScrollBar().value() > 0
    # A narrow panel: it scrolls sideways instead of clipping the buttons.
    window.resizeDocks([window.annotations], [220], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: area.horizontalScrollBar().maximum() > 0)
    assert _whole(window)
