"""What the first review found: note saving while switching, failures, astral text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.project import NotSavedError, ProjectService
from desktop.core.sample import fill_sample
from desktop.core.store import Store
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import OpenWindow, drag_select, pane_for_language, type_text


def annotation_with(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in window.session.service.annotations() if text in a.quote)


def click_row(qtbot: QtBot, window: MainWindow, annotation_id: int) -> None:
    table = window.annotations.table
    row = window.annotations.proxy.mapFromSource(
        window.annotations.model.index(window.annotations.model.row_of(annotation_id), 1)
    )
    table.scrollTo(row)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(row).center()
    )


def test_switching_rows_while_typing_saves_the_note_and_keeps_list_and_inspector_agreed(
    qtbot: QtBot, window: MainWindow
) -> None:
    first, second = annotation_with(window, "Lavrov"), annotation_with(window, "Guterres")
    window.annotations.select(first.id)
    note = window.annotations.inspector.note
    note.setFocus()
    note.selectAll()
    type_text(note, "đã lưu")
    click_row(qtbot, window, second.id)  # before the pause: the switch must save it
    assert window.session.service.annotation(first.id).note == "đã lưu"
    assert window.annotations.current().id == second.id  # type: ignore[union-attr]
    selected = window.annotations.table.selectionModel().selectedRows()
    shown = window.annotations.proxy.mapToSource(selected[0]).row()
    assert window.annotations.model.annotation_at(shown).id == second.id  # type: ignore[union-attr]
    # Delete acts on what the user sees selected.
    window.actions.delete_annotation.trigger()
    ids = {a.id for a in window.session.service.annotations()}
    assert second.id not in ids and first.id in ids


def test_a_tag_key_pressed_while_a_note_is_pending_does_not_lose_the_note(
    qtbot: QtBot, window: MainWindow
) -> None:
    target = annotation_with(window, "Lavrov")
    pane = pane_for_language(window, "id")
    start, _ = drag_select(qtbot, pane, "Presiden Rusia Vladimir Putin")
    window.annotations.select(target.id)
    note = window.annotations.inspector.note
    note.setFocus()
    note.selectAll()
    type_text(note, "pending")
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # a theme's key
    assert window.session.service.annotation(target.id).note == "pending"
    new = next(a for a in window.session.service.annotations() if a.start == start)
    assert window.annotations.current().id == new.id  # type: ignore[union-attr]


def test_a_note_that_fails_to_save_stays_in_front_of_the_user(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = annotation_with(window, "Lavrov"), annotation_with(window, "Guterres")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    real = window.session.service.set_note

    def full_disk(annotation_id: int, note: str):  # type: ignore[no-untyped-def]
        raise NotSavedError("The change was not saved: database or disk is full.")

    monkeypatch.setattr(window.session.service, "set_note", full_disk)
    window.annotations.select(first.id)
    inspector = window.annotations.inspector
    inspector.note.setFocus()
    inspector.note.selectAll()
    type_text(inspector.note, "precious words")
    click_row(qtbot, window, second.id)
    assert warnings
    assert inspector.annotation.id == first.id  # type: ignore[union-attr]
    assert inspector.note.toPlainText() == "precious words"
    assert "Not saved" in inspector.note_state.text()
    # Closing asks before losing it; refusing keeps the window open.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    # Once the disk has room again, leaving the note saves it.
    monkeypatch.setattr(window.session.service, "set_note", real)
    window.annotations.filter.setFocus()
    inspector.save_note()
    assert window.session.service.annotation(first.id).note == "precious words"
    assert window.close()


def test_a_failed_undo_leaves_history_and_database_in_step(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = pane_for_language(window, "id")
    start, _ = drag_select(qtbot, pane, "Presiden Rusia Vladimir Putin")
    window.tag_selection(next(t.id for t in window.session.tags() if t.name == "Putin"))
    created = next(a for a in window.session.service.annotations() if a.start == start)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))

    def locked(annotation_id: int):  # type: ignore[no-untyped-def]
        raise NotSavedError("The change was not saved: database is locked.")

    monkeypatch.setattr(window.session.service, "delete_annotation", locked)
    window.actions.undo.trigger()
    assert warnings and "could not be undone" in warnings[0]
    assert window.session.service.annotation(created.id) == created  # still there
    assert not window.session.undo_stack.canRedo()  # no redo of something never undone
    assert pane.background_at(start + 1) != pane.view.palette().color(pane.view.backgroundRole())


def test_clicking_anywhere_on_a_highlighted_character_selects_its_annotation(
    qtbot: QtBot, window: MainWindow
) -> None:
    pane = pane_for_language(window, "id")
    target = next(a for a in pane.annotations if a.quote == "Tayyib Erdogan")  # nested
    last = target.end - 1
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(last)
    pane.view.setTextCursor(cursor)
    pane.view.ensureCursorVisible()
    left = pane.view.cursorRect(cursor)
    cursor.setPosition(last + 1)
    right = pane.view.cursorRect(cursor)
    cursor.setPosition(last + 2)
    beyond = pane.view.cursorRect(cursor)
    y = left.center().y()
    # The right half of the last character: the nearest gap is after the passage.
    inside_right_half = QPoint(left.left() + (right.left() - left.left()) * 3 // 4, y)
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=inside_right_half)
    assert window.annotations.current().id == target.id  # type: ignore[union-attr]
    # Just past its last character, the click lands on the sentence that contains it.
    container = next(
        a
        for a in pane.annotations
        if a.start <= target.start and a.end > target.end and a.id != target.id
    )
    just_after = QPoint((right.left() + beyond.left()) // 2, y)
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=just_after)
    assert window.annotations.current().id == container.id  # type: ignore[union-attr]


EMOJI_TEXT = (
    "Hôm nay 😀🇻🇳 𠀀 tin mới: Thổ Nhĩ Kỳ kêu gọi ngừng bắn.\n"
    "👩‍👩‍👧 Nga đề nghị đàm phán ở Nagorno-Karabakh (سلام)."
)


def test_tagging_after_emoji_stores_code_points_in_the_real_window(
    qtbot: QtBot, open_main_window: OpenWindow, tmp_path: Path
) -> None:
    path = tmp_path / "emoji.parallax"

    def fill(store: Store) -> None:
        fill_sample(store)
        ProjectService(store).add_document("Emoji", EMOJI_TEXT, language="vi")

    Store.create(path, fill).close()
    window = open_main_window(path)
    emoji_doc = window.session.service.documents()[-1]
    pane = window.open_document(emoji_doc.id)
    phrase = "Nga đề nghị đàm phán"
    start, end = drag_select(qtbot, pane, phrase)
    assert start == EMOJI_TEXT.index(phrase)  # code points, though 😀🇻🇳𠀀👩‍👩‍👧 came before
    window.tag_selection(next(t.id for t in window.session.tags() if t.name == "Russia"))
    stored = next(a for a in window.session.service.annotations(emoji_doc.id))
    assert (stored.start, stored.end, stored.quote) == (start, end, phrase)
    page = pane.view.palette().color(pane.view.backgroundRole())
    assert pane.background_at(start) != page and pane.background_at(end - 1) != page
    assert pane.background_at(start - 1) == page and pane.background_at(end) == page
