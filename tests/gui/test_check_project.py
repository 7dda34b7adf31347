"""Help → Check Project… in the real window."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import health
from desktop.ui.main_window import MainWindow


def test_check_project_from_the_help_menu_shows_each_check(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.check_project()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    tree = dialog.tree
    names = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert names[0] == "✔  Database pages" and names[-1].endswith("Backups")
    assert "Annotation offsets" in " ".join(names)
    assert dialog.heading.text().startswith(("No problems found", "Nothing is damaged"))
    dialog.close()


def test_closing_the_window_stops_a_running_check(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its connection must be back in the pool before the project closes, or the WAL
    stays and the next start reports a shutdown that was clean."""
    started = threading.Event()
    real = health._references

    def slow(session: object) -> health.Check:
        started.set()
        session.connection().exec_driver_sql(  # type: ignore[attr-defined]
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1e9) "
            "SELECT count(*) FROM n"
        ).scalar()  # seconds of work in SQLite, as a full integrity check of a large file
        return real(session)  # type: ignore[arg-type]

    monkeypatch.setattr(health, "_references", slow)
    dialog = window.check_project()
    assert started.wait(10)
    window.close()
    assert not dialog.job.thread.is_alive()
    assert dialog.result is None
