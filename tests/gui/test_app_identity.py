"""The app's icon, its version in Help → About, and the renditions the bundle is built with."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop import version
from desktop.ui import app_icon
from desktop.ui.main_window import MainWindow


def test_the_icon_renders_crisp_at_every_window_size(qtbot: QtBot) -> None:
    icon = app_icon.app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == list(app_icon.WINDOW_SIZES)
    image = app_icon.render(64)
    assert image.pixelColor(0, 0).alpha() == 0  # transparent around the pages
    assert image.pixelColor(32, 37).alpha() == 255  # the marked passage across both


def test_renditions_for_installers_and_bundles(tmp_path: Path) -> None:
    written = app_icon.write_renditions(tmp_path)
    for size in app_icon.PNG_SIZES:
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "parallax.png"
        assert png in written
        assert QImage(str(png)).size().width() == size
    assert (tmp_path / "hicolor/scalable/apps/parallax.svg").read_bytes() == app_icon.svg()
    for name, count in (("parallax.ico", len(app_icon.ICO_SIZES)),
                        ("parallax.icns", len(app_icon.ICNS_TYPES))):  # fmt: skip
        reader = QImageReader(str(tmp_path / name))
        assert reader.canRead(), name
        assert reader.imageCount() == count
    assert app_icon.write_renditions(tmp_path) == written  # re-runnable: the same files again


def test_about_shows_the_installed_version(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(50, read_and_close)
    window.actions.about.trigger()
    assert seen and f"Parallax {version.app_version()}" in seen[0]


def test_the_version_falls_back_when_parallax_is_not_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert version.app_version() == version.metadata.version("parallax-reader")

    def not_installed(name: str) -> str:
        raise version.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(version.metadata, "version", not_installed)
    assert version.app_version() == version.__version__
