"""Reader panes reordered by button, key and drag; scrolling synchronised between them."""

from __future__ import annotations

import time
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core.records import DocumentInfo
from desktop.ui.main_window import MainWindow
from desktop.ui.reader.document_pane import DocumentPane
from desktop.ui.reader.reader_area import ReaderArea

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def info(document_id: int, text: str) -> DocumentInfo:
    return DocumentInfo(
        id=document_id,
        uuid=f"doc-{document_id}",
        title=f"Document {document_id}",
        language="en",
        source="",
        url="",
        author="",
        published="",
        original_filename="",
        length=len(text),
        text_sha256="",
        imported_at=datetime(2024, 1, 1),
        position=document_id,
    )


def long_text(paragraphs: int) -> str:
    """Paragraphs long enough to wrap, so the view lays lines out as it scrolls."""
    sentence = "The quick brown fox jumps over the lazy dog near the riverbank. "
    return "\n".join(f"{i}. " + sentence * (1 + i % 4) for i in range(paragraphs))


@pytest.fixture
def area(qtbot: QtBot) -> ReaderArea:
    """A reader on its own with three texts of different lengths, all of which scroll."""
    reader = ReaderArea()
    qtbot.addWidget(reader)
    reader.resize(1200, 500)
    reader.show()
    qtbot.waitExposed(reader)
    for document_id, paragraphs in ((1, 150), (2, 400), (3, 60)):
        text = long_text(paragraphs)
        reader.open_document(info(document_id, text), text, [], [])
    QApplication.processEvents()
    return reader


def widths(reader: ReaderArea) -> dict[int, int]:
    return {p.document_id: p.width() for p in reader.panes() if p.document_id is not None}


def fraction(pane: DocumentPane) -> float:
    """How far into its text the pane shows (by characters, as the reader measures)."""
    assert pane.view.verticalScrollBar().maximum() > 0  # the text really scrolls
    return ReaderArea._fraction(pane)


def assert_in_line(leader: DocumentPane, follower: DocumentPane) -> None:
    """The follower comes to the leader's relative position, to within a line or so (1% of
    the text). Ranges keep changing while wrapped lines are laid out, and the panes are
    lined up again when such a burst ends, so allow the event loop a moment."""

    def in_line() -> bool:
        return abs(fraction(follower) - fraction(leader)) <= 0.01

    deadline = time.monotonic() + 2
    while not in_line() and time.monotonic() < deadline:
        QApplication.processEvents()
    assert abs(fraction(follower) - fraction(leader)) <= 0.01


def drag(pane: DocumentPane, value: int) -> None:
    """Drag the pane's scroll bar to ``value``, as a hand on the mouse does."""
    bar = pane.view.verticalScrollBar()
    bar.setSliderDown(True)
    bar.setSliderPosition(value)
    bar.setSliderDown(False)


# -- order --------------------------------------------------------------------------------


def test_move_button_swaps_panes_keeping_widths(qtbot: QtBot, window: MainWindow) -> None:
    reader = window.reader
    first, second = reader.panes()
    reader.splitter.setSizes([300, 600])  # unequal, so keeping widths is not evening out
    QApplication.processEvents()
    before = widths(reader)
    assert not first.move_back_button.isEnabled() and first.move_forward_button.isEnabled()
    assert second.move_back_button.isEnabled() and not second.move_forward_button.isEnabled()

    with qtbot.waitSignal(reader.openDocumentsChanged):
        qtbot.mouseClick(first.move_forward_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()

    assert reader.open_document_ids() == [second.document_id, first.document_id]
    assert reader.panes() == [second, first]
    assert second.geometry().right() < first.geometry().left()  # on screen too
    after = widths(reader)
    assert all(abs(after[i] - before[i]) <= 2 for i in before), (before, after)
    assert not second.move_back_button.isEnabled() and second.move_forward_button.isEnabled()
    assert first.move_back_button.isEnabled() and not first.move_forward_button.isEnabled()
    assert first.move_back_button.accessibleName() == "Move document left"


def test_move_stops_at_the_ends(area: ReaderArea) -> None:
    first, middle, last = area.panes()
    assert middle.move_back_button.isEnabled() and middle.move_forward_button.isEnabled()
    assert not area.move_pane(1, -1)
    assert not area.move_pane(3, 1)
    assert area.move_pane(1, 5)  # as far as it goes
    assert area.open_document_ids() == [2, 3, 1]
    assert not first.move_forward_button.isEnabled() and first.move_back_button.isEnabled()
    assert not middle.move_back_button.isEnabled() and middle.move_forward_button.isEnabled()
    assert last.move_back_button.isEnabled() and last.move_forward_button.isEnabled()


def test_keys_move_the_focused_pane(qtbot: QtBot, window: MainWindow) -> None:
    reader = window.reader
    first, second = reader.panes()
    window.activateWindow()
    second.view.setFocus()
    qtbot.keyClick(second.view, Qt.Key.Key_PageUp, CTRL_SHIFT)
    assert reader.panes() == [second, first]
    assert second.view.hasFocus()  # keeps working in the pane it moved
    qtbot.keyClick(second.view, Qt.Key.Key_PageDown, CTRL_SHIFT)
    assert reader.panes() == [first, second]

    # Outside the reader the keys are not the reader's.
    elsewhere = QLineEdit()
    dock = QDockWidget("Elsewhere", window)
    dock.setWidget(elsewhere)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    qtbot.waitUntil(elsewhere.isVisible)
    elsewhere.setFocus()
    assert elsewhere.hasFocus()
    qtbot.keyClick(elsewhere, Qt.Key.Key_PageUp, CTRL_SHIFT)
    assert reader.panes() == [first, second]


def test_drag_title_onto_another_pane_moves_it(qtbot: QtBot, area: ReaderArea) -> None:
    first, _middle, last = area.panes()
    title = first.title
    start = title.rect().center()
    target = title.mapFromGlobal(last.mapToGlobal(last.rect().center()))
    qtbot.mousePress(title, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(title, start + QPoint(40, 0))
    qtbot.mouseMove(title, target)
    qtbot.mouseRelease(title, Qt.MouseButton.LeftButton, pos=target)
    assert area.open_document_ids() == [2, 3, 1]

    # A click on a title without dragging moves nothing.
    qtbot.mouseClick(last.title, Qt.MouseButton.LeftButton)
    assert area.open_document_ids() == [2, 3, 1]


def test_right_to_left_keeps_the_order_logical(qtbot: QtBot, area: ReaderArea) -> None:
    area.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    QApplication.processEvents()
    first, second, _last = area.panes()
    assert first.geometry().left() > second.geometry().left()  # the first is on the right
    # Back is towards the first pane: rightwards here, and labelled so.
    assert first.move_back_button.text() == "▶"
    assert second.move_back_button.toolTip() == "Move this document right"
    qtbot.mouseClick(second.move_back_button, Qt.MouseButton.LeftButton)
    assert area.panes()[0] is second
    area.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert second.move_back_button.text() == "◀"


# -- synchronised scrolling ---------------------------------------------------------------


def test_scrolling_one_pane_scrolls_the_others_by_relative_position(
    qtbot: QtBot, area: ReaderArea
) -> None:
    first, second, third = area.panes()
    with qtbot.waitSignal(area.synchronisedChanged) as changed:
        area.sync_action.trigger()
    assert changed.args == [True] and area.synchronised

    first.view.setFocus()
    for _ in range(6):
        qtbot.keyClick(first.view, Qt.Key.Key_PageDown)
    assert 0 < fraction(first) < 1
    assert second.view.verticalScrollBar().value() > 0
    assert_in_line(first, second)
    assert_in_line(first, third)

    # Dragging the second pane's scrollbar leads now.
    bar = second.view.verticalScrollBar()
    drag(second, bar.maximum() // 5)
    assert_in_line(second, first)
    assert_in_line(second, third)

    # So does the wheel, over the third pane.
    viewport = third.view.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, -120 * 3),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    before = third.view.verticalScrollBar().value()
    QApplication.sendEvent(viewport, wheel)
    assert third.view.verticalScrollBar().value() > before
    assert_in_line(third, first)
    assert_in_line(third, second)


def test_jumping_to_a_passage_moves_the_others(area: ReaderArea) -> None:
    first, second, _third = area.panes()
    area.set_synchronised(True)
    text = second.view.toPlainText()
    start = text.index("300. ")
    assert second.document_info is not None
    area.open_document(second.document_info, text, [], []).select_span(start, start + 4)
    assert fraction(second) > 0.5
    assert_in_line(second, first)


def test_without_synchronising_the_others_stay(qtbot: QtBot, area: ReaderArea) -> None:
    first, second, _third = area.panes()
    area.set_synchronised(True)
    area.set_synchronised(False)
    assert not area.sync_action.isChecked()
    bar = first.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert bar.value() > 0
    assert second.view.verticalScrollBar().value() == 0


def test_shortcut_toggles_synchronising(qtbot: QtBot, area: ReaderArea) -> None:
    area.panes()[0].view.setFocus()
    qtbot.keyClick(area.panes()[0].view, Qt.Key.Key_L, CTRL_SHIFT)
    assert area.synchronised and area.sync_action.isChecked()
    qtbot.keyClick(area.panes()[0].view, Qt.Key.Key_L, CTRL_SHIFT)
    assert not area.synchronised


def test_turning_it_on_lines_the_others_up_with_the_current_pane(area: ReaderArea) -> None:
    first, second, _third = area.panes()
    bar = second.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    second.view.setFocus()  # the pane the reader works in
    area.set_synchronised(True)
    assert first.view.verticalScrollBar().value() > 0
    assert_in_line(second, first)


def test_a_pane_opened_while_synchronised_joins(qtbot: QtBot, area: ReaderArea) -> None:
    first = area.panes()[0]
    area.set_synchronised(True)
    bar = first.view.verticalScrollBar()
    drag(first, bar.maximum() // 2)
    text = long_text(250)
    late = area.open_document(info(4, text), text, [], [])
    qtbot.waitUntil(lambda: late.view.verticalScrollBar().maximum() > 0)
    QApplication.processEvents()
    assert late.view.verticalScrollBar().value() > 0  # it opens where the others are
    assert_in_line(first, late)
    drag(first, bar.maximum() * 3 // 4)
    assert late.view.verticalScrollBar().value() > 0
    assert_in_line(first, late)


def test_closing_panes_while_synchronised(qtbot: QtBot, area: ReaderArea) -> None:
    _first, second, third = area.panes()
    area.set_synchronised(True)
    drag(second, 50)  # the second leads
    area.close_document(2)
    area.close_document(1)
    QApplication.processEvents()
    assert area.panes() == [third]
    bar = third.view.verticalScrollBar()
    bar.setValue(bar.maximum())  # nothing left to follow it
    assert bar.value() == bar.maximum() > 0
    area.close_document(3)
    assert area.panes() == [] and area.synchronised
    text = long_text(100)
    again = area.open_document(info(5, text), text, [], [])
    again.view.verticalScrollBar().setValue(10)


def test_panes_stay_in_line_when_resized(qtbot: QtBot, area: ReaderArea) -> None:
    """Narrower panes wrap into more lines: the ranges change, the line-up holds."""
    first, second, third = area.panes()
    area.set_synchronised(True)
    bar = first.view.verticalScrollBar()
    drag(first, bar.maximum() // 2)
    place = fraction(first)
    ranges = [p.view.verticalScrollBar().maximum() for p in area.panes()]
    area.splitter.setSizes([250, 250, 700])
    QApplication.processEvents()
    assert ranges != [p.view.verticalScrollBar().maximum() for p in area.panes()]
    assert_in_line(first, second)
    assert_in_line(first, third)
    assert abs(fraction(first) - place) <= 0.01  # the reader's place is kept


def test_a_move_button_disabled_under_the_focus_hands_it_on(qtbot: QtBot, area: ReaderArea) -> None:
    first = area.panes()[0]
    first.move_forward_button.setFocus()
    for _ in range(len(area.panes()) - 1):
        qtbot.keyClick(first.move_forward_button, Qt.Key.Key_Space)
    assert area.panes()[-1] is first and not first.move_forward_button.isEnabled()
    focus = QApplication.focusWidget()
    assert focus is not first.close_button and focus is first.move_back_button
    qtbot.keyClick(focus, Qt.Key.Key_Space)  # Space again moves it back, it closes nothing
    assert first in area.panes() and area.panes()[-2] is first
