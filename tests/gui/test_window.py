"""The window as a whole: panes open and close, layout is remembered, menus are complete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.gui.conftest import OpenWindow, pane_for_language


def test_sample_opens_side_by_side_with_its_highlights(window: MainWindow) -> None:
    panes = window.reader.panes()
    assert [p.document_info.language for p in panes] == ["id", "vi"]  # type: ignore[union-attr]
    assert window.windowTitle() == "Sample: Nagorno-Karabakh, September 2020 — Parallax"
    for pane in panes:
        assert pane.annotations
        first = pane.annotations[0]
        page = pane.view.palette().color(pane.view.backgroundRole())
        assert pane.background_at(first.start) != page
        assert "Vietnamese (vi)" in pane_for_language(window, "vi").meta.text()
    assert window.annotations.model.rowCount() == len(window.session.service.annotations())
    assert window.corpus.model.rowCount() == 2


def test_close_a_pane_and_open_it_again_from_the_corpus(qtbot: QtBot, window: MainWindow) -> None:
    vi = pane_for_language(window, "vi")
    document_id = vi.document_id
    qtbot.mouseClick(vi.close_button, Qt.MouseButton.LeftButton)
    assert document_id not in window.reader.open_document_ids()
    table = window.corpus.view
    index = window.corpus.index_of_document(document_id)  # type: ignore[arg-type]
    point = table.visualRect(index).center()
    # A double click arrives after a first click, as it does from a real mouse.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.reader.open_document_ids()[-1] == document_id
    # The keyboard does it too: Enter on a selected document.
    window.reader.close_document(document_id)  # type: ignore[arg-type]
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.reader.open_document_ids()[-1] == document_id
    # Closing every pane leaves a plain explanation instead of an empty grey area.
    for pane in window.reader.panes():
        window.reader.close_document(pane.document_id)  # type: ignore[arg-type]
    assert window.reader._stack.currentWidget() is window.reader.empty


def test_layout_is_remembered(
    qtbot: QtBot, open_main_window: OpenWindow, sample_path: Path
) -> None:
    first = open_main_window(sample_path)
    first.resize(760, 700)
    size = (first.width(), first.height())
    assert size != (1400, 880)  # not the default size
    first.codebook.hide()
    first.reader.splitter.setSizes([200, 500])
    sizes = first.reader.splitter.sizes()
    first.close()
    second = open_main_window(sample_path)
    assert (second.width(), second.height()) == size
    assert second.codebook.isHidden()
    assert second.reader.splitter.sizes() == sizes


def test_every_tag_has_an_action_in_the_tag_menu_with_its_shortcut(window: MainWindow) -> None:
    kinds = {a.text(): a.menu() for a in window.tag_menu.actions() if a.menu()}
    assert set(kinds) == {"A&ctors", "&Themes"}  # "Tag Selection &As…" has the A
    shortcuts = {
        a.text(): a.shortcut().toString() for menu in kinds.values() for a in menu.actions()
    }
    assert len(shortcuts) == len(window.session.tags())
    assert shortcuts["Turkey"] == "3"
    assert shortcuts["Ceasefire && negotiation"] == "Alt+1"


def test_clicking_overlapping_passages_cycles_through_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    pane = pane_for_language(window, "id")
    inner = next(a for a in pane.annotations if a.quote == "Tayyib Erdogan")
    outer = next(a for a in pane.annotations if a.start < inner.start and a.end > inner.end)
    pane.select_span(inner.start + 2, inner.start + 2)
    cursor = pane.view.textCursor()
    point = pane.view.cursorRect(cursor).center()
    point.setX(point.x() + 3)  # on the character after the cursor
    seen = []
    for _ in range(3):
        qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        seen.append(window.annotations.current().id)  # type: ignore[union-attr]
    assert seen == [inner.id, outer.id, inner.id]


def test_unticking_a_kind_hides_its_highlights_and_says_so(window: MainWindow) -> None:
    pane = pane_for_language(window, "vi")
    model = window.codebook.model
    themes = next(
        model.index(r, 0)
        for r in range(model.rowCount())
        if model.kind_at(model.index(r, 0)) == "theme"
    )
    theme_only = next(
        a for a in pane.annotations
        if all(window.session.tag(t).kind == "theme" for t in a.tag_ids)  # type: ignore[union-attr]
    )  # fmt: skip
    spot = next(
        p for p in range(theme_only.start, theme_only.end)
        if [a.id for a in pane.annotations_at(p)] == [theme_only.id]
    )  # fmt: skip
    page = pane.view.palette().color(pane.view.backgroundRole())
    assert pane.background_at(spot) != page
    assert model.setData(themes, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert pane.background_at(spot) == page
    assert window.codebook.hidden_note.isVisible()
    assert "6 tags are hidden" in window.codebook.hidden_note.text()
    assert len(window.session.service.annotations()) == window.annotations.model.rowCount()
    model.setData(themes, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert pane.background_at(spot) != page
    assert not window.codebook.hidden_note.isVisible()


def test_codebook_counts_uses_in_open_documents_and_in_all(window: MainWindow) -> None:
    model = window.codebook.model
    turkey = next(t for t in window.session.tags() if t.name == "Turkey")
    index = model.index_of_tag(turkey.id)
    assert (model.data(index.siblingAtColumn(2)), model.data(index.siblingAtColumn(3))) == (2, 2)
    vi = pane_for_language(window, "vi")
    window.reader.close_document(vi.document_id)  # type: ignore[arg-type]
    assert (model.data(index.siblingAtColumn(2)), model.data(index.siblingAtColumn(3))) == (1, 2)
