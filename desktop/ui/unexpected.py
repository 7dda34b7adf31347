"""Errors nobody caught, shown instead of only printed.

Qt calls Python slots from its event loop: an exception there is printed to stderr and the
window goes on, so a user would never learn that something did not happen. Here it is shown
in a message box, once per burst (a broken refresh can raise on every event: one box, not a
storm), and still printed as before. The database becoming unreachable — a shared project's
server gone, a network lost — gets its own plain words: what the window shows may be out of
date, and nothing is shown as saved that the database did not confirm.
"""

from __future__ import annotations

import sys
import time
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.core.project_store import database_problem
from desktop.ui.i18n import translate

QUIET = 10.0  # seconds after a box during which further errors are only printed


class UnexpectedErrors(QObject):
    """Installed as ``sys.excepthook`` for the app's life (``install``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previous = sys.excepthook
        self._shown_at = -QUIET
        self.box: QMessageBox | None = None

    def hook(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        self._previous(kind, error, trace)  # printed as before
        if not issubclass(kind, Exception):  # KeyboardInterrupt, SystemExit: not ours
            return
        now = time.monotonic()
        if now - self._shown_at < QUIET or (self.box is not None and self.box.isVisible()):
            return
        self._shown_at = now
        details = "".join(traceback.format_exception(kind, error, trace))
        # Shown after the current event: a box opened inside a paint or a slot that is
        # half-way through would run its own event loop there.
        QTimer.singleShot(0, self, lambda: self.show(error, details))

    def show(self, error: BaseException, details: str) -> QMessageBox:
        reason = database_problem(error)
        if reason is not None:
            title = translate("UnexpectedErrors", "The project's database cannot be reached")
            text = translate(
                "UnexpectedErrors",
                "Parallax could not read from or write to the project's database: {reason}\n\n"
                "What the window shows may be out of date. A change is shown as saved only "
                "once the database has confirmed it; try the last one again when the "
                "database can be reached.",
            ).format(reason=reason)
        else:
            title = translate("UnexpectedErrors", "Something went wrong")
            text = translate(
                "UnexpectedErrors",
                "Parallax met an error it did not expect: {reason}\n\nThe last thing you did "
                "may not have been done. Your saved work is safe: every change is saved when "
                "it is made. The details below help the developers.",
            ).format(reason=f"{type(error).__name__}: {error}")
        parent = QApplication.activeWindow()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            text,
            QMessageBox.StandardButton.Close,
            parent if isinstance(parent, QWidget) else None,
        )
        box.setDetailedText(details)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget)
        box.open()
        self.box = box
        return box

    def _forget(self) -> None:
        self.box = None

    def uninstall(self) -> None:
        if sys.excepthook == self.hook:
            sys.excepthook = self._previous


def install(app: QApplication) -> UnexpectedErrors:
    errors = UnexpectedErrors(app)
    sys.excepthook = errors.hook
    return errors
