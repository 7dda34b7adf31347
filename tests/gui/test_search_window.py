"""Search, document properties and document deletion through the real window, with undo."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QStyle,
    QStyleOptionViewItem,
    QTreeWidgetItem,
)
from pytestqt.qtbot import QtBot

from desktop.core import search as search_module
from desktop.ui.corpus.document_flows import DocumentDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.search_dock import HIT_ROLE, MORE_ROLE
from tests.gui.conftest import pane_for_language, type_text
from tests.gui.test_editing import assert_views_match_the_database


def search(qtbot: QtBot, window: MainWindow, query: str) -> None:
    """Ctrl+Shift+F, type the query as a keyboard would, press Enter."""
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    box = window.search.box
    assert box.hasFocus() or QApplication.focusWidget() is box
    box.clear()
    type_text(box, query)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def hit_items(window: MainWindow) -> list[QTreeWidgetItem]:
    tree = window.search.tree
    return [
        tree.topLevelItem(i).child(j)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]


def passage_items(window: MainWindow) -> list[QTreeWidgetItem]:
    return [i for i in hit_items(window) if i.data(0, HIT_ROLE)[0] != "note"]


def links(window: MainWindow) -> list[tuple[int, int, int, tuple[int, ...], str]]:
    return sorted(
        (a.document_id, a.start, a.end, a.tag_ids, a.note)
        for a in window.session.service.annotations()
    )


def test_a_phrase_without_diacritics_is_found_and_clicking_selects_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    search(qtbot, window, "thoa thuan ngung ban")
    (item,) = hit_items(window)
    assert window.search.summary.text() == "1 passage in 1 document"
    tree = window.search.tree
    tree.scrollToItem(item)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )
    pane = pane_for_language(window, "vi")
    assert pane.view.textCursor().selectedText() == "thỏa thuận ngừng bắn"
    document_id, hit = item.data(0, HIT_ROLE)
    assert pane.selection_span() == (hit.start, hit.end) and document_id == pane.document_id


def test_typing_searches_after_a_pause_and_errors_are_plain(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.search.focus_box()
    type_text(window.search.box, "erdogan")
    qtbot.waitUntil(lambda: bool(hit_items(window)), timeout=3000)
    found = {item.data(0, HIT_ROLE)[-1].match for item in hit_items(window)}
    assert found == {"Erdogan", "Erdoğan"}  # in the texts and in a note
    search(qtbot, window, "-armenia")
    assert "Type a word" in window.search.summary.text() and not hit_items(window)
    search(qtbot, window, "zzzqqq")
    assert window.search.summary.text() == "Nothing found for “zzzqqq”."


def test_notes_are_found_and_open_their_annotation(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "armenia")
    tree = window.search.tree
    notes = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert notes.text(0).startswith("Notes")
    first = notes.child(0)
    kind, annotation_id, _hit = first.data(0, HIT_ROLE)
    assert kind == "note"
    tree.itemActivated.emit(first, 0)
    assert window.annotations.current() is not None
    assert window.annotations.current().id == annotation_id


def test_tag_ticked_results_in_one_undoable_step(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "azerbaijan")
    items = passage_items(window)
    assert len(items) > 5 and len({i.data(0, HIT_ROLE)[0] for i in items}) == 2
    items[0].setCheckState(0, Qt.CheckState.Unchecked)  # the user leaves one out
    wanted = {(d, h.start, h.end) for d, h in (i.data(0, HIT_ROLE) for i in items[1:])}
    qtbot.waitUntil(lambda: window.search.tag_button.text() == f"Tag {len(wanted)} Re&sults…")
    before = links(window)
    qtbot.mouseClick(window.search.tag_button, Qt.MouseButton.LeftButton)
    picker = window.picker
    type_text(picker.query, "azerbaijan")
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    tag_id = next(t.id for t in window.session.tags() if t.name == "Azerbaijan")
    tagged = {(d, s, e) for d, s, e, tags, _ in links(window) if tag_id in tags}
    assert wanted <= tagged
    document_id, hit = items[0].data(0, HIT_ROLE)
    skipped = (document_id, hit.start, hit.end)
    was = {(d, s, e) for d, s, e, tags, _ in before if tag_id in tags}
    assert (skipped in tagged) == (skipped in was)  # left as it was
    assert_views_match_the_database(window, "after tagging the results")
    assert window.session.undo_stack.undoText().startswith("Tag ")
    window.actions.undo.trigger()
    assert links(window) == before
    assert_views_match_the_database(window, "after undo")
    window.actions.redo.trigger()
    assert {(d, s, e) for d, s, e, tags, _ in links(window) if tag_id in tags} == tagged
    assert_views_match_the_database(window, "after redo")


URL = "https://tuoitre.vn/giao-tranh-nagorno-karabakh.htm"


def with_dialog(step: Callable[[DocumentDialog], None]) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DocumentDialog)
        step(dialog)

    QTimer.singleShot(50, run)


def test_document_properties_are_edited_checked_and_undone(
    qtbot: QtBot, window: MainWindow
) -> None:
    pane = pane_for_language(window, "vi")
    pane.view.setFocus()
    original = window.session.document(pane.document_id)
    assert original is not None

    def fill(dialog: DocumentDialog) -> None:
        dialog.published.setText("28 Sept")
        dialog.accept()  # refused: not a date
        assert dialog.isVisible() and "not a date" in dialog.error.text()
        dialog.title.setText("Giao tranh ở Nagorno-Karabakh")
        dialog.source.setText("Tuổi Trẻ")
        dialog.published.setText("2020-09-28")
        dialog.language.setEditText("vi")
        dialog.url.setText(URL)
        dialog.accept()

    with_dialog(fill)
    window.actions.document_properties.trigger()
    changed = window.session.service.document(pane.document_id)
    assert (changed.title, changed.source, changed.published, changed.language) == (
        "Giao tranh ở Nagorno-Karabakh", "Tuổi Trẻ", "2020-09-28", "vi",
    )  # fmt: skip
    assert pane.title.text() == "Giao tranh ở Nagorno-Karabakh" and changed.url == URL
    assert "Tuổi Trẻ" in pane.meta.text() and "2020-09-28" in pane.meta.text()
    assert "tuoitre.vn" in pane.meta.text() and pane.meta.toolTip() == URL
    window.actions.undo.trigger()
    assert window.session.service.document(pane.document_id) == original
    assert pane.title.text() == original.title


def test_delete_a_document_asks_with_its_count_and_undo_brings_all_back(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = pane_for_language(window, "id")
    document = window.session.document(pane.document_id)
    assert document is not None and document.annotation_count > 0
    asked: list[str] = []

    def question(
        _parent: object, _title: str, text: str, *_a: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    before = links(window), window.session.service.documents()
    search(qtbot, window, "erdogan")
    pane.view.setFocus()
    window.actions.delete_document.trigger()
    assert f"its {document.annotation_count} annotations" in asked[0]
    assert document.id not in window.reader.open_document_ids()
    assert document.id not in {d.id for d in window.session.service.documents()}
    assert all(i.data(0, HIT_ROLE)[0] != document.id for i in passage_items(window))  # search rerun
    assert_views_match_the_database(window, "after deleting a document")
    window.actions.undo.trigger()
    assert (links(window), window.session.service.documents()) == before
    assert_views_match_the_database(window, "after undoing the delete")
    assert any(i.data(0, HIT_ROLE)[0] == document.id for i in passage_items(window))


def test_cancelled_delete_changes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    before = links(window), window.session.service.documents()
    pane_for_language(window, "id").view.setFocus()
    window.actions.delete_document.trigger()
    assert (links(window), window.session.service.documents()) == before
    assert not window.session.undo_stack.canUndo()


def test_results_come_page_by_page_and_tagging_takes_every_page(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "PAGE_HITS", 2)  # one document per page
    search(qtbot, window, "azerbaijan")
    tree = window.search.tree
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    more = [g for g in groups if g.data(0, MORE_ROLE)]
    assert len(more) == 1 and more[0].text(0) == "Show results in 1 more documents…"
    assert "in the first 1 of 2 documents" in window.search.summary.text()
    first_page = {i.data(0, HIT_ROLE)[0] for i in passage_items(window)}
    assert len(first_page) == 1
    # Tagging now takes the listed hits and every hit of the unlisted document.
    everything = window.session.service.search.search("azerbaijan", everything=True)
    wanted = {(d.document_id, h.start, h.end) for d in everything.documents for h in d.hits}
    qtbot.mouseClick(window.search.tag_button, Qt.MouseButton.LeftButton)
    type_text(window.picker.query, "azerbaijan")
    qtbot.keyClick(window.picker.query, Qt.Key.Key_Return)
    tag_id = next(t.id for t in window.session.tags() if t.name == "Azerbaijan")
    assert wanted <= {(d, s, e) for d, s, e, tags, _ in links(window) if tag_id in tags}
    window.actions.undo.trigger()
    # The next page is listed when asked for, after the first, with nothing ticked lost.
    search(qtbot, window, "azerbaijan")
    passage_items(window)[0].setCheckState(0, Qt.CheckState.Unchecked)
    more = [g for g in (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
            if g.data(0, MORE_ROLE)]  # fmt: skip
    tree.itemActivated.emit(more[0], 0)
    assert {i.data(0, HIT_ROLE)[0] for i in passage_items(window)} == {
        d.document_id for d in everything.documents
    }
    assert passage_items(window)[0].checkState(0) == Qt.CheckState.Unchecked
    assert window.search.summary.text().endswith(f"in 2 documents · {len(everything.notes)} notes")
    assert not any(tree.topLevelItem(i).data(0, MORE_ROLE) for i in range(tree.topLevelItemCount()))


def test_the_corpus_menu_edits_the_selected_document(qtbot: QtBot, window: MainWindow) -> None:
    pane_for_language(window, "vi").view.setFocus()  # the current pane is another one
    indonesian = pane_for_language(window, "id").document_id
    corpus = window.corpus
    corpus.view.setCurrentIndex(corpus.index_of_document(indonesian))  # type: ignore[arg-type]
    corpus.view.setFocus()
    menu = corpus.list_menu()
    assert window.actions.document_properties in menu.actions()
    seen: list[int] = []

    def check(dialog: DocumentDialog) -> None:
        seen.append(dialog.document.id)
        dialog.reject()

    with_dialog(check)
    window.actions.document_properties.trigger()
    assert seen == [indonesian]


def test_enter_in_the_language_field_keeps_a_real_code(qtbot: QtBot, window: MainWindow) -> None:
    pane = pane_for_language(window, "vi")
    pane.view.setFocus()
    refused: list[str] = []

    def fill(dialog: DocumentDialog) -> None:
        line = dialog.language.lineEdit()
        assert line is not None
        line.selectAll()
        type_text(line, "Klingonish")
        dialog.accept()
        refused.append(dialog.error.text())
        line.selectAll()
        type_text(line, "Turkish")
        qtbot.keyClick(line, Qt.Key.Key_Return)  # Enter: the dialog's OK

    with_dialog(fill)
    window.actions.document_properties.trigger()
    assert "not a language Parallax knows" in refused[0]
    assert window.session.service.document(pane.document_id).language == "tr"


def test_ticks_survive_a_reload_and_a_tick_click_opens_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    search(qtbot, window, "armenia")
    for pane in window.reader.panes():
        window.reader.close_document(pane.document_id)  # type: ignore[arg-type]
    tree = window.search.tree
    item = passage_items(window)[1]
    tree.scrollToItem(item)
    option = QStyleOptionViewItem()
    option.rect = tree.visualItemRect(item)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert item.checkState(0) == Qt.CheckState.Unchecked
    qtbot.wait(10)
    assert window.reader.open_document_ids() == []  # ticking is not opening
    document_id, hit = item.data(0, HIT_ROLE)
    ticked = len(window.search.ticked_passages())
    assert window.search.tag_button.text() == f"Tag {ticked} Re&sults…"
    window.session.reload()  # any change the views reload for (an import, a tag merge)
    unticked = [i for i in passage_items(window) if i.checkState(0) == Qt.CheckState.Unchecked]
    assert [(i.data(0, HIT_ROLE)[0], i.data(0, HIT_ROLE)[1].start) for i in unticked] == [
        (document_id, hit.start)
    ]
    # Unticking a whole document unticks its hits and counts them once.
    group = tree.topLevelItem(0)
    group.setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: len(window.search.ticked_passages()) < ticked - 1)
    expected = len(window.search.ticked_passages())
    qtbot.waitUntil(lambda: window.search.tag_button.text() == f"Tag {expected} Re&sults…")


def test_keys_in_the_box_and_note_hits_follow_edits(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "armenia")
    box = window.search.box
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert window.search.tree.hasFocus() or QApplication.focusWidget() is window.search.tree
    notes_before = [i for i in hit_items(window) if i.data(0, HIT_ROLE)[0] == "note"]
    annotation_id = notes_before[0].data(0, HIT_ROLE)[1]
    annotation = window.session.annotation(annotation_id)
    assert annotation is not None
    window.session.delete_annotation(annotation)
    notes_after = [
        i.data(0, HIT_ROLE)[1] for i in hit_items(window) if i.data(0, HIT_ROLE)[0] == "note"
    ]
    assert annotation_id not in notes_after and len(notes_after) == len(notes_before) - 1
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == "" and window.search.tree.topLevelItemCount() == 0


def test_tagging_results_twice_adds_no_empty_step(qtbot: QtBot, window: MainWindow) -> None:
    tag = next(t for t in window.session.tags() if t.name == "Azerbaijan")
    hits = window.session.service.search.search("azerbaijan", everything=True)
    passages = [(d.document_id, h.start, h.end) for d in hits.documents for h in d.hits]
    assert window.session.tag_passages(passages, [tag.id])
    depth = window.session.undo_stack.count()
    assert not window.session.tag_passages(passages + passages, [tag.id])
    assert window.session.undo_stack.count() == depth


def test_undoing_a_delete_reopens_the_pane_where_it_was(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Ok)
    order = window.reader.open_document_ids()
    pane = window.reader.pane_for(order[0])
    assert pane is not None
    pane.view.setFocus()
    window.actions.delete_document.trigger()
    assert window.reader.open_document_ids() == order[1:]
    window.actions.undo.trigger()
    assert window.reader.open_document_ids() == order
