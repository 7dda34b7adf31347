"""A panel's context menu is freed once closed: right-clicking all day makes no heap of
menus under the panel."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow


def _close_popup() -> None:
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()


def _right_click_menus(qtbot: QtBot, window: MainWindow, show: object) -> int:
    """Open a panel's menu three times (each closed as soon as it is up), then count the
    menus left under the window."""
    closer = QTimer()
    closer.setInterval(20)
    closer.timeout.connect(_close_popup)
    closer.start()
    try:
        for _ in range(3):
            show()  # type: ignore[operator]
            qtbot.wait(20)
    finally:
        closer.stop()
    QApplication.sendPostedEvents(None, 0)  # deferred deletes
    qtbot.wait(20)
    return len(window.findChildren(QMenu))


def test_corpus_and_codebook_menus_are_freed(qtbot: QtBot, window: MainWindow) -> None:
    corpus, codebook = window.corpus, window.codebook
    before = len(window.findChildren(QMenu))
    after = _right_click_menus(
        qtbot,
        window,
        lambda: corpus.list_menu().exec(
            corpus.view.viewport().mapToGlobal(corpus.view.rect().center())
        ),
    )
    assert after == before
    after = _right_click_menus(
        qtbot,
        window,
        lambda: codebook.context_menu().exec(
            codebook.tree.viewport().mapToGlobal(codebook.tree.rect().center())
        ),
    )
    assert after == before
