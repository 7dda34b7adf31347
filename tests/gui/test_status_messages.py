"""The status bar's rule in the real window: a timed backup's notice never hides a message that
matters while it is meant to be read; a failed backup is never a routine notice."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.backup_names import BackupError
from desktop.core.backups import Backups
from desktop.ui.main_window import MainWindow
from desktop.ui.status_messages import UNTIMED_HOLD_MS


def settled(window: MainWindow) -> None:
    """The backup the window started on opening is made and announced."""
    window.backup_schedule.wait()
    QApplication.processEvents()


def shown(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def timed_backup(qtbot: QtBot, window: MainWindow) -> str:
    """Run the schedule's timed backup to its end; the text the window was told."""
    schedule = window.backup_schedule
    with qtbot.waitSignal(schedule.made, timeout=10_000) as done:
        assert schedule.run("every 10 minutes")
    schedule.wait()
    assert done.args is not None
    made = done.args[0]
    return f"Backed up the project automatically ({made.when()})."


def delete_one(window: MainWindow) -> str:
    """Delete an annotation (a change worth a backup); the message the user is shown."""
    session = window.session
    session.delete_annotation(session.service.annotations()[0])
    said = shown(window)
    assert said.startswith("Deleted the annotation on")
    return said


def test_a_timed_backup_does_not_replace_a_message_still_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    settled(window)
    said = delete_one(window)
    backed_up = timed_backup(qtbot, window)
    assert shown(window) == said and shown(window) != backed_up


def test_a_timed_backup_is_announced_when_nothing_important_is_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    settled(window)
    window.session.set_note(window.session.service.annotations()[0], "a new note")  # no message
    window.statusBar().clearMessage()
    backed_up = timed_backup(qtbot, window)
    assert shown(window) == backed_up


def test_a_message_past_its_display_time_no_longer_holds_off_the_backup(
    qtbot: QtBot, window: MainWindow
) -> None:
    settled(window)
    bar = window.status_messages
    now = [0.0]
    bar.clock = lambda: now[0]
    delete_one(window)  # shown for 8 s
    now[0] = 8.5  # its timer has not fired yet here: the text is still on screen
    assert shown(window).startswith("Deleted the annotation on")
    backed_up = timed_backup(qtbot, window)
    assert shown(window) == backed_up


def test_the_idle_hint_gives_way_to_a_backup_and_a_message_shown_until_replaced_holds_a_minute(
    qtbot: QtBot, window: MainWindow
) -> None:
    settled(window)
    bar = window.status_messages
    now = [0.0]
    bar.clock = lambda: now[0]
    assert not bar.holding()  # the hint, or the backup made on opening: both routine
    bar.showMessage("Something that matters")  # until replaced
    assert bar.holding() and not bar.show_routine("routine")
    now[0] = UNTIMED_HOLD_MS / 1000 + 0.5
    assert not bar.holding() and bar.show_routine("routine") and shown(window) == "routine"


def test_a_failed_backup_is_shown_at_once_and_a_later_routine_notice_does_not_hide_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    settled(window)
    delete_one(window)  # an important message on screen
    schedule = window.backup_schedule

    def full(self: Backups, reason: str) -> None:
        raise BackupError("the disk is full")

    monkeypatch.setattr(Backups, "make", full)
    with qtbot.waitSignal(schedule.failed, timeout=10_000):
        assert schedule.run("every 10 minutes")
    failure = "The automatic backup failed: the disk is full"
    assert shown(window) == failure
    monkeypatch.undo()
    timed_backup(qtbot, window)  # made, and dropped: the failure is still to be read
    assert shown(window) == failure
