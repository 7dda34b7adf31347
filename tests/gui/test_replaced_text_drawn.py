"""What the window draws while a replaced text's views catch up: the pane takes the new
text and the annotations' places at once, is drawn again only with what is in view
highlighted (after the replacement, its undo and its redo); highlights painted outside
the view do not redraw it; a search run again frees the old result rows between events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop.core.model import Annotation, AnnotationTag
from desktop.core.records import AnnotationInfo
from desktop.ui.corpus import text_flows
from desktop.ui.main_window import MainWindow
from desktop.ui.reader.document_pane import DocumentPane
from desktop.ui.search_dock import FIRST_ROWS, FREE_ROWS, HIT_ROLE
from tests.gui.conftest import pane_for_language
from tests.gui.test_long_work import assert_every_panel_shows_the_project

HEADLINE = "Pembaruan: artikel ini telah diperbarui.\n"


def painted(pane: DocumentPane, annotation: AnnotationInfo) -> bool:
    """The passage's first character carries a highlight in the view's text (read from
    the document as it is, without asking the painter to paint it first)."""
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(pane.painter.offsets.to_qt(annotation.start) + 1)
    return cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush


def assert_shown_with_highlights(qtbot: QtBot, window: MainWindow, pane: DocumentPane) -> None:
    """Right after the step: the new text and places, not drawn yet; then drawn, with
    every passage in view highlighted, and every panel as the project is."""
    assert pane.document_id is not None
    session = window.session
    assert pane.view.toPlainText() == session.service.document_text(pane.document_id)
    shown = {a.id: a for a in pane.annotations}
    assert shown == {a.id: a for a in session.annotations_in(pane.document_id) if not a.orphan}
    assert not pane.view.viewport().updatesEnabled()  # no frame without the highlights
    qtbot.waitUntil(lambda: not window.refresh_pending())
    assert pane.view.viewport().updatesEnabled()
    lo, hi = pane.painter.visible_span()
    in_view = [a for a in shown.values() if lo <= a.start and a.end <= hi]
    assert in_view and all(painted(pane, a) for a in in_view)
    assert_every_panel_shows_the_project(window)
    qtbot.waitUntil(lambda: not pane.painter.busy)
    assert all(painted(pane, a) for a in shown.values())


def test_the_new_text_is_drawn_only_with_its_highlights_after_replace_undo_and_redo(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = window.session
    pane = pane_for_language(window, "id")
    document = pane.document_info
    assert document is not None
    old = session.service.document_text(document.id)
    monkeypatch.setattr(text_flows.ReplacementReview, "exec", lambda _self: 1)
    assert text_flows.review_and_replace(window, session, document, HEADLINE + old)
    assert pane.view.toPlainText() == HEADLINE + old
    assert_shown_with_highlights(qtbot, window, pane)

    window.actions.undo.trigger()
    assert pane.view.toPlainText() == old
    assert_shown_with_highlights(qtbot, window, pane)

    window.actions.redo.trigger()
    assert pane.view.toPlainText() == HEADLINE + old
    assert_shown_with_highlights(qtbot, window, pane)


def test_a_pane_closed_before_its_highlights_are_painted_leaves_the_others_drawn(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = window.session
    pane = pane_for_language(window, "id")
    document = pane.document_info
    assert document is not None
    others = [p for p in window.reader.panes() if p is not pane]
    assert others
    monkeypatch.setattr(text_flows.ReplacementReview, "exec", lambda _self: 1)
    old = session.service.document_text(document.id)
    assert text_flows.review_and_replace(window, session, document, HEADLINE + old)
    window.reader.close_document(document.id)
    qtbot.waitUntil(lambda: not window.refresh_pending())
    assert document.id not in window.reader.open_document_ids()
    assert all(p.view.viewport().updatesEnabled() for p in window.reader.panes())
    assert_every_panel_shows_the_project(window)


def long_pane(window: MainWindow) -> tuple[DocumentPane, list[AnnotationInfo]]:
    """A long text opened in a pane, a passage tagged in each paragraph: what is in view
    is painted as it opens, the rest between events."""
    paragraph = "Lời kêu gọi ngừng bắn mới được đưa ra hôm nay tại thủ đô. " * 6 + "\n"
    text = paragraph * 400
    service = window.session.service
    document_id = service.add_document("Long", text, language="vi").id
    tag = service.tags()[0]
    with service.store.write() as session:
        rows = [
            Annotation(
                document_id=document_id,
                start=start,
                end=start + 26,
                coder="t",
                quote=text[start : start + 26],
            )
            for start in range(4, len(text), len(paragraph))
        ]
        session.add_all(rows)
        session.flush()
        session.add_all(AnnotationTag(annotation_id=r.id, tag_id=tag.id) for r in rows)
    window.session.reload()
    pane = window.open_document(document_id)
    assert pane is not None
    return pane, window.session.annotations_in(document_id)


def test_highlights_painted_outside_the_view_do_not_redraw_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    pane, annotations = long_pane(window)
    assert len(annotations) == 400
    assert pane.painter.busy  # what is out of view follows between events
    asked: list[object] = []
    layout = pane.view.document().documentLayout()
    layout.update.connect(asked.append)  # the view redrawn (a change over several blocks)
    layout.updateBlock.connect(asked.append)  # (in one block)
    qtbot.waitUntil(lambda: not pane.painter.busy)
    assert asked == []  # every step painted text out of view
    assert all(painted(pane, a) for a in annotations)
    # Scrolled there, the passages show painted (the view draws what it scrolls to).
    bar = pane.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.wait(50)
    last = annotations[-1]
    assert pane.background_at(last.start + 1) != pane.view.palette().color(
        pane.view.backgroundRole()
    )
    # A change in view still redraws it.
    first = annotations[0]
    bar.setValue(0)
    pane.update_annotations([first], [])
    assert asked
    assert not painted(pane, first)


def test_a_search_run_again_shows_only_its_results_and_frees_the_old_rows_later(
    qtbot: QtBot, window: MainWindow
) -> None:
    hits = FREE_ROWS + FIRST_ROWS + 7
    text = "".join(f"Đoạn {n}: lời kêu gọi của zebracorn và quokka.\n" for n in range(hits))
    window.session.service.add_document("Many hits", text, language="vi")
    window.session.reload()
    dock, tree = window.search, window.search.tree

    def run(query: str) -> None:
        dock.focus_box()
        dock.box.setText(query)
        qtbot.keyClick(dock.box, Qt.Key.Key_Return)

    run("zebracorn")
    qtbot.waitUntil(lambda: not dock.listing())
    old_group = tree.topLevelItem(0)
    old_row = old_group.child(0)  # the last to be taken out of its group
    assert old_row.data(0, HIT_ROLE) is not None
    run("quokka")
    assert dock.summary.text() == f"{hits:,} passages in 1 document"
    assert old_group.treeWidget() is None and old_row.treeWidget() is None  # gone from view
    assert old_group.childCount() > FREE_ROWS  # not all in one go
    qtbot.waitUntil(lambda: old_group.childCount() == 0)  # then taken apart, and freed
    assert old_row.parent() is None
    qtbot.waitUntil(lambda: not dock.listing())
    groups = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
    rows: list[QTreeWidgetItem] = [g.child(n) for g in groups for n in range(g.childCount())]
    assert len(rows) == hits
    assert all(r.data(0, HIT_ROLE)[1].match == "quokka" for r in rows)


def test_search_rows_drawn_at_a_new_width_are_laid_out_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    dock, tree = window.search, window.search.tree
    dock.focus_box()
    dock.box.setText("ngung ban")
    qtbot.keyClick(dock.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dock.listing())
    assert tree.topLevelItemCount()
    tree.viewport().grab()  # drawn, and the hits' texts kept laid out
    tree.resize(tree.width() - 120, tree.height())
    narrow = tree.viewport().grab().toImage()
    tree.itemDelegate()._laid_out.clear()  # type: ignore[attr-defined]
    assert tree.viewport().grab().toImage() == narrow  # as drawn from scratch
