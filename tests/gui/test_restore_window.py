"""File → Restore from Backup… through the real widgets; automatic backups; the offer of a
backup when the project is damaged at start-up."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import backups
from desktop.core.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.rescue_dialog import offer_rescue
from desktop.ui.restore_dialog import RestoreDialog

SHOTS = os.environ.get("PARALLAX_SHOTS")


def when_modal(kind: type[QWidget], step: Callable[[QWidget], None], delay: int = 50) -> None:
    """Run ``step`` on the modal dialog of ``kind`` once it is open."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(delay, run)
            return
        step(dialog)

    QTimer.singleShot(delay, run)


def choose(path: Path) -> Callable[[QWidget], None]:
    """Pick the backup at ``path`` in the dialog's list and press Restore…"""

    def step(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        tree = dialog.tree
        row = next(
            n for n in range(tree.topLevelItemCount())
            if tree.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole).path == path
        )  # fmt: skip
        tree.setCurrentItem(tree.topLevelItem(row))
        assert dialog.restore_button.isEnabled()
        if SHOTS:
            dialog.grab().save(str(Path(SHOTS) / "restore_dialog.png"))
        dialog.restore_button.click()

    return step


def press(label: str) -> Callable[[QWidget], None]:
    def step(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        button = next(b for b in box.buttons() if b.text().replace("&", "") == label)
        button.click()

    return step


def settled(window: MainWindow) -> None:
    """The backup the window started on opening is made and announced."""
    window.backup_schedule.wait()
    QApplication.processEvents()


def shown_annotations(window: MainWindow) -> int:
    return window.annotations.model.rowCount()


def test_restoring_from_the_dialog_brings_the_window_back_to_the_backup(
    qtbot: QtBot, window: MainWindow
) -> None:
    settled(window)
    session = window.session
    first = session.annotations_by_document()
    count = sum(len(found) for found in first.values())
    chosen = session.service.backups.make("by hand")
    for annotation in list(session.service.annotations())[:3]:
        session.delete_annotation(annotation)  # undoable steps the restore will clear
    assert shown_annotations(window) == count - 3
    assert window.session.undo_stack.count() == 3

    when_modal(RestoreDialog, choose(chosen.path))
    when_modal(QMessageBox, press("OK"), delay=100)
    window.actions.restore_backup.trigger()

    assert shown_annotations(window) == count
    assert sum(len(p.annotations) for p in window.reader.panes()) == count
    assert window.session.undo_stack.count() == 0
    assert "Restored the backup of" in window.statusBar().currentMessage()
    assert "undo history was cleared" in window.statusBar().currentMessage()
    before = session.service.backups.all()[0]
    assert before.reason == "before restoring" and before.annotations == count - 3


def test_cancelling_the_confirmation_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    settled(window)
    session = window.session
    chosen = session.service.backups.make("by hand")
    session.delete_annotation(session.service.annotations()[0])
    left = shown_annotations(window)
    when_modal(RestoreDialog, choose(chosen.path))
    when_modal(QMessageBox, press("Cancel"), delay=100)
    window.actions.restore_backup.trigger()
    assert shown_annotations(window) == left
    assert window.session.undo_stack.count() == 1
    assert session.service.backups.all()[0].path == chosen.path


def test_the_dialog_lists_damaged_backups_but_will_not_restore_them(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    settled(window)
    made = window.session.service.backups.make("by hand")
    junk = made.path.with_name("20200101-000000Z.parallax")
    junk.write_bytes(b"\0" * 4096)
    listed = window.session.service.backups.all()
    dialog = RestoreDialog(listed, "Sample", window)
    qtbot.addWidget(dialog)
    dialog.show()
    tree = dialog.tree
    assert tree.topLevelItemCount() == len(listed)
    damaged = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert "damaged" in damaged.text(1)
    assert not damaged.flags() & Qt.ItemFlag.ItemIsSelectable
    assert dialog.chosen() == listed[0]  # the newest good one is chosen to start with
    dialog.grab().save(str(Path(SHOTS or tmp_path) / "restore_dialog_damaged.png"))


def test_an_automatic_backup_is_made_when_the_project_changed(
    qtbot: QtBot, window: MainWindow
) -> None:
    schedule = window.backup_schedule
    settled(window)
    assert schedule.timer.isActive() and schedule.timer.interval() == 10 * 60 * 1000
    session = window.session
    session.set_note(session.service.annotations()[0], "a new note")
    with qtbot.waitSignal(schedule.made, timeout=10_000) as made:
        assert schedule.run("every 10 minutes")
    assert made.args is not None and made.args[0].reason == "every 10 minutes"
    assert "Backed up the project automatically" in window.statusBar().currentMessage()
    schedule.wait()
    assert session.service.backups.make_if_changed("again") is None  # nothing new since


def test_a_damaged_project_at_start_up_is_offered_its_backup(
    qtbot: QtBot, sample_path: Path
) -> None:
    store = Store.open(sample_path)
    backup = backups.make_backup(store, "on opening")
    store.close()
    data = bytearray(sample_path.read_bytes())
    data[4096 * 10 : 4096 * 14] = bytes((i * 37) % 256 for i in range(4096 * 4))
    sample_path.write_bytes(bytes(data))

    told: list[str] = []

    def offered(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert backup.when() in box.informativeText()
        told.append(box.informativeText())
        when_modal(QMessageBox, lambda done: (told.append(done.text()), done.accept()))  # type: ignore[attr-defined]
        press("Restore Backup")(box)

    when_modal(QMessageBox, offered)
    rescued = offer_rescue(sample_path, "damaged")
    assert rescued is not None and rescued.store is not None
    rescued.store.close()
    assert sample_path.with_name("sample.parallax.damaged").exists()
    assert len(told) == 2 and "was moved to" in told[1] and "nothing was lost" in told[1]


def test_with_no_backup_the_window_offers_to_move_the_damaged_file_aside(
    qtbot: QtBot, sample_path: Path
) -> None:
    data = bytearray(sample_path.read_bytes())
    data[4096 * 10 : 4096 * 14] = bytes((i * 37) % 256 for i in range(4096 * 4))
    sample_path.write_bytes(bytes(data))
    told: list[str] = []

    def offered(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert "There is no backup of it" in box.informativeText()
        when_modal(QMessageBox, lambda done: (told.append(done.text()), done.accept()))  # type: ignore[attr-defined]
        press("Move Aside")(box)

    when_modal(QMessageBox, offered)
    assert offer_rescue(sample_path, "damaged") is None
    aside = sample_path.with_name("sample.parallax.damaged")
    assert aside.read_bytes() == bytes(data) and not sample_path.exists()
    assert told and str(aside) in told[0] and "nothing was deleted" in told[0]


def test_the_restore_runs_off_the_ui_thread_with_the_schedule_paused(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    settled(window)
    session, schedule = window.session, window.backup_schedule
    chosen = session.service.backups.make("by hand")
    session.delete_annotation(session.service.annotations()[0])
    threads: list[threading.Thread] = []
    real = backups.restore

    def restore(
        store: Store, backup: backups.BackupInfo, steps: backups.Steps | None = None
    ) -> backups.BackupInfo:
        threads.append(threading.current_thread())
        return real(store, backup, steps)

    monkeypatch.setattr(backups, "restore", restore)
    paused: list[bool] = []

    def step(dialog: QWidget) -> None:
        paused.append(not schedule.timer.isActive())  # the timer fires in modal dialogs too
        choose(chosen.path)(dialog)

    when_modal(RestoreDialog, step)
    when_modal(QMessageBox, press("OK"), delay=100)
    window.actions.restore_backup.trigger()
    assert paused == [True] and schedule.timer.isActive()
    assert threads and threads[0] is not threading.main_thread()
    assert shown_annotations(window) == chosen.annotations


def test_a_restore_that_fails_after_copying_leaves_the_window_showing_the_project(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    settled(window)
    session = window.session
    chosen = session.service.backups.make("by hand")
    session.delete_annotation(session.service.annotations()[0])
    monkeypatch.setattr(backups, "_live_verdict", lambda store: "page 7 is never used")
    told: list[str] = []

    def confirm(box: QWidget) -> None:
        press("OK")(box)
        when_modal(QMessageBox, lambda shown: (told.append(shown.text()), shown.accept()))  # type: ignore[attr-defined]

    when_modal(RestoreDialog, choose(chosen.path))
    when_modal(QMessageBox, confirm, delay=100)
    window.actions.restore_backup.trigger()
    qtbot.waitUntil(lambda: bool(told))
    assert "failed its check" in told[0]
    # The copy landed all the same: the window shows what the project now holds.
    assert shown_annotations(window) == chosen.annotations == len(session.service.annotations())
    assert session.undo_stack.count() == 0
