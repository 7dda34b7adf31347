"""The Passages tab after a change: columns that show the same passages are kept as the
user left them (nothing rebuilt or laid out again); a column whose passages changed shows
the change."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.compare.passages_view import ANNOTATION_ROLE, PassageColumn
from desktop.ui.corpus import text_flows
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import drag_select, pane_for_language


def columns(window: MainWindow) -> list[PassageColumn]:
    return window.compare.passages.column_widgets()


def test_a_change_elsewhere_leaves_a_column_as_it_was(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dock = window.compare
    dock.show()
    dock.refresh_now()
    session = window.session
    lavrov = next(t for t in session.tags() if t.name == "Lavrov")
    other = next(t for t in session.tags() if t.name != "Lavrov")
    dock.passages.choose_tags([lavrov.id])
    indonesian, vietnamese = columns(window)
    assert indonesian.list.count() > 0
    indonesian.list.setCurrentRow(indonesian.list.count() - 1)  # where the reader left it
    texts = [indonesian.list.item(i).text() for i in range(indonesian.list.count())]

    # Another tag on a Vietnamese passage: no column's passages change.
    drag_select(qtbot, pane_for_language(window, "vi"), "Nagorno-Karabakh")
    window.tag_selection(other.id)
    dock.refresh_now()
    assert columns(window) == [indonesian, vietnamese]
    assert indonesian.list.currentRow() == indonesian.list.count() - 1
    assert [indonesian.list.item(i).text() for i in range(indonesian.list.count())] == texts

    # A note on a shown passage: its column shows it; the other column is as it was.
    first = indonesian.list.item(0).data(ANNOTATION_ROLE)
    target = session.annotation(first)
    assert target is not None and not target.note.endswith("dicatat")
    session.set_note(target, "dicatat")
    dock.refresh_now()
    assert columns(window) == [indonesian, vietnamese]
    assert indonesian.list.item(0).text().endswith(" — dicatat")
    assert vietnamese.list.isHidden()
    assert vietnamese.none.text() == "No passage tagged Lavrov here."

    # The Vietnamese text replaced (longer): the same columns, the new length in the tip.
    document = pane_for_language(window, "vi").document_info
    assert document is not None
    text = session.service.document_text(document.id)
    monkeypatch.setattr(text_flows.ReplacementReview, "exec", lambda _self: 1)
    assert text_flows.review_and_replace(window, session, document, "Cập nhật.\n" + text)
    dock.refresh_now()
    assert columns(window) == [indonesian, vietnamese]
    length = f"{len(text) + 10:,}"
    assert length in vietnamese.heading.toolTip() and length not in indonesian.heading.toolTip()
