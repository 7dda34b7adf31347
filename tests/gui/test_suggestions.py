"""Suggested passages from names and aliases: accept or dismiss them with one key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.suggestions import Suggestion
from desktop.ui.main_window import MainWindow
from desktop.ui.suggestions_dock import SUGGESTION_ROLE


def listed(window: MainWindow) -> list[Suggestion]:
    widget = window.suggestions.list
    return [widget.item(i).data(SUGGESTION_ROLE) for i in range(widget.count())]


def test_find_accept_dismiss_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    service = window.session.service
    qtbot.mouseClick(window.suggestions.find, Qt.MouseButton.LeftButton)
    offered = listed(window)
    assert offered
    names = {t.id: t.name for t in service.tags()}
    assert any(s.quote == "Thổ Nhĩ Kỳ" and names[s.tag_id] == "Turkey" for s in offered)
    assert any(s.quote == "Rusia" and names[s.tag_id] == "Russia" for s in offered)
    # The current suggestion is shown selected in its pane.
    first = offered[0]
    pane = window.reader.pane_for(first.document_id)
    assert pane is not None and pane.selection_span() == (first.start, first.end)

    before = len(service.annotations())
    window.suggestions.list.setFocus()
    qtbot.keyClick(window.suggestions.list, Qt.Key.Key_A)
    accepted = next(
        a for a in service.annotations() if (a.start, a.end) == (first.start, first.end)
    )
    assert first.tag_id in accepted.tag_ids and len(service.annotations()) == before + 1

    second = listed(window)[0]
    qtbot.keyClick(window.suggestions.list, Qt.Key.Key_D)
    assert second not in listed(window)
    assert (second.tag_id, second.start, second.end) in service.suggestions.dismissed(
        second.document_id
    )
    qtbot.mouseClick(window.suggestions.find, Qt.MouseButton.LeftButton)
    assert second not in listed(window) and first not in listed(window)
    window.actions.undo.trigger()  # the dismissal
    assert not service.suggestions.dismissed(second.document_id)
    window.actions.undo.trigger()  # the acceptance
    assert len(service.annotations()) == before


def test_accept_all_is_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    service = window.session.service
    before = sorted((a.id, a.tag_ids) for a in service.annotations())
    window.find_suggestions()
    count = len(listed(window))
    qtbot.mouseClick(window.suggestions.accept_all, Qt.MouseButton.LeftButton)
    assert window.suggestions.list.count() == 0
    assert len(service.annotations()) > len(before)
    window.find_suggestions()
    assert listed(window) == []  # everything found is coded now
    window.actions.undo.trigger()
    assert sorted((a.id, a.tag_ids) for a in service.annotations()) == before
    window.find_suggestions()
    assert len(listed(window)) == count
