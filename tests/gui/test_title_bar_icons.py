"""The panels' Float and Close buttons are drawn at the screen's scale, in the palette's
colours, by the style the app installs over Fusion."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QStyle,
)
from pytestqt.qtbot import QtBot

from desktop.ui import title_bar_icons
from desktop.ui.appearance import dark_palette

CLOSE = QStyle.StandardPixmap.SP_TitleBarCloseButton
FLOAT = QStyle.StandardPixmap.SP_TitleBarNormalButton


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[QApplication]:
    before, palette = qapp.style().name(), qapp.palette()
    title_bar_icons.install(qapp, "Fusion")
    yield qapp
    qapp.setStyle(before)
    qapp.setPalette(palette)


@pytest.mark.parametrize("which", [CLOSE, FLOAT])
def test_the_buttons_are_drawn_for_each_scale(installed: QApplication, which: object) -> None:
    icon = installed.style().standardIcon(which)  # type: ignore[arg-type]
    for scale in (1.0, 1.5, 2.0, 3.0):
        pixmap = icon.pixmap(QSize(10, 10), scale)
        assert pixmap.devicePixelRatio() == scale
        assert pixmap.width() == round(10 * scale)  # in device pixels
        image = pixmap.toImage()
        drawn = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 0
        ]
        assert len(drawn) > image.width()  # a frame and a glyph, not an empty square


def test_the_buttons_follow_a_dark_palette(installed: QApplication) -> None:
    def inked() -> list[int]:
        image = installed.style().standardIcon(CLOSE).pixmap(QSize(12, 12), 2.0).toImage()
        return [
            image.pixelColor(x, y).lightness()
            for x in range(24)
            for y in range(24)
            if image.pixelColor(x, y).alpha() == 255
        ]

    def ground() -> int:
        return installed.palette().color(QPalette.ColorRole.Window).lightness()

    light, light_ground = inked(), ground()
    installed.setPalette(dark_palette())
    dark, dark_ground = inked(), ground()
    assert light and dark
    assert max(light) < light_ground - 60  # darker than a light window
    assert min(dark) > dark_ground + 60  # lighter than a dark one


def test_a_panels_buttons_use_them(installed: QApplication, qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("text"))
    panel = QDockWidget("Codebook")
    panel.setWidget(QLabel("tags"))
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, panel)
    window.show()
    qtbot.waitExposed(window)
    buttons = {b.objectName(): b for b in panel.findChildren(QAbstractButton)}
    style = installed.style()
    assert isinstance(style, title_bar_icons.TitleBarIcons)
    close = buttons["qt_dockwidget_closebutton"].icon()
    assert close.cacheKey() == style.standardIcon(CLOSE).cacheKey()
    floating = buttons["qt_dockwidget_floatbutton"].icon()
    assert floating.cacheKey() == style.standardIcon(FLOAT).cacheKey()
    assert (
        installed.style().standardIcon(QStyle.StandardPixmap.SP_DialogOkButton).cacheKey()
        != close.cacheKey()
    )  # other icons stay Fusion's own
