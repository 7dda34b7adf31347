"""Replacing a text from the window, the parts that run off the UI thread: the planning
counts the annotations it places and Cancel stops it; the views catch up with the new
text (and with its undo and redo) over a few events; the search finds the new text."""

from __future__ import annotations

import re
import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop.core import anchoring
from desktop.core.project import ProjectService
from desktop.ui.corpus import text_flows
from desktop.ui.main_window import MainWindow
from desktop.ui.search_dock import HIT_ROLE
from tests.gui.conftest import pane_for_language
from tests.gui.test_long_work import assert_every_panel_shows_the_project, progress_dialog

LOST = "Akhirnya pada 2016 meletus kembali konflik dua negara bertetangga ini"
HEADLINE = "Pembaruan zebracorn: artikel ini telah diperbarui.\n"
PHRASE = '"akhirnya pada 2016 meletus"'


def test_planning_counts_the_annotations_placed_and_cancel_stops_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = pane_for_language(window, "id")
    document = pane.document_info
    assert document is not None
    old = window.session.service.document_text(document.id)
    count = len(window.session.annotations_in(document.id))
    assert count >= 4
    monkeypatch.setattr(anchoring, "REPORT_EVERY", 1)  # a count after each annotation
    placing: list[threading.Thread] = []
    real = anchoring._place

    def slow(*args: object) -> anchoring.Placement:
        placing.append(threading.current_thread())
        time.sleep(0.2)  # slow enough for the dialog to show (not a timing assertion)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(anchoring, "_place", slow)
    seen: list[tuple[str, int, int]] = []

    def cancel_once_counting() -> None:
        dialog = progress_dialog(window)
        label = dialog.labelText() if dialog is not None else ""
        if dialog is None or not re.match(r"Placing annotations… [1-9]", label):
            QTimer.singleShot(20, cancel_once_counting)
            return
        seen.append((label, dialog.value(), dialog.maximum()))
        button = dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        button.click()

    QTimer.singleShot(20, cancel_once_counting)
    assert not text_flows.review_and_replace(window, window.session, document, old + "\nMore.")
    ((label, value, maximum),) = seen
    done = int(re.fullmatch(rf"Placing annotations… (\d+) of {count}", label).group(1))  # type: ignore[union-attr]
    assert 0 < done < count and maximum == count and value == done
    # The planning stops at its next count, well before the last annotation.
    worker = placing[0]
    assert worker is not threading.main_thread()
    worker.join(10)
    assert not worker.is_alive() and len(placing) < count
    assert window.session.service.document_text(document.id) == old
    assert window.session.undo_stack.count() == 0


def search(qtbot: QtBot, window: MainWindow, query: str) -> list[QTreeWidgetItem]:
    """Search all documents from the dock; the hits listed."""
    dock = window.search
    dock.focus_box()
    dock.box.setText(query)
    qtbot.keyClick(dock.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dock.listing())
    tree = dock.tree
    groups = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
    return [
        child
        for group in groups
        for child in (group.child(n) for n in range(group.childCount()))
        if child.data(0, HIT_ROLE) is not None
    ]


def chosen_text(qtbot: QtBot, window: MainWindow, item: QTreeWidgetItem) -> str:
    """Open a hit with the keyboard; the passage the pane then selects."""
    tree = window.search.tree
    tree.setCurrentItem(item)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    pane = pane_for_language(window, "id")
    return pane.view.textCursor().selectedText()


def test_the_search_finds_the_replaced_text_and_after_undo_the_old_again(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = window.session
    pane = pane_for_language(window, "id")
    document = pane.document_info
    assert document is not None
    old = session.service.document_text(document.id)
    (found,) = search(qtbot, window, PHRASE)  # the old text read, and kept
    assert chosen_text(qtbot, window, found) == "Akhirnya pada 2016 meletus"
    line = next(line for line in old.split("\n") if line.startswith(LOST)) + "\n"
    new = HEADLINE + old.replace(line, "")
    monkeypatch.setattr(text_flows.ReplacementReview, "exec", lambda _self: 1)
    assert text_flows.review_and_replace(window, session, document, new)
    assert pane.view.toPlainText() == new  # the pane at once; the other views follow
    qtbot.waitUntil(lambda: not window.refresh_pending())
    assert search(qtbot, window, PHRASE) == []
    (found,) = search(qtbot, window, "zebracorn")
    assert chosen_text(qtbot, window, found) == "zebracorn"
    assert pane.selection_span() == (len("Pembaruan "), len("Pembaruan zebracorn"))

    window.actions.undo.trigger()
    assert pane.view.toPlainText() == old
    qtbot.waitUntil(lambda: not window.refresh_pending())
    assert search(qtbot, window, "zebracorn") == []
    (found,) = search(qtbot, window, PHRASE)
    assert chosen_text(qtbot, window, found) == "Akhirnya pada 2016 meletus"
    assert pane.selection_span() == (
        old.index(LOST),
        old.index(LOST) + len("Akhirnya pada 2016 meletus"),
    )

    window.actions.redo.trigger()
    qtbot.waitUntil(lambda: not window.refresh_pending())
    (found,) = search(qtbot, window, "zebracorn")
    assert chosen_text(qtbot, window, found) == "zebracorn"


def test_a_change_made_before_the_views_caught_up_is_shown_too(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tag added right after the replacement, before the Annotations list's turn: the
    list, when it comes, shows the new text's passages with that tag."""
    session = window.session
    pane = pane_for_language(window, "id")
    document = pane.document_info
    assert document is not None
    new = HEADLINE + session.service.document_text(document.id)
    monkeypatch.setattr(text_flows.ReplacementReview, "exec", lambda _self: 1)
    assert text_flows.review_and_replace(window, session, document, new)
    assert window.refresh_pending()
    tag = session.tags()[0]
    tagged = session.tag_passage(document.id, 0, len("Pembaruan"), [tag.id])
    assert tagged is not None and tagged.quote == "Pembaruan"
    qtbot.waitUntil(lambda: not window.refresh_pending())
    assert_every_panel_shows_the_project(window)
    model = window.annotations.model
    row = model.row_of(tagged.id)
    assert row >= 0 and model.annotation_at(row) == session.annotation(tagged.id)
    moved = [model.annotation_at(r) for r in range(model.rowCount())]
    assert all(a == session.annotation(a.id) for a in moved if a is not None)


def test_an_undo_refused_off_the_ui_thread_says_why_and_leaves_the_step_out(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The text changed behind the window's back (another window on the project): undo
    cannot put the old one back; it says so, and the history drops the step."""
    session = window.session
    pane = pane_for_language(window, "id")
    document = pane.document_info
    assert document is not None
    old = session.service.document_text(document.id)
    new = HEADLINE + old
    monkeypatch.setattr(text_flows.ReplacementReview, "exec", lambda _self: 1)
    assert text_flows.review_and_replace(window, session, document, new)
    qtbot.waitUntil(lambda: not window.refresh_pending())
    ProjectService(session.service.store).replace_text(document.id, new + "\nLater.")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    window.actions.undo.trigger()
    assert shown == [
        "“Replace text of “Indonesian report on renewed Armenia–Azerbaijan fighting over"
        " Nagorno-Karabakh”” could not be undone or redone: the document's text changed since"
    ]
    assert session.undo_stack.count() == 0
    assert session.service.document_text(document.id) == new + "\nLater."
    assert pane.view.toPlainText() == new  # as shown: the step changed nothing
