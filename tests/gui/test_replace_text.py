"""Replacing a document's text through the window: from a file or the text editor, a
review before anything changes, highlights in their new places, orphans shown in the
pane's header and reviewed in their own list (placed at a selection or deleted), and
undo putting everything back."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.records import AnnotationInfo
from desktop.ui.annotations.orphans import OrphansDialog
from desktop.ui.corpus import text_flows
from desktop.ui.corpus.document_flows import DocumentDialog
from desktop.ui.corpus.text_flows import ReplacementReview, TextEditor
from desktop.ui.main_window import MainWindow
from desktop.ui.reader.document_pane import DocumentPane
from desktop.ui.suggestions_dock import SUGGESTION_ROLE
from tests.gui.conftest import drag_select, pane_for_language

SHOTS = os.environ.get("PARALLAX_SHOTS")  # a folder: save screenshots there to look at them

LOST = "Akhirnya pada 2016 meletus kembali konflik dua negara bertetangga ini"
FIXED = ("dikabarkan", "dilaporkan")  # a word changed inside the Lavrov passage
HEADLINE = "Pembaruan: artikel ini telah diperbarui.\n"


def lost_line(old: str) -> str:
    return next(line for line in old.split("\n") if line.startswith(LOST)) + "\n"


def new_version(old: str) -> str:
    return HEADLINE + old.replace(lost_line(old), "").replace(*FIXED)


def when_modal(kind: type[QWidget], step: Callable[[QWidget], None], delay: int = 50) -> None:
    """Run ``step`` on the modal dialog of ``kind`` once it is open."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):  # not open yet (a busy cursor, a slow machine)
            QTimer.singleShot(delay, run)
            return
        step(dialog)

    QTimer.singleShot(delay, run)


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))


def orphan_of(window: MainWindow) -> AnnotationInfo:
    (orphan,) = window.session.orphans()
    return orphan


def test_replace_from_a_file_review_place_the_orphan_and_undo(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = window.session.service
    pane = pane_for_language(window, "id")
    assert pane.document_info is not None
    document = pane.document_info
    old = service.document_text(document.id)
    before = service.annotations()
    lavrov = next(a for a in before if a.quote.startswith("Menteri Luar Negeri Rusia"))
    moved = next(a for a in before if a.quote.startswith("Secara internasional"))
    path = tmp_path / "updated.txt"
    path.write_text(new_version(old), encoding="utf-8")
    monkeypatch.setattr(text_flows.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen: dict[str, str] = {}

    def review(dialog: QWidget) -> None:
        assert isinstance(dialog, ReplacementReview)
        seen["counts"] = dialog.summary.text()
        listing = dialog.listing
        seen["listed"] = "\n".join(
            " | ".join(listing.item(row, column).text() for column in range(4))
            for row in range(listing.rowCount())
        )
        shot(dialog, "review.png")
        qtbot.mouseClick(dialog.replace, Qt.MouseButton.LeftButton)

    window.find_suggestions()
    suggested = window.suggestions.list

    def suggested_here() -> int:
        rows = (suggested.item(row).data(SUGGESTION_ROLE) for row in range(suggested.count()))
        return sum(1 for found in rows if found.document_id == document.id)

    assert suggested_here()
    when_modal(ReplacementReview, review)
    pane.view.setFocus()
    window.actions.replace_text.trigger()
    assert suggested_here() == 0  # their offsets were the old text's

    assert "<b>0</b> stay in place" in seen["counts"]  # the headline moved everything
    assert "<b>6</b> found by their quote" in seen["counts"]
    assert "<b>1</b> found approximately" in seen["counts"]
    assert "<b>1</b> cannot be placed (become orphans)" in seen["counts"]
    assert "Found approximately | “Menteri Luar Negeri Rusia" in seen["listed"]
    assert "Cannot be placed | “Akhirnya pada 2016" in seen["listed"]

    # The pane shows the new text with every placed annotation in its new place.
    new = new_version(old)
    assert service.document_text(document.id) == new
    assert pane.view.toPlainText() == new
    shown = {a.id: a for a in pane.annotations}
    now = service.annotation(moved.id)
    assert shown[moved.id] == now and new[now.start : now.end] == moved.quote
    assert now.start == moved.start + len(HEADLINE) - len(lost_line(old))
    assert FIXED[1] in shown[lavrov.id].quote
    page = pane.view.palette().color(pane.view.backgroundRole())
    assert pane.background_at(now.start + 1) != page
    # The orphan is not painted; the header says there is one.
    orphan = orphan_of(window)
    assert orphan.quote.startswith(LOST) and orphan.id not in shown
    assert pane.orphans_button.isVisible()
    assert pane.orphans_button.text() == "⚠ 1 orphaned annotation — Review…"
    assert window.session.document(document.id).orphan_count == 1  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not pane.painter.busy)
    shot(window, "window_with_orphan.png")

    # Review it: place it at a selection in the pane.
    qtbot.mouseClick(pane.orphans_button, Qt.MouseButton.LeftButton)
    dialog = window.orphans.dialog
    assert isinstance(dialog, OrphansDialog) and dialog.isVisible()
    assert dialog.table.topLevelItemCount() == 1
    assert dialog.current_id() == orphan.id
    assert dialog.table.topLevelItem(0).text(3) == orphan.note  # type: ignore[union-attr]
    shot(dialog, "orphans.png")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # shows the likely place; stays open
    assert dialog.isVisible() and pane.selection_span() == (orphan.start, orphan.end)
    pane.view.setTextCursor(QTextCursor(pane.view.document()))  # nothing selected
    qtbot.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    assert "Select the passage" in dialog.status.text()  # nothing selected yet
    start, end = drag_select(qtbot, pane, "Meski terjadi gencatan senjata pada 1994")
    qtbot.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    placed = service.annotation(orphan.id)
    assert not placed.orphan and (placed.start, placed.end) == (start, end)
    assert placed.tag_ids == orphan.tag_ids and placed.uuid == orphan.uuid
    assert placed.id in {a.id for a in pane.annotations}
    assert not pane.orphans_button.isVisible()
    assert dialog.table.topLevelItemCount() == 0 and "No orphans left" in dialog.status.text()

    # Undo: the orphan again; undo again: the old text and every annotation exactly.
    window.actions.undo.trigger()
    assert service.annotation(orphan.id) == orphan
    assert dialog.table.topLevelItemCount() == 1 and pane.orphans_button.isVisible()
    window.actions.undo.trigger()
    assert service.document_text(document.id) == old
    assert pane.view.toPlainText() == old
    assert service.annotations() == before
    assert {a.id: a for a in pane.annotations}[moved.id] == moved
    assert not pane.orphans_button.isVisible() and dialog.table.topLevelItemCount() == 0
    window.actions.redo.trigger()
    assert pane.view.toPlainText() == new and orphan_of(window) == orphan


def test_edit_text_in_document_properties_then_delete_the_orphan(
    qtbot: QtBot, window: MainWindow
) -> None:
    service = window.session.service
    pane = pane_for_language(window, "id")
    document = pane.document_info
    assert document is not None
    old = service.document_text(document.id)
    seen: list[str] = []

    def properties(dialog: QWidget) -> None:
        assert isinstance(dialog, DocumentDialog)
        when_modal(TextEditor, editor)
        qtbot.mouseClick(dialog.edit_text, Qt.MouseButton.LeftButton)
        # Back from the editor: the dialog tells the document as it now is.
        seen.append(dialog.facts.text())
        dialog.accept()

    def editor(dialog: QWidget) -> None:
        assert isinstance(dialog, TextEditor)
        assert dialog.text() == old
        cursor = dialog.editor.textCursor()
        start = old.index(LOST)
        cursor.setPosition(start)
        cursor.setPosition(start + len(LOST), cursor.MoveMode.KeepAnchor)
        dialog.editor.setTextCursor(cursor)
        dialog.editor.insertPlainText("Pada 2016 konflik\u00a0meletus lagi")  # no-break space
        when_modal(ReplacementReview, lambda review: review.accept())  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.review, Qt.MouseButton.LeftButton)

    when_modal(DocumentDialog, properties)
    pane.view.setFocus()
    window.actions.document_properties.trigger()
    expected = old.replace(LOST, "Pada 2016 konflik\u00a0meletus lagi")
    assert service.document_text(document.id) == expected  # the no-break space kept
    assert seen and "(1 orphaned)" in seen[0]
    assert pane.view.document().toRawText().replace("\u2029", "\n") == expected

    # An orphan chosen in the Annotations list opens the review, not a wrong place.
    orphan = orphan_of(window)
    qtbot.waitUntil(lambda: not window.refresh_pending())  # the list: a few events on
    window.annotations.select(orphan.id)
    assert window.annotations.inspector.document.text().endswith(
        "⚠ orphaned: not found when its text was replaced"
    )
    window.annotations.annotationChosen.emit(orphan.id)
    dialog = window.orphans.dialog
    assert dialog is not None and dialog.isVisible() and dialog.current_id() == orphan.id
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert orphan.id not in {a.id for a in service.annotations()}
    assert window.session.orphans() == [] and dialog.table.topLevelItemCount() == 0
    window.actions.undo.trigger()
    assert orphan_of(window) == orphan


def test_the_same_text_is_refused_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane: DocumentPane = pane_for_language(window, "vi")
    assert pane.document_info is not None
    text = window.session.service.document_text(pane.document_info.id)
    path = tmp_path / "same.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    monkeypatch.setattr(text_flows.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, message: told.append(message))
    pane.view.setFocus()
    window.actions.replace_text.trigger()
    assert told and "the new text is the same" in told[0]
    assert window.session.undo_stack.count() == 0
    assert window.actions.replace_text in window.corpus.document_actions
    # An unreadable file is named in the message.
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    monkeypatch.setattr(text_flows.QFileDialog, "getOpenFileName", lambda *a, **k: (str(empty), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, message: warned.append(message))
    window.actions.replace_text.trigger()
    assert warned and warned[0].startswith("empty.txt is empty.")
