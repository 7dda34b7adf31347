"""Errors nobody caught are shown, once per burst; a database out of reach in plain words."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from desktop.ui import unexpected


@pytest.fixture
def errors(qapp: QApplication) -> Iterator[unexpected.UnexpectedErrors]:
    found = unexpected.install(qapp)
    printed: list[str] = []
    found._previous = lambda kind, error, trace: printed.append(str(error))  # type: ignore[method-assign]
    yield found
    found.uninstall()
    if found.box is not None:
        found.box.close()


def _raise(error: Exception) -> None:
    try:
        raise error
    except Exception:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]


def test_an_uncaught_error_is_shown_once_per_burst(
    qtbot: QtBot, errors: unexpected.UnexpectedErrors
) -> None:
    assert sys.excepthook == errors.hook
    for n in range(5):
        _raise(ValueError(f"broken {n}"))
    qtbot.waitUntil(lambda: errors.box is not None and errors.box.isVisible())
    box = errors.box
    assert box is not None
    assert "broken 0" in box.text() and "saved" in box.text()
    assert "ValueError" in box.detailedText()
    shown = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert len(shown) == 1  # a burst of five: one box


def test_a_database_out_of_reach_is_said_so(
    qtbot: QtBot, errors: unexpected.UnexpectedErrors
) -> None:
    lost = OperationalError("SELECT 1", {}, Exception("server closed the connection unexpectedly"))
    _raise(lost)
    qtbot.waitUntil(lambda: errors.box is not None and errors.box.isVisible())
    assert errors.box is not None
    assert "cannot be reached" in errors.box.windowTitle()
    assert "server closed the connection unexpectedly" in errors.box.text()
    assert "out of date" in errors.box.text()


def test_an_interrupt_is_not_an_error_to_show(
    qtbot: QtBot, errors: unexpected.UnexpectedErrors
) -> None:
    errors.hook(KeyboardInterrupt, KeyboardInterrupt(), None)
    qtbot.wait(50)
    assert errors.box is None
