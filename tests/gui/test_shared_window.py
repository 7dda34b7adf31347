"""The window on a shared project (a real PostgreSQL server, pg_url): opened as the app opens
it, other coders' changes shown within 2 s, conflicts told and shown, File → Open Shared
Project… refusing plainly and keeping the window, and what belongs to files turned off."""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop import app
from desktop.core import annotation_rows
from desktop.core.project import ProjectService
from desktop.core.records import AnnotationInfo
from desktop.core.sample import fill_sample
from desktop.core.shared_store import SharedStore
from desktop.core.store import Store
from desktop.ui import dialogs, recent_projects
from desktop.ui.main_window import MainWindow
from desktop.ui.project_windows import ProjectWindows
from desktop.ui.shared_dialog import SharedAddressDialog
from tests import pg_server as pg

pytestmark = pytest.mark.postgres


@pytest.fixture
def shared_url(pg_url: str) -> str:
    SharedStore.create(pg_url, fill_sample).close()
    return pg_url


@pytest.fixture
def windows(qtbot: QtBot, tmp_path: Path) -> Iterator[ProjectWindows]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    opened = ProjectWindows(settings)
    yield opened
    opened.close_all()


OpenShared = Callable[[str], MainWindow]


@pytest.fixture
def open_shared(windows: ProjectWindows, qtbot: QtBot) -> OpenShared:
    def _open(url: str) -> MainWindow:
        window = windows.open(SharedStore.open(url))  # as desktop/app.py does
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return _open


@pytest.fixture
def other(shared_url: str) -> Iterator[ProjectService]:
    """Another coder, on another machine: its own store on the same database."""
    store = SharedStore.open(shared_url)
    yield ProjectService(store, coder="binh")
    store.close()


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window's "Change not saved" box would have said."""
    said: list[str] = []
    monkeypatch.setattr(dialogs, "not_saved", lambda parent, message: said.append(message))
    return said


def _first_annotation(window: MainWindow) -> AnnotationInfo:
    documents = window.session.documents()
    return next(a for d in documents for a in window.session.annotations_in(d.id))


def _type_note(qtbot: QtBot, window: MainWindow, text: str) -> None:
    note = window.annotations.inspector.note
    note.setFocus()
    note.selectAll()
    qtbot.keyClicks(note, text)


def test_the_window_opens_a_shared_project_and_says_so(
    open_shared: OpenShared, shared_url: str, windows: ProjectWindows
) -> None:
    window = open_shared(shared_url)
    name = window.session.service.info().name
    assert window.windowTitle() == f"{name} — shared ({shared_url}) — Parallax"
    assert window.session.documents()  # the sample's documents, read from the server
    assert window.reader.panes()
    restore, check = window.actions.restore_backup, window.actions.check_project
    for action in (restore, check):
        assert not action.isEnabled()
        assert "server's" in action.toolTip() and "server's" in action.statusTip()
    assert not window.backup_schedule.timer.isActive()
    assert window.backup_schedule.finish() is None  # closing makes no backup, and no error
    assert windows.updates[window].listening
    # Remembered without password, and offered again by File → Open Recent.
    assert recent_projects.recent(windows.settings)[0] == shared_url


def test_another_coders_note_and_annotation_show_within_two_seconds(
    open_shared: OpenShared, shared_url: str, other: ProjectService, qtbot: QtBot
) -> None:
    window = open_shared(shared_url)
    annotation = _first_annotation(window)
    window.annotations.select(annotation.id)
    inspector = window.annotations.inspector
    assert inspector.note.toPlainText() == annotation.note

    other.set_note(annotation.id, "Bình's reading", seen=annotation.version)
    qtbot.waitUntil(lambda: inspector.note.toPlainText() == "Bình's reading", timeout=2000)
    assert "another coder" in window.statusBar().currentMessage()

    document = window.session.documents()[0]
    before = window.annotations.model.rowCount()
    added = other.create_annotation(document.id, 0, 7, [window.session.tags()[0].id])
    qtbot.waitUntil(lambda: window.annotations.model.row_of(added.id) >= 0, timeout=2000)
    assert window.annotations.model.rowCount() == before + 1
    assert window.session.annotation(added.id) is not None


def test_a_stale_note_edit_is_refused_and_the_current_note_shown(
    open_shared: OpenShared, shared_url: str, other: ProjectService, qtbot: QtBot, told: list[str]
) -> None:
    window = open_shared(shared_url)
    annotation = _first_annotation(window)
    window.annotations.select(annotation.id)
    _type_note(qtbot, window, "Ana's reading")
    # Binh saves first; the window has not heard yet (no event loop ran in between).
    other.set_note(annotation.id, "Bình's reading", seen=annotation.version)
    window.annotations.inspector.save_note()

    assert len(told) == 1
    assert "changed elsewhere" in told[0]
    assert "Ana's reading" in told[0]  # the user's own text is not lost without a trace
    assert window.annotations.inspector.note.toPlainText() == "Bình's reading"
    assert not window.annotations.inspector.has_unsaved_note()
    assert other.annotation(annotation.id).note == "Bình's reading"  # never overwritten
    assert window.session.annotation(annotation.id) == other.annotation(annotation.id)
    assert not window.session.undo_stack.canUndo()  # nothing was done


def test_a_stale_tag_removal_is_refused(
    open_shared: OpenShared, shared_url: str, other: ProjectService, told: list[str]
) -> None:
    window = open_shared(shared_url)
    annotation = _first_annotation(window)
    other.set_span(annotation.id, annotation.start, annotation.end + 1, seen=annotation.version)
    window.session.remove_tag(annotation, annotation.tag_ids[0])
    assert told and "changed elsewhere" in told[0]
    now = other.annotation(annotation.id)
    assert now.tag_ids == annotation.tag_ids  # the tag is still there
    assert window.session.annotation(annotation.id) == now  # shown as it now is


def test_typing_survives_a_reload_for_another_coders_change(
    open_shared: OpenShared,
    shared_url: str,
    other: ProjectService,
    qtbot: QtBot,
    told: list[str],
    windows: ProjectWindows,
) -> None:
    window = open_shared(shared_url)
    annotation = _first_annotation(window)
    window.annotations.select(annotation.id)
    _type_note(qtbot, window, "half a thought")
    assert window.annotations.inspector.has_unsaved_note()
    document = window.session.documents()[-1]
    added = other.create_annotation(document.id, 0, 4)  # another annotation: no conflict
    qtbot.waitUntil(lambda: window.session.annotation(added.id) is not None, timeout=2000)
    assert windows.updates[window].reloads == 1
    inspector = window.annotations.inspector
    assert inspector.note.toPlainText() == "half a thought"
    assert other.annotation(annotation.id).note == "half a thought"  # saved before the reload
    assert not told


def test_a_dropped_connection_mid_action_is_shown_and_not_saved(
    open_shared: OpenShared,
    shared_url: str,
    pg_server: pg.Server,
    told: list[str],
    monkeypatch: pytest.MonkeyPatch,
    other: ProjectService,
) -> None:
    window = open_shared(shared_url)
    document = window.session.documents()[0]
    count = len(window.session.annotations_in(document.id))
    insert = annotation_rows.insert

    def dropped_after_insert(session: Any, values: Any, tag_ids: Any) -> int:
        from sqlalchemy import text

        ident = insert(session, values, tag_ids)
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
        with pg_server.admin() as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        return ident

    monkeypatch.setattr(annotation_rows, "insert", dropped_after_insert)
    tag = window.session.tags()[0]
    assert window.session.tag_passage(document.id, 0, 5, [tag.id]) is None
    assert told and "not saved" in told[0]
    assert len(window.session.annotations_in(document.id)) == count  # not shown as saved
    assert not window.session.undo_stack.canUndo()
    assert len(other.annotations(document.id)) == count


def _answer_address(monkeypatch: pytest.MonkeyPatch, address: str) -> None:
    def exec_(dialog: SharedAddressDialog) -> int:
        dialog.address.setText(address)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(SharedAddressDialog, "exec", exec_)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def warning(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return said


def _unreachable() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"postgresql://ana@127.0.0.1:{port}/project"


@pytest.mark.parametrize("problem", ["unreachable", "password", "database"])
def test_open_shared_project_refusals_keep_the_window(
    problem: str,
    windows: ProjectWindows,
    sample_path: Path,
    pg_url: str,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    window = windows.open(Store.open(sample_path))
    qtbot.addWidget(window)
    window.show()
    store = window.session.service.store
    address = {
        "unreachable": _unreachable(),
        "password": pg_url.replace("parallax@", "parallax:wrong@"),
        "database": pg_url.rsplit("/", 1)[0] + "/no_such_project",
    }[problem]
    expected = {
        "unreachable": "Cannot reach the server",
        "password": "refused the password",
        "database": "has no database no_such_project",
    }[problem]
    _answer_address(monkeypatch, address)
    window.actions.open_shared_project.trigger()
    assert len(warnings) == 1 and expected in warnings[0]
    assert "wrong" not in warnings[0]
    assert windows.windows == [window] and window.isVisible()
    assert window.session.service.store is store
    assert window.session.documents()  # still working on its project
    assert all(isinstance(p, Path) for p in recent_projects.recent(windows.settings))


def test_an_empty_database_becomes_a_shared_project_after_yes(
    windows: ProjectWindows,
    sample_path: Path,
    pg_url: str,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    window = windows.open(Store.open(sample_path))
    window.show()  # replaced windows are deleted: closed by the fixture, not by qtbot
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    _answer_address(monkeypatch, pg_url)
    window.actions.open_shared_project.trigger()
    database = pg_url.rsplit("/", 1)[1]
    assert asked and f"Start a new shared project in {database}?" in asked[0]
    assert not warnings
    assert len(windows.windows) == 1 and windows.windows[0] is not window
    new = windows.windows[0]
    assert new.session.service.store.shared
    assert new.session.service.info().name == database
    assert new.session.documents() == []
    assert recent_projects.recent(windows.settings)[0] == pg_url
    assert recent_projects.recent(windows.settings)[1] == sample_path.absolute()
    # Back to the file from File → Open Recent, and to the shared project from there again.
    new.projects.fill()
    entries = [a for a in new.projects.menu.actions() if a.toolTip() == str(sample_path.absolute())]
    entries[0].trigger()
    back = windows.windows[0]
    assert not back.session.service.store.shared
    back.projects.fill()
    shared_entry = next(a for a in back.projects.menu.actions() if a.toolTip() == pg_url)
    assert "(shared)" in shared_entry.text()
    shared_entry.trigger()
    assert windows.windows[0].session.service.store.location == pg_url


def test_the_command_line_refuses_a_bad_shared_address_with_exit_2(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert app.main(["--project", _unreachable()]) == 2
    assert "Cannot reach the server" in capsys.readouterr().err
    assert app.main(["--project", pg_url]) == 2  # empty: the message says how to fill it
    assert "holds no Parallax project yet" in capsys.readouterr().err


def test_a_lost_listening_connection_is_said_once_and_the_listener_stops_on_close(
    open_shared: OpenShared,
    shared_url: str,
    pg_server: pg.Server,
    other: ProjectService,
    windows: ProjectWindows,
    qtbot: QtBot,
) -> None:
    window = open_shared(shared_url)
    updates = windows.updates[window]
    database = shared_url.rsplit("/", 1)[1]
    with pg_server.admin() as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND application_name = 'Parallax (listening)'",
            (database,),
        )
    qtbot.waitUntil(lambda: "Lost the connection" in window.statusBar().currentMessage())
    # It comes back by itself (1 s later), and then shows what it may have missed.
    qtbot.waitUntil(lambda: updates.reloads >= 1, timeout=5000)
    annotation = _first_annotation(window)
    other.set_note(annotation.id, "heard again", seen=annotation.version)
    qtbot.waitUntil(
        lambda: window.session.annotation(annotation.id).note == "heard again", timeout=2000
    )
    window.close()
    qtbot.waitUntil(lambda: not updates.listening)
    assert not updates.listener._thread.is_alive()


def test_a_password_typed_in_the_address_is_used_but_never_remembered(
    windows: ProjectWindows,
    sample_path: Path,
    shared_url: str,
    pg_server: pg.Server,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    password = pg_server.create_role(pg.APP_ROLE, "typed-" + secrets.token_hex(4))
    monkeypatch.setenv("PGPASSFILE", os.devnull)  # only the address has it
    window = windows.open(Store.open(sample_path))
    window.show()  # replaced below: closed by the fixture, not by qtbot
    _answer_address(monkeypatch, shared_url.replace("parallax@", f"parallax:{password}@"))
    window.actions.open_shared_project.trigger()
    assert not warnings
    new = windows.windows[0]
    assert new is not window and new.session.service.store.location == shared_url
    assert password not in new.windowTitle()
    stored = Path(windows.settings.fileName()).read_text()
    assert shared_url in stored and password not in stored


def test_a_project_file_is_edited_without_version_checks(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = window.session.service
    calls: list[dict[str, Any]] = []
    set_note = service.set_note

    def recording(annotation_id: int, note: str, **options: Any) -> AnnotationInfo:
        calls.append(options)
        return set_note(annotation_id, note, **options)

    monkeypatch.setattr(service, "set_note", recording)
    annotation = _first_annotation(window)
    assert window.session.set_note(annotation, "one writer") is not None
    assert calls == [{}]  # no seen=: a file has one writer, and no spurious conflict


def test_undo_refuses_to_overwrite_another_coders_later_change(
    open_shared: OpenShared, shared_url: str, other: ProjectService, told: list[str]
) -> None:
    window = open_shared(shared_url)
    reported = told  # the window's "Change not saved" box
    annotation = _first_annotation(window)
    tag = next(t.id for t in window.session.tags() if t.id not in annotation.tag_ids)
    tagged = window.session.add_tags(annotation, [tag])
    assert tagged is not None and tag in tagged.tag_ids
    # Binh writes a note on it before this window hears of anything.
    other.set_note(annotation.id, "Bình's reading", seen=tagged.version)
    window.session.undo_stack.undo()  # would take the tag off what Binh has since changed
    assert reported and "changed elsewhere" in reported[-1]
    now = other.annotation(annotation.id)
    assert tag in now.tag_ids and now.note == "Bình's reading"  # nothing of Binh's lost
    assert window.session.annotation(annotation.id) == now  # the window shows it as it is
    assert not window.session.undo_stack.canUndo()  # the step could not be undone: dropped

    # Once the window holds the current state, undo and redo work against it.
    again = window.session.add_tags(now, [t.id for t in window.session.tags()][-1:])
    assert again is not None
    window.session.undo_stack.undo()
    assert other.annotation(annotation.id).tag_ids == now.tag_ids
    window.session.undo_stack.redo()
    assert other.annotation(annotation.id).tag_ids == again.tag_ids
