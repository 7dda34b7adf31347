"""Screen readers: every control of the window has a name; Tab moves through each panel
in the order it reads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow

INTERACTIVE = (
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
)


def _qt_own(widget: QWidget) -> bool:
    """Parts Qt makes and names for itself: a combo box's popup list, a line edit's clear
    button, a table's corner button, a tool bar's overflow arrow, scroll bars, headers
    (each section speaks its title)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_") or isinstance(widget, (QScrollBar, QHeaderView))


def _unnamed(window: MainWindow) -> list[str]:
    buddies = {label.buddy() for label in window.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in window.findChildren(QWidget):
        # A control, or anything else Tab stops at (a scroll area, a canvas); tab bars
        # speak their tabs' titles (below).
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and not isinstance(
            widget, (QTabBar, QTabWidget)
        )
        if not (isinstance(widget, INTERACTIVE) or takes_tab) or _qt_own(widget):
            continue
        text = widget.text().replace("&", "").strip() if isinstance(widget, QAbstractButton) else ""
        if widget.accessibleName().strip() or text or widget in buddies:
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.toolTip()!r}")
    return missing


def test_every_control_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    # Every Compare view built, and a passage selected so the inspector is filled.
    for index in range(window.compare.tabs.count()):
        window.compare.tabs.setCurrentIndex(index)
    window.annotations.table.selectRow(0)
    assert _unnamed(window) == []
    for bar in window.findChildren(QTabBar):  # tab bars speak their tabs' titles
        assert all(bar.tabText(i).strip() for i in range(bar.count()))


def _chain(qtbot: QtBot, start: QWidget, count: int) -> list[QWidget]:
    """Where Tab takes the focus, ``count`` times from ``start``."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    reached = []
    for _ in range(count):
        qtbot.keyClick(start.window().focusWidget(), Qt.Key.Key_Tab)
        reached.append(start.window().focusWidget())
    return reached


def test_tab_moves_through_the_corpus_top_to_bottom(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    corpus = window.corpus
    assert _chain(qtbot, corpus.filter, 2) == [corpus.group_by, corpus.view]


def test_tab_moves_through_the_inspector_as_it_reads(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    dock = window.annotations
    dock.table.selectRow(0)
    inspector = dock.inspector
    inspector.tags.setCurrentRow(0)
    expected = [
        dock.table,
        *inspector.span_buttons,
        inspector.tags,
        inspector.add_tag,
        inspector.remove_tag,
        inspector.note,
        inspector.delete,
    ]
    assert _chain(qtbot, dock.filter, len(expected)) == expected


def test_tab_moves_from_the_search_box_to_its_results(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    assert window.search.box.nextInFocusChain() is window.search.tree or _chain(
        qtbot, window.search.box, 1
    ) == [window.search.tree]
