"""Notes, removing tags, deleting, and undoing each of them, through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.project import NotSavedError
from desktop.ui.annotations.inspector import NOTE_SAVE_DELAY_MS
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import drag_select, pane_for_language, type_text


def first_annotation(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in window.session.service.annotations() if text in a.quote)


def test_typing_a_note_saves_it_and_undo_restores_the_old_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    target = first_annotation(window, "Lavrov")
    old = target.note
    window.annotations.select(target.id)
    note = window.annotations.inspector.note
    note.setFocus()
    note.selectAll()
    type_text(note, "Sáng kiến ngừng bắn 🕊")
    qtbot.waitUntil(
        lambda: window.session.service.annotation(target.id).note == "Sáng kiến ngừng bắn 🕊",
        timeout=NOTE_SAVE_DELAY_MS * 10,
    )
    assert window.annotations.inspector.note_state.text() == "Saved"
    # All that typing is one undo step.
    window.actions.undo.trigger()
    assert window.session.service.annotation(target.id).note == old
    assert note.toPlainText() == old
    window.actions.redo.trigger()
    assert window.session.service.annotation(target.id).note == "Sáng kiến ngừng bắn 🕊"


def test_a_note_is_saved_when_focus_leaves_before_the_pause(
    qtbot: QtBot, window: MainWindow
) -> None:
    target = first_annotation(window, "Guterres")
    window.annotations.select(target.id)
    note = window.annotations.inspector.note
    note.setFocus()
    note.selectAll()
    type_text(note, "quick")
    window.annotations.filter.setFocus()  # leaves the note at once
    assert window.session.service.annotation(target.id).note == "quick"


def test_remove_a_tag_in_the_inspector_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    target = first_annotation(window, "Lavrov")
    assert len(target.tag_ids) == 3
    window.annotations.select(target.id)
    inspector = window.annotations.inspector
    inspector.tags.setCurrentRow(0)
    removed = int(inspector.tags.currentItem().data(Qt.ItemDataRole.UserRole))
    qtbot.mouseClick(inspector.remove_tag, Qt.MouseButton.LeftButton)
    after = window.session.service.annotation(target.id)
    assert removed not in after.tag_ids and len(after.tag_ids) == 2
    assert inspector.tags.count() == 2
    window.actions.undo.trigger()
    assert set(window.session.service.annotation(target.id).tag_ids) == set(target.tag_ids)


def test_delete_annotation_with_the_key_and_undo_brings_it_back_whole(
    qtbot: QtBot, window: MainWindow
) -> None:
    target = first_annotation(window, "Guterres")
    pane = pane_for_language(window, "id")
    window.annotations.select(target.id)
    window.annotations.table.setFocus()
    qtbot.keyClick(window.annotations.table, Qt.Key.Key_Delete)
    ids = {a.id for a in window.session.service.annotations()}
    assert target.id not in ids
    assert target.id not in {a.id for a in pane.annotations}
    window.actions.undo.trigger()
    assert window.session.service.annotation(target.id) == target
    assert target.id in {a.id for a in pane.annotations}


def test_undo_and_redo_a_new_annotation(qtbot: QtBot, window: MainWindow) -> None:
    pane = pane_for_language(window, "id")
    start, _ = drag_select(qtbot, pane, "Presiden Rusia Vladimir Putin")
    before = pane.background_at(start + 1)
    window.tag_selection(next(t.id for t in window.session.tags() if t.name == "Putin"))
    created = next(a for a in window.session.service.annotations() if a.start == start)
    assert pane.background_at(start + 1) != before
    window.actions.undo.trigger()
    assert all(a.id != created.id for a in window.session.service.annotations())
    assert pane.background_at(start + 1) == before
    window.actions.redo.trigger()
    assert window.session.service.annotation(created.id) == created


def test_tagging_without_a_selection_says_what_to_do(window: MainWindow) -> None:
    count = len(window.session.service.annotations())
    window.tag_selection(window.session.tags()[0].id)
    assert "Select a passage" in window.statusBar().currentMessage()
    assert len(window.session.service.annotations()) == count


def test_a_change_the_database_refuses_is_reported_and_not_shown(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = pane_for_language(window, "id")
    start, _ = drag_select(qtbot, pane, "Presiden Rusia Vladimir Putin")
    before = pane.background_at(start + 1)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise NotSavedError(
            "The change was not saved to sample.parallax: database or disk is full."
        )

    monkeypatch.setattr(window.session.service, "create_annotation", disk_full)
    window.tag_selection(next(t.id for t in window.session.tags() if t.name == "Putin"))
    assert warnings and "disk is full" in warnings[0]
    assert pane.background_at(start + 1) == before
    assert not window.session.undo_stack.canUndo()


def test_grow_a_passage_to_its_sentence_or_to_the_selection_and_undo(
    qtbot: QtBot, window: MainWindow
) -> None:
    target = next(a for a in window.session.service.annotations() if a.quote == "Tayyib Erdogan")
    body = window.session.service.document_text(target.document_id)
    window.annotations.select(target.id)
    qtbot.mouseClick(window.annotations.inspector.span_buttons[2], Qt.MouseButton.LeftButton)
    grown = window.session.service.annotation(target.id)
    assert grown.quote.startswith("Dalam kejadian kali ini, Presiden Turki Tayyib Erdogan")
    assert grown.quote.endswith("Pegunungan Kaukasia.")
    assert grown.quote == body[grown.start : grown.end]
    assert grown.prefix == body[grown.start - 32 : grown.start]
    assert grown.tag_ids == target.tag_ids
    pane = pane_for_language(window, "id")
    start, end = drag_select(qtbot, pane, "Presiden Turki Tayyib Erdogan")
    window.annotations.select(target.id)
    qtbot.mouseClick(window.annotations.inspector.span_buttons[0], Qt.MouseButton.LeftButton)
    assert (
        window.session.service.annotation(target.id).start,
        window.session.service.annotation(target.id).end,
    ) == (start, end)
    window.actions.undo.trigger()
    window.actions.undo.trigger()
    assert window.session.service.annotation(target.id).quote == "Tayyib Erdogan"


def test_the_sessions_annotations_always_equal_the_database(window: MainWindow) -> None:
    """The window paints from records kept in the session; after any mix of actions,
    undos and redos they must be exactly what the database holds."""
    import random

    session, service = window.session, window.session.service
    rng = random.Random(11)
    tags = [t.id for t in session.tags()]
    document = service.documents()[1]
    length = document.length
    for step in range(60):
        existing = service.annotations(document.id)
        choice = rng.random()
        if choice < 0.3:
            start = rng.randrange(0, length - 40)
            session.tag_passage(
                document.id, start, start + rng.randrange(1, 40), [rng.choice(tags)]
            )
        elif choice < 0.45 and existing:
            session.add_tags(rng.choice(existing), [rng.choice(tags)])
        elif choice < 0.55 and existing:
            target = rng.choice(existing)
            if target.tag_ids:
                session.remove_tag(target, target.tag_ids[0])
        elif choice < 0.65 and existing:
            session.set_note(rng.choice(existing), f"note {step}")
        elif choice < 0.72 and existing:
            session.delete_annotation(rng.choice(existing))
        elif choice < 0.86:
            session.undo_stack.undo()
        else:
            session.undo_stack.redo()
        assert_views_match_the_database(window, f"step {step}")


def assert_views_match_the_database(window: MainWindow, where: str) -> None:
    """Every view updated change by change shows what a fresh read of the project gives."""
    session, service = window.session, window.session.service
    stored = service.annotations()
    cached = {a.id: a for group in session.annotations_by_document().values() for a in group}
    assert cached == {a.id: a for a in stored}, where
    for in_document in session.annotations_by_document().values():
        assert in_document == sorted(in_document, key=lambda a: (a.start, a.end, a.id)), where
    assert session.tags() == service.tags(), where
    assert session.documents() == service.documents(), where
    model = window.annotations.model
    rows = [model.annotation_at(row) for row in range(model.rowCount())]
    order = {d.id: rank for rank, d in enumerate(service.documents())}
    assert rows == sorted(stored, key=lambda a: (order[a.document_id], a.start, a.end, a.id)), where
    open_ids = window.reader.open_document_ids()
    codebook = window.codebook.model
    for tag in service.tags():
        uses = sum(tag.id in a.tag_ids for a in stored if a.document_id in open_ids)
        row = codebook.index_of_tag(tag.id)
        assert row.siblingAtColumn(2).data() == uses, f"{where}: open uses of {tag.name}"
        assert row.siblingAtColumn(3).data() == tag.count, f"{where}: uses of {tag.name}"
    for pane in window.reader.panes():
        expected = [a for a in stored if a.document_id == pane.document_id]
        assert sorted(pane.annotations, key=lambda a: a.id) == sorted(expected, key=lambda a: a.id)
