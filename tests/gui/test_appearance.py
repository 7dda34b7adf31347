"""Light and dark: View → Appearance follows the system or the user's choice; the
highlights, tables, strips and charts the app paints itself stay readable in both."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.palette import PALETTE
from desktop.ui import appearance
from desktop.ui.colours import MIN_TEXT_CONTRAST, contrast
from desktop.ui.main_window import MainWindow
from desktop.ui.reader.highlights import highlight
from tests.gui.conftest import OpenWindow


@pytest.fixture(autouse=True)
def platform_palette() -> Iterator[None]:
    """The palette is the application's: every test here leaves the platform's."""
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if app.testAttribute(Qt.ApplicationAttribute.AA_SetPalette):
        app.setPalette(QPalette())


def _save(widget: QWidget, name: str, tmp_path: Path) -> Path:
    """A screenshot; PARALLAX_SCREENSHOTS names a folder to keep them in, to look at."""
    folder = Path(os.environ.get("PARALLAX_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def _page_and_text(window: MainWindow) -> tuple[QColor, QColor]:
    view = window.reader.panes()[0].view
    palette = view.palette()
    return palette.color(view.backgroundRole()), palette.color(view.foregroundRole())


def _settle(qtbot: QtBot, window: MainWindow, dark: bool) -> None:
    """Qt hands a new application palette to the widgets from the event loop."""
    view = window.reader.panes()[0].view
    qtbot.waitUntil(lambda: appearance.palette_is_dark(view.palette()) == dark)


def _highlights_read_well(window: MainWindow) -> None:
    """Text on every highlight keeps its contrast; overlaps' underlines stand out."""
    underlined = 0
    for pane in window.reader.panes():
        page, text = _page_and_text(window)
        for annotation in pane.annotations:
            for position in (annotation.start, annotation.end - 1):
                spot = pane.background_at(position)
                assert spot != page, annotation.quote
                assert contrast(spot, text) >= MIN_TEXT_CONTRAST, (annotation.quote, spot.name())
                cursor = QTextCursor(pane.view.document())
                cursor.setPosition(pane.painter.offsets.to_qt(position) + 1)
                shown = cursor.charFormat()
                if shown.fontUnderline():
                    underlined += 1
                    assert contrast(shown.underlineColor(), spot) >= 3, annotation.quote
    assert underlined  # the sample has overlapping passages


def test_dark_is_chosen_kept_and_repaints_what_the_app_paints(
    qtbot: QtBot, open_main_window: OpenWindow, sample_path: Path, tmp_path: Path
) -> None:
    window = open_main_window(sample_path)
    qtbot.waitUntil(lambda: not any(p.painter.busy for p in window.reader.panes()))
    assert window.appearance.actions["system"].isChecked()
    assert not appearance.palette_is_dark(QApplication.palette())  # offscreen: light
    _highlights_read_well(window)
    first = window.reader.panes()[0]
    light_spot = first.background_at(first.annotations[0].start)
    _save(window, "window-light", tmp_path)
    _save(window.reader, "reader-light", tmp_path)

    window.appearance.actions["dark"].trigger()  # View → Appearance → Dark
    assert appearance.palette_is_dark(QApplication.palette())
    _settle(qtbot, window, dark=True)
    page, text = _page_and_text(window)
    assert contrast(page, text) >= 7
    pane = window.reader.panes()[0]
    dark_spot = pane.background_at(pane.annotations[0].start)
    assert dark_spot != light_spot and dark_spot.lightness() < 128
    _highlights_read_well(window)
    # Heat tables tint from the page towards the selection colour, text picked to read.
    dock = window.compare
    dock.show()
    dock.tabs.setCurrentWidget(dock.matrix)
    qtbot.waitUntil(dock.matrix.panel.showing_table)
    table = dock.matrix.panel.view
    heat = table.heat
    cells = [heat.index(r, c) for r in range(heat.rowCount()) for c in range(heat.columnCount())]
    shaded = [i for i in cells if heat.data(i, Qt.ItemDataRole.BackgroundRole) is not None]
    assert shaded
    for index in shaded:
        background = heat.data(index, Qt.ItemDataRole.BackgroundRole)
        foreground = heat.data(index, Qt.ItemDataRole.ForegroundRole)
        if foreground is not None:
            assert contrast(background, foreground) >= MIN_TEXT_CONTRAST
    _save(window, "window-dark", tmp_path)
    _save(window.reader, "reader-dark", tmp_path)
    for view in (dock.strips, dock.charts):
        dock.tabs.setCurrentWidget(view)
        qtbot.wait(50)
        _save(dock, f"compare-{view.title.lower()}-dark", tmp_path)
        shot = view.canvas.grab().toImage()
        corner = shot.pixelColor(QPoint(1, 1))
        assert corner.lightness() < 100, view.title  # a dark page, not a white box

    # Kept for the next window, which opens dark at once.
    window.close()
    again = open_main_window(sample_path)
    assert again.appearance.actions["dark"].isChecked()
    assert appearance.palette_is_dark(QApplication.palette())
    _settle(qtbot, again, dark=True)
    _highlights_read_well(again)
    # Back to the system's (light here): the platform's own palette, not one of ours.
    again.appearance.actions["system"].trigger()
    assert not QApplication.instance().testAttribute(  # type: ignore[union-attr]
        Qt.ApplicationAttribute.AA_SetPalette
    )
    assert not appearance.palette_is_dark(QApplication.palette())
    _settle(qtbot, again, dark=False)
    _highlights_read_well(again)


def test_light_text_keeps_its_contrast_over_every_tag_colour() -> None:
    dark = appearance.dark_palette()
    page, text = dark.color(QPalette.ColorRole.Base), dark.color(QPalette.ColorRole.Text)
    for colour in PALETTE:
        shown = highlight([colour], page, text)
        assert contrast(shown, text) >= MIN_TEXT_CONTRAST, colour
        assert shown != page, colour
    # On white with black text the highlights are the plain blend, as before.
    white, black = QColor("#ffffff"), QColor("#000000")
    for colour in PALETTE:
        assert contrast(highlight([colour], white, black), black) >= 7.0


def test_the_system_scheme_is_followed_when_it_changes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    hints = QGuiApplication.styleHints()
    monkeypatch.setattr(window.appearance, "wants_dark", lambda: True)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # as the platform sends it
    assert appearance.palette_is_dark(QApplication.palette())
    monkeypatch.setattr(window.appearance, "wants_dark", lambda: False)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not appearance.palette_is_dark(QApplication.palette())
