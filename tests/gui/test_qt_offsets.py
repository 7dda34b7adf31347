"""Selections made in a real QPlainTextEdit are stored as the code points Qt showed."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from desktop.core.project import ProjectService
from desktop.core.store import Store
from desktop.core.text import normalise
from desktop.ui.qt_offsets import utf16_length
from desktop.ui.reader.document_pane import DocumentPane
from tests.unit.test_offsets import texts


def test_any_selection_is_saved_with_the_quote_qt_selected(
    qtbot: QtBot, empty_store: Store
) -> None:
    service = ProjectService(empty_store, coder="t")
    pane = DocumentPane()
    qtbot.addWidget(pane)

    @settings(
        max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(texts.map(normalise).filter(bool), st.data())
    def check(text: str, data: st.DataObject) -> None:
        document = service.add_document("t", text)
        pane.set_document(document, service.document_text(document.id))
        length = pane.view.document().characterCount() - 1  # Qt counts a final separator
        a = data.draw(st.integers(0, length))
        b = data.draw(st.integers(0, length))
        cursor = QTextCursor(pane.view.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        pane.view.setTextCursor(cursor)
        span = pane.selection_span()
        selected = pane.view.textCursor().selectedText()
        if span is None:
            assert selected == ""
            return
        start, end = span
        saved = service.create_annotation(document.id, start, end)
        # What Qt's own document holds at the stored span, in Qt's units, is the quote
        # (toPlainText writes separators as \n and no-break spaces as spaces).
        plain = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\u00a0": " "})
        units = pane.view.toPlainText().encode("utf-16-le", "surrogatepass")
        lo, hi = 2 * utf16_length(text[:start]), 2 * utf16_length(text[:end])
        assert units[lo:hi].decode("utf-16-le") == saved.quote.translate(plain)
        # The stored span is Qt's selection, widened only to whole characters.
        qt_start, qt_end = cursor.selectionStart(), cursor.selectionEnd()
        assert 0 <= qt_start - utf16_length(text[:start]) <= 1
        assert 0 <= utf16_length(text[:end]) - qt_end <= 1
        if (qt_start, qt_end) == (utf16_length(text[:start]), utf16_length(text[:end])):
            # On whole characters, it is exactly what Qt highlighted (Qt shows \n as U+2029).
            assert saved.quote == selected.replace("\u2029", "\n")

    check()
