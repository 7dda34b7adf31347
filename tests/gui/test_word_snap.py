"""Mouse selections snap to whole words (syllables in Vietnamese); Alt keeps them exact."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.project import ProjectService
from desktop.core.store import Store
from desktop.ui.qt_offsets import OffsetMap
from desktop.ui.reader.document_pane import DocumentPane
from desktop.ui.reader.word_snap import snap_to_words
from tests.gui.conftest import point_at

VI = "Hôm nay 😀 Thổ Nhĩ Kỳ kêu gọi ngừng bắn."


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (VI, "ổ Nhĩ K", "Thổ Nhĩ Kỳ"),
        (VI, " Thổ Nhĩ Kỳ ", "Thổ Nhĩ Kỳ"),
        (VI, "gừng bắ", "ngừng bắn"),
        ("اندلعت اشتباكات عنيفة بين أرمينيا", "شتباكات عن", "اشتباكات عنيفة"),
        ("Erdoğan'ın açıklaması", "doğ", "Erdoğan'ın"),
    ],
)
def test_snap_widens_to_whole_words(qtbot: QtBot, text: str, part: str, whole: str) -> None:
    start = text.index(part)
    snapped = snap_to_words(text, OffsetMap(text), start, start + len(part))
    assert text[snapped[0] : snapped[1]] == whole


def mouse_select(qtbot: QtBot, pane: DocumentPane, start: int, end: int, alt: bool) -> None:
    offsets = OffsetMap(pane.view.toPlainText())
    viewport = pane.view.viewport()
    modifier = Qt.KeyboardModifier.AltModifier if alt else Qt.KeyboardModifier.NoModifier
    begin, finish = point_at(pane, offsets.to_qt(start)), point_at(pane, offsets.to_qt(end))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, begin)
    qtbot.mouseMove(viewport, finish)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, finish)


@pytest.mark.parametrize(
    ("language", "alt", "expected"),
    [("vi", False, "Thổ Nhĩ Kỳ"), ("vi", True, "ổ Nhĩ K"), ("zh", False, "ổ Nhĩ K")],
)
def test_mouse_selection_in_a_pane(
    qtbot: QtBot, empty_store: Store, language: str, alt: bool, expected: str
) -> None:
    service = ProjectService(empty_store)
    document = service.add_document("d", VI, language=language)
    pane = DocumentPane()
    qtbot.addWidget(pane)
    pane.resize(600, 300)
    pane.show()
    pane.set_document(document, service.document_text(document.id))
    start = VI.index("ổ Nhĩ K")
    mouse_select(qtbot, pane, start, start + len("ổ Nhĩ K"), alt)
    span = pane.selection_span()
    assert span is not None
    assert VI[span[0] : span[1]] == expected
    shown = pane.view.textCursor().selectedText()
    assert shown == expected  # the window shows exactly what will be tagged
