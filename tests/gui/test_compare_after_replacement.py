"""The Compare views after a text is replaced and the replacement undone: the Passages and
Matrix tabs show what views drawn afresh from the project show, and the annotations only
the old state held are freed a few thousand per event, after the refresh."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.compare.compare_dock import CompareDock
from desktop.ui.compare.matrix_view import MatrixView
from desktop.ui.compare.passages_view import PassagesView
from desktop.ui.corpus import text_flows
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import pane_for_language
from tests.gui.test_compare_tables import grid, headers


def passages(view: PassagesView) -> list[tuple[str, str, list[str], str]]:
    """Each column: heading, its tip (the length), the passages listed, or what it says."""
    return [
        (
            column.heading.text(),
            column.heading.toolTip(),
            [column.list.item(i).text() for i in range(column.list.count())],
            "" if column.none.isHidden() else column.none.text(),
        )
        for column in view.column_widgets()
    ]


def fresh_passages(window: MainWindow, tag_ids: list[int]) -> PassagesView:
    view = PassagesView()
    view.refresh(window.compare_data())
    view.choose_tags(tag_ids)
    return view


def fresh_matrix(window: MainWindow) -> MatrixView:
    view = MatrixView()
    view.refresh(window.compare_data())
    return view


def refreshed(qtbot: QtBot, window: MainWindow, dock: CompareDock) -> None:
    """The window's views have caught up with the change; the shown tab is refreshed."""
    qtbot.waitUntil(lambda: not window.refresh_pending())
    dock.refresh_now()


def test_passages_and_matrix_after_a_replacement_and_its_undo(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dock = window.compare
    dock.show()
    dock.refresh_now()
    session = window.session
    lavrov = next(t for t in session.tags() if t.name == "Lavrov")
    dock.passages.choose_tags([lavrov.id])
    before = passages(dock.passages)
    indonesian = before[0]
    assert indonesian[2], "the Indonesian column lists Lavrov's passages"
    dock.tabs.setCurrentWidget(dock.matrix)
    matrix_before = grid(dock.matrix.panel.view)
    dock.tabs.setCurrentWidget(dock.passages)

    # The Indonesian text loses the first passage tagged Lavrov (and gains a first line).
    pane = pane_for_language(window, "id")
    document = pane.document_info
    assert document is not None
    text = session.service.document_text(document.id)
    first = next(
        a for a in session.annotations_in(document.id) if lavrov.id in a.tag_ids and not a.orphan
    )
    new_text = "Berita terbaru.\n" + text[: first.start] + text[first.end :]
    monkeypatch.setattr(text_flows.ReplacementReview, "exec", lambda _self: 1)
    assert text_flows.review_and_replace(window, session, document, new_text)
    refreshed(qtbot, window, dock)
    # The old state's annotations are let go of after the refresh, not during it.
    assert dock._freeing.pending() > 0
    qtbot.waitUntil(lambda: dock._freeing.pending() == 0)
    after = passages(dock.passages)
    assert after != before
    assert after == passages(fresh_passages(window, [lavrov.id]))
    assert f"{len(new_text):,}" in after[0][1]
    dock.tabs.setCurrentWidget(dock.matrix)
    fresh = fresh_matrix(window)
    assert headers(dock.matrix.panel.view) == headers(fresh.panel.view)
    assert grid(dock.matrix.panel.view) == grid(fresh.panel.view)

    # Undone: the text and its passages as they were, in both tabs.
    window.actions.undo.trigger()
    refreshed(qtbot, window, dock)
    assert grid(dock.matrix.panel.view) == matrix_before
    assert grid(dock.matrix.panel.view) == grid(fresh_matrix(window).panel.view)
    dock.tabs.setCurrentWidget(dock.passages)
    qtbot.waitUntil(lambda: dock._freeing.pending() == 0)
    assert passages(dock.passages) == before
    assert before == passages(fresh_passages(window, [lavrov.id]))
