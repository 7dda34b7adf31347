"""Codebook editing and the type-ahead picker, through the real widgets, with undo."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.codebook.tag_dialog import TagDialog
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import drag_select, pane_for_language, type_text


def state(window: MainWindow) -> tuple[object, object]:
    """Everything the codebook and annotations hold, to compare before and after undo."""
    service = window.session.service
    tags = sorted((t.id, t.name, t.kind, t.colour, t.parent_id, t.shortcut) for t in service.tags())
    links = sorted((a.id, a.tag_ids) for a in service.annotations())
    return tags, links


def tag(window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    return next(t for t in window.session.service.tags() if t.name == name)


def with_dialog(step: Callable[[TagDialog], None]) -> None:
    """Run ``step`` on the tag dialog once it is open (it is modal)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TagDialog)
        step(dialog)

    QTimer.singleShot(50, run)


def test_picker_finds_by_alias_without_diacritics_and_applies(
    qtbot: QtBot, window: MainWindow
) -> None:
    turkey = tag(window, "Turkey")
    assert ("Thổ Nhĩ Kỳ", "vi") in {
        (a.text, a.language) for a in window.session.service.codebook.aliases(turkey.id)
    }  # the sample codebook knows Turkey's Vietnamese name
    pane = pane_for_language(window, "vi")
    start, end = drag_select(qtbot, pane, "Chi tiết cuộc gọi không được hé lộ")
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    picker = window.picker
    assert picker.isVisible()
    type_text(picker.query, "tho nhi")
    assert "Turkey" in picker.results.item(0).text()
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    stored = [a for a in window.session.service.annotations(pane.document_id) if a.start == start]
    assert [(a.end, a.tag_ids) for a in stored] == [(end, (turkey.id,))]


def test_picker_applies_several_tags_in_one_go(qtbot: QtBot, window: MainWindow) -> None:
    pane = pane_for_language(window, "id")
    start, _ = drag_select(qtbot, pane, "Presiden Rusia Vladimir Putin")
    window.actions.pick_tags.trigger()
    picker = window.picker
    type_text(picker.query, "putin")
    qtbot.keyClick(picker.query, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    picker.query.clear()
    type_text(picker.query, "rusia")  # a typo: fuzzy matching still finds Russia
    assert "Russia" in picker.results.item(0).text()
    qtbot.keyClick(picker.query, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    stored = next(a for a in window.session.service.annotations() if a.start == start)
    assert set(stored.tag_ids) == {tag(window, "Putin").id, tag(window, "Russia").id}


def test_picker_creates_a_tag_and_one_undo_takes_both_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    before = state(window)
    pane = pane_for_language(window, "vi")
    start, _ = drag_select(qtbot, pane, "Matxcơva")
    window.actions.pick_tags.trigger()
    picker = window.picker
    type_text(picker.query, "Moscow")
    rows = [picker.results.item(i).text() for i in range(picker.results.count())]
    picker.results.setCurrentRow(rows.index("Create actor “Moscow”"))
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    moscow = tag(window, "Moscow")
    assert moscow.kind == "actor" and moscow.count == 1
    assert next(a for a in window.session.service.annotations() if a.start == start).tag_ids == (
        moscow.id,
    )
    window.actions.undo.trigger()
    assert state(window) == before


def test_new_tag_dialog_refuses_bad_names_inline_then_creates(
    qtbot: QtBot, window: MainWindow
) -> None:
    before = state(window)
    seen: list[str] = []

    def first(dialog: TagDialog) -> None:
        dialog.name.setText("   ")
        with_dialog(second)
        dialog.accept()

    def second(dialog: TagDialog) -> None:
        seen.append(dialog.error.text())
        dialog.name.setText("turkey")  # same name as an existing actor, other case
        with_dialog(third)
        dialog.accept()

    def third(dialog: TagDialog) -> None:
        seen.append(dialog.error.text())
        dialog.name.setText("Iran")
        dialog.kind.setCurrentText("actor")
        dialog.accept()

    with_dialog(first)
    window.actions.new_tag.trigger()
    assert "not empty" in seen[0] and "already an actor tag named “Turkey”" in seen[1]
    iran = tag(window, "Iran")
    assert iran.colour not in {t.colour for t in window.session.service.tags() if t.id != iran.id}
    assert window.codebook.model.index_of_tag(iran.id).isValid()
    window.actions.undo.trigger()
    assert state(window) == before


def test_recolour_repaints_and_undo_restores(qtbot: QtBot, window: MainWindow) -> None:
    pane = pane_for_language(window, "id")
    lavrov = tag(window, "Lavrov")
    passage = next(a for a in pane.annotations if lavrov.id in a.tag_ids)
    before_colour = pane.background_at(passage.start)
    window.codebook.select_tag(lavrov.id)

    def recolour(dialog: TagDialog) -> None:
        dialog._set_colour("#000000")
        dialog.name.setText("Sergey Lavrov")
        dialog.accept()

    with_dialog(recolour)
    window.codebook.edit_action.trigger()
    changed = window.session.service.codebook.tag(lavrov.id)
    assert (changed.name, changed.colour) == ("Sergey Lavrov", "#000000")
    assert pane.background_at(passage.start) != before_colour
    window.actions.undo.trigger()
    assert window.session.service.codebook.tag(lavrov.id) == lavrov
    assert pane.background_at(passage.start) == before_colour


def test_delete_a_tag_in_use_asks_with_the_count_and_undo_brings_links_back(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = state(window)
    armenia = tag(window, "Armenia")
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    window.codebook.select_tag(armenia.id)
    window.codebook.delete_action.trigger()
    assert f"used by {armenia.count} annotations" in asked[0]
    assert all(t.name != "Armenia" for t in window.session.service.tags())
    window.actions.undo.trigger()
    assert state(window) == before


def test_cancelling_the_delete_changes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = state(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.codebook.select_tag(tag(window, "Armenia").id)
    window.codebook.delete_action.trigger()
    assert state(window) == before
    assert not window.session.undo_stack.canUndo()


def test_merge_shows_counts_moves_links_once_and_undoes(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = state(window)
    erdogan, turkey = tag(window, "Erdoğan"), tag(window, "Turkey")
    offered: list[list[str]] = []
    asked: list[str] = []

    def get_item(_parent, _title, label, items, *_args):  # type: ignore[no-untyped-def]
        offered.append(list(items))
        asked.append(label)
        return next(i for i in items if i.startswith("Turkey")), True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Ok)
    window.codebook.select_tag(erdogan.id)
    window.codebook.merge_action.trigger()
    assert f"({erdogan.count} annotation" in asked[0]
    assert f"Turkey  ({turkey.count} annotations)" in offered[0]
    assert all(t.name != "Erdoğan" for t in window.session.service.tags())
    links = [a.tag_ids for a in window.session.service.annotations()]
    assert all(len(set(ids)) == len(ids) for ids in links)
    window.actions.undo.trigger()
    assert state(window) == before


def test_drag_a_tag_into_another_and_undo(window: MainWindow) -> None:
    before = state(window)
    model = window.codebook.model
    putin, russia = tag(window, "Putin"), tag(window, "Russia")
    data = model.mimeData([model.index_of_tag(putin.id)])
    parent = model.index_of_tag(russia.id)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, parent)
    theme = next(t for t in window.session.service.tags() if t.kind == "theme")
    assert not model.canDropMimeData(
        data, Qt.DropAction.MoveAction, -1, 0, model.index_of_tag(theme.id)
    )
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, parent)
    assert window.session.service.codebook.tag(putin.id).parent_id == russia.id
    assert model.parent(model.index_of_tag(putin.id)) == model.index_of_tag(russia.id)
    window.actions.undo.trigger()
    assert state(window) == before


def test_aliases_are_edited_in_the_tag_dialog_and_undone_with_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    codebook = window.session.service.codebook
    turkey = tag(window, "Turkey")
    before = [(a.text, a.language) for a in codebook.aliases(turkey.id)]
    window.codebook.select_tag(turkey.id)

    def add_aliases(dialog: TagDialog) -> None:
        for text, language in (("Türkei", "de"), ("Turquía", "es")):
            dialog._add_alias_row(text, language)
        dialog.accept()

    with_dialog(add_aliases)
    window.codebook.edit_action.trigger()
    after = [(a.text, a.language) for a in codebook.aliases(turkey.id)]
    assert after[-2:] == [("Türkei", "de"), ("Turquía", "es")]
    # The picker now finds Turkey by its new Spanish name, typed without the accent.
    pane = pane_for_language(window, "vi")
    drag_select(qtbot, pane, "Matxcơva")
    window.actions.pick_tags.trigger()
    type_text(window.picker.query, "turquia")
    assert window.picker.results.item(0).text().startswith("Turkey")
    window.picker.reject()
    window.actions.undo.trigger()
    assert [(a.text, a.language) for a in codebook.aliases(turkey.id)] == before


def test_add_a_tag_to_an_annotation_from_the_inspector(qtbot: QtBot, window: MainWindow) -> None:
    target = next(a for a in window.session.service.annotations() if a.quote == "Tayyib Erdogan")
    window.annotations.select(target.id)
    qtbot.mouseClick(window.annotations.inspector.add_tag, Qt.MouseButton.LeftButton)
    type_text(window.picker.query, "accusation")
    qtbot.keyClick(window.picker.query, Qt.Key.Key_Return)
    blame = tag(window, "Accusation & blame")
    assert set(window.session.service.annotation(target.id).tag_ids) == {*target.tag_ids, blame.id}
    assert window.annotations.inspector.tags.count() == 2
    window.actions.undo.trigger()
    assert window.session.service.annotation(target.id).tag_ids == target.tag_ids


def test_ticking_a_tags_box_hides_it_but_does_not_tag_the_selection(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    pane = pane_for_language(window, "id")
    drag_select(qtbot, pane, "Presiden Rusia Vladimir Putin")
    before = state(window)
    tree, model = window.codebook.tree, window.codebook.model
    index = model.index_of_tag(tag(window, "Turkey").id)
    tree.scrollTo(index)
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = tree.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert tag(window, "Turkey").id in model.hidden
    assert state(window) == before
    assert not window.session.undo_stack.canUndo()
    # A click on the name still tags, as before.
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center()
    )
    assert state(window) != before


def test_a_deleted_hidden_tag_leaves_no_hidden_trace(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = window.codebook.model
    guterres = tag(window, "Guterres")
    model.setData(model.index_of_tag(guterres.id), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Ok)
    window.codebook.select_tag(guterres.id)
    window.codebook.delete_action.trigger()
    assert model.hidden == set()
    assert not window.codebook.hidden_note.isVisible()


def test_picker_enter_on_a_new_name_creates_it_with_the_ticked_tags(
    qtbot: QtBot, window: MainWindow
) -> None:
    pane = pane_for_language(window, "vi")
    start, _ = drag_select(qtbot, pane, "Matxcơva")
    window.actions.pick_tags.trigger()
    picker = window.picker
    type_text(picker.query, "russia")
    qtbot.keyClick(picker.query, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    picker.query.clear()
    type_text(picker.query, "Moskva")  # no such tag: Enter offers to create it
    assert picker.results.currentItem().text() == "Create actor “Moskva”"
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    created = next(a for a in window.session.service.annotations() if a.start == start)
    assert set(created.tag_ids) == {tag(window, "Russia").id, tag(window, "Moskva").id}


def test_nothing_to_accept_leaves_the_history_alone(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: refusals.append(text))
    window.session.accept_suggestions([])
    assert not window.session.undo_stack.canUndo()
    before = window.session.undo_stack.count()
    window.session.create_tag_and_apply("Turkey", "actor", 1, 0, 5)  # already exists
    assert window.session.undo_stack.count() == before
    assert refusals and "already" in refusals[0]
