"""Writes the disk refuses, in the real window: a full disk, a file that may not grow, a
read-only project. The action fails with a plain message, the window does not show the
change as made, and nothing of it is in the database."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from desktop.core.project import ProjectService
from desktop.core.sample import fill_sample
from desktop.core.store import Store
from desktop.ui.main_window import MainWindow
from tests.faults import fill_up, read_only, tiny_filesystem
from tests.gui.conftest import OpenWindow, drag_select, pane_for_language

PHRASE = "Presiden Rusia Vladimir Putin"


def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


def tag_phrase(qtbot: QtBot, window: MainWindow) -> tuple[int, int]:
    pane = pane_for_language(window, "id")
    span = drag_select(qtbot, pane, PHRASE)
    window.tag_selection(next(t.id for t in window.session.tags() if t.name == "Russia"))
    return span


def assert_not_shown_as_saved(window: MainWindow, span: tuple[int, int], before: int) -> None:
    pane = pane_for_language(window, "id")
    assert all((a.start, a.end) != span for a in window.session.service.annotations())
    assert all((a.start, a.end) != span for a in pane.annotations)
    listed = window.annotations.model
    assert all(
        (a.start, a.end) != span
        for a in (listed.annotation_at(r) for r in range(listed.rowCount()))
        if a is not None
    )
    assert window.session.undo_stack.count() == before  # nothing to undo


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def checked(path: Path) -> tuple[list[Any], list[Any], list[str]]:
    """The annotations, their tags and integrity_check of the project, read afresh."""
    store = Store.open(path)
    try:
        service = ProjectService(store)
        with store.read() as session:
            integrity = [
                r[0] for r in session.connection().exec_driver_sql("PRAGMA integrity_check")
            ]
        rows = [(a.uuid, a.start, a.end, a.tag_ids, a.note) for a in service.annotations()]
        return rows, [t.name for t in service.tags()], integrity
    finally:
        store.close()


def test_tagging_on_a_full_disk_fails_plainly_and_changes_nothing(
    qtbot: QtBot, open_main_window: OpenWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with tiny_filesystem(tmp_path / "tiny", "2m") as disk:
        path = disk / "full.parallax"
        Store.create(path, fill_sample).close()
        before = checked(path)
        shown = warnings_shown(monkeypatch)
        window = open_main_window(path)
        filler = fill_up(disk)
        steps = window.session.undo_stack.count()
        span = tag_phrase(qtbot, window)
        assert shown and "disk is full" in shown[0] and str(path) in shown[0]
        assert_not_shown_as_saved(window, span, steps)
        # With room again, the same action works.
        filler.unlink()
        tag_phrase(qtbot, window)
        assert any((a.start, a.end) == span for a in window.session.service.annotations())
        window.session.undo_stack.undo()  # back to how it was
        window.close()
        window.session.service.store.close()  # before the file system goes
        assert checked(path) == before
        assert before[2] == ["ok"]


def test_tagging_when_the_file_may_not_grow_fails_plainly_and_changes_nothing(
    qtbot: QtBot, open_main_window: OpenWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite's own limit on the file's pages stands in for a full disk where nothing can be
    # mounted: a passage longer than a page needs new pages, and none may be added.
    path = tmp_path / "long.parallax"
    long_text = "Thổ Nhĩ Kỳ kêu gọi ngừng bắn ở Nagorno-Karabakh; Nga đề nghị đàm phán. " * 120

    def fill(store: Store) -> None:
        fill_sample(store)
        ProjectService(store).add_document("Long", long_text, language="vi")

    Store.create(path, fill).close()
    before = checked(path)
    window = open_main_window(path)
    store = window.session.service.store
    assert store.pragma("freelist_count") == 0  # no free pages to take instead
    limit = [store.pragma("page_count")]

    def pinned(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={limit[0]}")

    event.listen(store._engine, "checkout", pinned)
    shown = warnings_shown(monkeypatch)
    document = window.session.service.documents()[-1]
    pane = window.open_document(document.id)
    pane.view.selectAll()
    steps = window.session.undo_stack.count()
    window.tag_selection(window.session.tags()[0].id)
    assert shown and "disk is full" in shown[0]
    assert window.session.service.annotations(document.id) == []
    assert pane.annotations == []
    assert window.session.undo_stack.count() == steps
    limit[0] = 1_000_000  # room again
    window.tag_selection(window.session.tags()[0].id)
    assert len(window.session.service.annotations(document.id)) == 1
    window.session.undo_stack.undo()
    window.close()
    store.close()
    assert checked(path) == before


def test_a_read_only_project_says_so_and_its_changes_are_not_saved(
    qtbot: QtBot, open_main_window: OpenWindow, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(sample_path)
    shown = warnings_shown(monkeypatch)
    with read_only(sample_path):
        window = open_main_window(sample_path)
        assert window.windowTitle().endswith(" (read-only) — Parallax")
        labels = window.statusBar().findChildren(QLabel)
        status = " ".join(label.text() for label in labels)
        assert "Read-only" in status
        steps = window.session.undo_stack.count()
        span = tag_phrase(qtbot, window)
        assert shown and "read-only" in shown[0]
        assert_not_shown_as_saved(window, span, steps)
        window.close()
        window.session.service.store.close()
    assert digest(sample_path) == before


def test_the_window_reports_that_the_project_was_not_closed_properly(
    open_main_window: OpenWindow, sample_path: Path
) -> None:
    code = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        "conn.execute(\"INSERT INTO meta (key, value) VALUES ('x', 'y')\")\n"
        "conn.commit()\n"
        "os._exit(0)\n"  # dies without closing: the log stays
    )
    subprocess.run([sys.executable, "-c", code, str(sample_path)], check=True)
    window = open_main_window(sample_path)
    assert "not closed properly" in window.statusBar().currentMessage()
    assert "intact" in window.statusBar().currentMessage()
