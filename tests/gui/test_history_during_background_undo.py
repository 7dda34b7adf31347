"""Undo and redo of a replaced text run in the background while the window's timers still
fire: a note typed before is saved as a step of its own first, and a note save that comes
meanwhile waits until the step is done, so the history always matches the project."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop.core.records import AnnotationInfo
from desktop.ui.corpus import text_flows
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import pane_for_language, type_text

NOTE = "Catatan: ngừng bắn 🕊"


def replaced(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    """The Indonesian document's text replaced (the review accepted): its id, old, new."""
    pane = pane_for_language(window, "id")
    document = pane.document_info
    assert document is not None
    old = window.session.service.document_text(document.id)
    new = "Pembaruan.\n" + old.replace("dikabarkan", "dilaporkan")
    monkeypatch.setattr(text_flows.ReplacementReview, "exec", lambda _self: 1)
    assert text_flows.review_and_replace(window, window.session, document, new)
    assert window.session.service.document_text(document.id) == new
    return document.id, old, new


def noted(window: MainWindow, document_id: int) -> AnnotationInfo:
    """An annotation of the document, chosen in the Annotations panel."""
    target = next(a for a in window.session.service.annotations() if a.document_id == document_id)
    window.annotations.select(target.id)
    assert window.annotations.inspector.annotation is not None
    assert window.annotations.inspector.annotation.id == target.id
    return target


def test_a_note_typed_before_undo_is_a_step_of_its_own_undone_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    service, stack = window.session.service, window.session.undo_stack
    document_id, old, new = replaced(window, monkeypatch)
    target = noted(window, document_id)
    inspector = window.annotations.inspector
    inspector.note.setFocus()
    inspector.note.selectAll()
    type_text(inspector.note, NOTE)
    assert inspector.has_unsaved_note()  # the save timer has not fired
    assert service.annotation(target.id).note == target.note
    steps = stack.count()

    window.actions.undo.trigger()  # the note saved first, then that step undone
    assert not inspector.has_unsaved_note()
    assert stack.count() == steps + 1 and stack.index() == steps
    assert service.annotation(target.id).note == target.note
    assert service.document_text(document_id) == new
    window.actions.undo.trigger()  # the replacement, in the background
    assert service.document_text(document_id) == old
    assert stack.index() == steps - 1

    window.actions.redo.trigger()
    window.actions.redo.trigger()
    assert service.document_text(document_id) == new
    assert service.annotation(target.id).note == NOTE
    assert stack.index() == stack.count() == steps + 1
    assert not stack.canRedo()


def test_a_note_saved_while_an_undo_runs_waits_until_it_is_done(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    service, stack = window.session.service, window.session.undo_stack
    document_id, old, _new = replaced(window, monkeypatch)
    target = noted(window, document_id)
    inspector = window.annotations.inspector
    steps = stack.count()
    during: list[bool] = []

    def typed_meanwhile() -> None:
        """As the note's save timer would: typing handed over while the undo runs."""
        during.append(window.session.undo_stack.index() == steps)  # not undone yet
        inspector.note.setPlainText(NOTE)
        inspector.save_note()
        during.append(service.annotation(target.id).note == target.note)  # held back

    QTimer.singleShot(0, typed_meanwhile)  # runs in the undo's wait for its thread
    window.actions.undo.trigger()
    assert during == [True, True]
    assert service.document_text(document_id) == old
    # The note is the latest step, after the undone replacement (whose redo it drops).
    assert service.annotation(target.id).note == NOTE
    assert stack.count() == steps and stack.index() == steps and not stack.canRedo()
    assert stack.undoText() == stack.text(steps - 1)
    window.actions.undo.trigger()
    assert service.annotation(target.id).note == target.note
    assert service.document_text(document_id) == old
    window.actions.redo.trigger()
    assert service.annotation(target.id).note == NOTE
    assert stack.index() == stack.count()
