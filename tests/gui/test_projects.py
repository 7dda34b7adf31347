"""File → New Project…, Open Project… and Open Recent: another project replaces the
window's, in a new window; the old one closes with its store (its lock released)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.project import ProjectService
from desktop.core.store import Store
from desktop.ui import recent_projects
from desktop.ui.main_window import MainWindow
from desktop.ui.project_windows import ProjectWindows


@pytest.fixture
def windows(tmp_path: Path) -> Iterator[ProjectWindows]:
    made = ProjectWindows(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    yield made
    made.close_all()


def _show(windows: ProjectWindows, qtbot: QtBot, path: Path) -> MainWindow:
    window = windows.open(Store.open(path))
    window.show()
    qtbot.waitExposed(window)
    return window


def _recent_texts(window: MainWindow) -> list[tuple[str, bool]]:
    menu = window.projects.menu
    menu.aboutToShow.emit()  # as when the user opens it
    return [(a.text(), a.isEnabled()) for a in menu.actions() if not a.isSeparator()]


def test_open_project_replaces_the_window_and_releases_the_old_lock(
    qtbot: QtBot,
    windows: ProjectWindows,
    sample_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = tmp_path / "Field notes.parallax"
    Store.create(other, lambda s: ProjectService(s).initialise("Field notes")).close()
    first = _show(windows, qtbot, sample_path)
    assert first.windowTitle() == "Sample: Nagorno-Karabakh, September 2020 — Parallax"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    first.actions.open_project.trigger()
    [second] = windows.windows
    assert second is not first
    assert second.isVisible() and not first.isVisible()
    assert second.windowTitle() == "Field notes — Parallax"
    assert second.session.service.store.path == other
    # The sample's lock went with its window: it opens again, here or elsewhere.
    Store.open(sample_path).close()
    # Open Recent lists the sample (not the project open here); choosing it goes back.
    assert _recent_texts(second)[0] == ("&1 sample", True)
    second.projects.menu.actions()[0].trigger()
    [third] = windows.windows
    assert third.session.service.store.path == sample_path
    assert _recent_texts(third)[0] == ("&1 Field notes", True)


def test_new_project_is_created_empty_and_opened(
    qtbot: QtBot,
    windows: ProjectWindows,
    sample_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = _show(windows, qtbot, sample_path)
    wanted = tmp_path / "Interviews"  # no suffix typed: it is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(wanted), ""))
    first.actions.new_project.trigger()
    [second] = windows.windows
    assert second.session.service.store.path == tmp_path / "Interviews.parallax"
    assert second.windowTitle() == "Interviews — Parallax"
    assert second.session.documents() == []
    assert second.reader.panes() == []
    # An existing file is never replaced: the user is told, the window stays.
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sample_path), ""))
    second.actions.new_project.trigger()
    assert windows.windows == [second] and second.isVisible()
    assert told and "already exists" in told[0]


def test_a_project_that_cannot_be_opened_leaves_the_window_as_it_was(
    qtbot: QtBot,
    windows: ProjectWindows,
    sample_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = _show(windows, qtbot, sample_path)
    busy = tmp_path / "busy.parallax"
    Store.create(busy, lambda s: ProjectService(s).initialise("Busy")).close()
    holder = Store.open(busy)  # open elsewhere: its lock is taken
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    try:
        assert windows.replace(first, busy) is None
    finally:
        holder.close()
    assert told and "open in another Parallax window" in told[0]
    assert windows.windows == [first] and first.isVisible()
    # The project open here, chosen again: nothing to do.
    assert windows.replace(first, sample_path) is None
    assert "already open" in first.statusBar().currentMessage()
    assert windows.windows == [first] and first.isVisible()


def test_recent_menu_keeps_ten_shows_missing_files_disabled_and_clears(
    qtbot: QtBot, windows: ProjectWindows, sample_path: Path, tmp_path: Path
) -> None:
    settings = windows.settings
    for number in range(12):
        path = tmp_path / f"p{number}.parallax"
        path.touch()
        recent_projects.remember(settings, path)
    (tmp_path / "p11.parallax").unlink()  # moved away since
    window = _show(windows, qtbot, sample_path)
    shown = _recent_texts(window)
    # Ten kept, the one open here first among them but not listed: nine, newest first.
    assert [t for t, _ in shown[:3]] == ["&1 p11 (missing)", "&2 p10", "&3 p9"]
    assert len(shown) == 9 + 1  # and Clear Menu
    assert shown[0][1] is False and all(enabled for _, enabled in shown[1:])
    assert shown[-1] == ("&Clear Menu", True)
    window.projects.menu.actions()[-1].trigger()
    assert _recent_texts(window) == [("No recent projects", False), ("&Clear Menu", False)]
    assert recent_projects.recent(settings) == [sample_path.absolute()]


def test_read_only_title_keeps_the_app_name_last(
    qtbot: QtBot, windows: ProjectWindows, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt appends the app's display name to a title that does not end with it."""
    store = Store.open(sample_path)
    monkeypatch.setattr(store, "read_only", True)
    window = windows.open(store)
    name = "Sample: Nagorno-Karabakh, September 2020"
    assert window.windowTitle() == f"{name} (read-only) — Parallax"
