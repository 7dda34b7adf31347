"""A reader tags passages in the real window; the database and the window agree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.reader import highlights
from tests.gui.conftest import OpenWindow, drag_select, pane_for_language

PHRASE = "cho 3 người đồng cấp Azerbaijan, Armenia và Thổ Nhĩ Kỳ"


def tag_named(window: MainWindow, name: str) -> int:
    return next(t.id for t in window.session.service.tags() if t.name == name)


def expected_colour(window: MainWindow, pane, colours: list[str]):  # type: ignore[no-untyped-def]
    return highlights.blend(colours, pane.view.palette().color(pane.view.backgroundRole()))


def test_tag_with_shortcut_persists_reopens_and_exports(
    qtbot: QtBot,
    window: MainWindow,
    open_main_window: OpenWindow,
    sample_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pane = pane_for_language(window, "vi")
    start, end = drag_select(qtbot, pane, PHRASE)
    turkey = tag_named(window, "Turkey")
    assert window.session.tag(turkey).shortcut == "3"  # type: ignore[union-attr]

    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_3)

    # The database holds the passage in code points, with its exact quote.
    stored = [a for a in window.session.service.annotations(pane.document_id) if a.start == start]
    assert len(stored) == 1
    annotation = stored[0]
    body = window.session.service.document_text(pane.document_id)  # type: ignore[arg-type]
    assert (annotation.start, annotation.end) == (start, end)
    assert annotation.quote == PHRASE == body[start:end]
    assert annotation.tag_ids == (turkey,)
    # The window shows it: highlighted in Turkey's colour and selected in the list.
    turkey_colour = window.session.tag(turkey).colour  # type: ignore[union-attr]
    assert pane.background_at(start + 3) == expected_colour(window, pane, [turkey_colour])
    assert window.annotations.current() is not None
    assert window.annotations.current().id == annotation.id  # type: ignore[union-attr]

    # Close the window and open the project again: the highlight is still there.
    window.close()
    again = open_main_window(sample_path)
    pane_again = pane_for_language(again, "vi")
    assert pane_again.background_at(start + 3) == expected_colour(
        again, pane_again, [turkey_colour]
    )
    assert any(a.quote == PHRASE for a in pane_again.annotations)

    # File → Export annotations writes it with the right selectors.
    out = tmp_path / "export.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    again.actions.export.trigger()
    data = json.loads(out.read_text(encoding="utf-8"))
    exported = [
        item for item in data["first"]["items"] if item["target"]["selector"][0]["exact"] == PHRASE
    ]
    assert len(exported) == 1
    quote, position = exported[0]["target"]["selector"]
    assert position == {"type": "TextPositionSelector", "start": start, "end": end}
    assert quote["prefix"] == body[start - 32 : start]
    tag_body = {
        "type": "TextualBody",
        "purpose": "tagging",
        "value": "Turkey",
        "format": "text/plain",
    }
    assert tag_body in exported[0]["body"]
    assert data["total"] == len(data["first"]["items"]) == len(again.session.service.annotations())


def test_click_a_tag_in_the_codebook(qtbot: QtBot, window: MainWindow) -> None:
    pane = pane_for_language(window, "id")
    start, end = drag_select(qtbot, pane, "Presiden Rusia Vladimir Putin")
    putin = tag_named(window, "Putin")
    index = window.codebook.model.index_of_tag(putin)
    tree = window.codebook.tree
    tree.scrollTo(index)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center()
    )
    stored = [a for a in window.session.service.annotations(pane.document_id) if a.start == start]
    assert [(a.end, a.tag_ids) for a in stored] == [(end, (putin,))]
    assert window.codebook.model.tag_at(index).count == 1  # type: ignore[union-attr]


def test_tag_from_the_context_menu_then_add_a_second_tag(qtbot: QtBot, window: MainWindow) -> None:
    pane = pane_for_language(window, "vi")
    start, end = drag_select(qtbot, pane, "Ngoại trưởng Nga Sergei Lavrov")
    lavrov, russia = tag_named(window, "Lavrov"), tag_named(window, "Russia")

    def choose(path: list[str]) -> None:
        def step() -> None:
            menu = QApplication.activePopupWidget()
            assert isinstance(menu, QMenu)
            for title in path[:-1]:
                menu = next(a.menu() for a in menu.actions() if a.text().replace("&", "") == title)
            action = next(a for a in menu.actions() if a.text() == path[-1])
            action.trigger()
            QApplication.activePopupWidget().close()  # type: ignore[union-attr]

        QTimer.singleShot(100, step)

    for tag in (["Actors", "Lavrov"], ["Actors", "Russia"]):
        choose(["Tag Selection As", *tag])
        point = pane.view.cursorRect().center()
        global_point = pane.view.viewport().mapToGlobal(point)
        pane.view.contextMenuEvent(
            QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, global_point)
        )
    stored = [a for a in window.session.service.annotations(pane.document_id) if a.start == start]
    assert len(stored) == 1, "the same span gets one annotation with both tags"
    assert stored[0].end == end
    assert set(stored[0].tag_ids) == {lavrov, russia}


def test_clicking_a_highlight_selects_its_annotation_and_the_list_jumps_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    pane = pane_for_language(window, "id")
    target = next(a for a in pane.annotations if "Lavrov" in a.quote)
    pane.select_span(target.start + 5, target.start + 5)  # scroll there
    point = pane.view.cursorRect().center()
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.annotations.current() is not None
    assert window.annotations.current().id == target.id  # type: ignore[union-attr]

    other = next(a for a in pane_for_language(window, "vi").annotations if "Pashinyan" in a.quote)
    window.annotations.select(other.id)
    window.annotations.annotationChosen.emit(other.id)
    vi = pane_for_language(window, "vi")
    assert vi.selection_span() == (other.start, other.end)
