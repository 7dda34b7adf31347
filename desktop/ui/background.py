"""Long work off the UI thread, waited for while the window keeps answering.

``run`` starts the work in a thread of its own and runs a local event loop until it ends,
so a caller reads as before (the work's result, or its exception) while the window
repaints. The user's input waits for the first ``hold_ms`` (a quick job ends first, and
nothing can start in the window meanwhile); with a ``title``, a window-modal progress
dialog then shows and takes the input. The work is handed a ``Progress``: it says how far
it is, and raises ``Cancelled`` there once the user has cancelled. A cancelled job is
waited for too: it stops at its next report and leaves nothing behind, which it may only
promise once it has stopped.

Restore, export, search and re-anchoring all run through here (imports and merges are
runs of their own, with a preview between their steps: see ``import_flow``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.ui.i18n import translate

T = TypeVar("T")
DIALOG_AFTER_MS = 300  # a job this quick shows no dialog (as imports and merges)
REPORT_EVERY = 0.05  # seconds between two counts sent to the dialog


class Cancelled(Exception):
    """The user cancelled, and the work stopped before it changed anything."""


class _Relay(QObject):
    """Carries the worker's news to the UI thread (queued: it lives in the UI thread)."""

    moved = Signal(object, int, int, bool)  # label or None, done, total, final
    ended = Signal()


class Progress:
    """What the work is handed: ``step`` says how far it is and stops it once cancelled."""

    def __init__(self) -> None:
        self.relay = _Relay()
        self._stop = threading.Event()
        self._sent = 0.0

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the user has cancelled."""
        if self._stop.is_set():
            raise Cancelled

    def step(
        self, label: str | None = None, done: int = 0, total: int = 0, *, final: bool = False
    ) -> None:
        """A new ``label`` and/or ``done`` of ``total`` (0: no count); raises ``Cancelled``
        once cancelled. ``final``: the work now changes the project and cannot be stopped."""
        if not final:
            self.check()
        now = time.monotonic()
        ended = bool(total) and done >= total
        if label is not None or final or ended or now - self._sent >= REPORT_EVERY:
            self._sent = now
            self.relay.moved.emit(label, done, total, final)


class _Dialog:
    """The progress dialog of one job: a count when the work gives one, Cancel until the
    work says it can no longer stop, then "Cancelling…" until it has."""

    def __init__(
        self, parent: QWidget | None, title: str, label: str, progress: Progress, cancellable: bool
    ) -> None:
        self.progress = progress
        self.stoppable = cancellable
        self.box = QProgressDialog(label, translate("Background", "Cancel"), 0, 0, parent)
        self.box.setObjectName("backgroundProgress")
        self.box.setWindowTitle(title)
        self.box.setWindowModality(Qt.WindowModality.WindowModal)
        self.box.setAutoClose(False)
        self.box.setAutoReset(False)
        self.box.setMinimumDuration(DIALOG_AFTER_MS)
        if not cancellable:
            self.box.setCancelButton(None)
        self.box.canceled.connect(self._cancel)
        progress.relay.moved.connect(self._moved)
        self.box.setValue(0)

    def _moved(self, label: str | None, done: int, total: int, final: bool) -> None:
        if self.progress.cancelled:
            return  # it says "Cancelling…" until the work stops
        if label is not None:
            self.box.setLabelText(label)
        if final:
            self.stoppable = False
            self.box.setCancelButton(None)
        if self.box.maximum() != total:  # a count, or none (0: busy)
            self.box.setRange(0, total)
        if total:
            self.box.setValue(min(done, total))

    def _cancel(self) -> None:
        # QProgressDialog hides itself on Cancel (or Esc); it stays up, saying so, until the
        # work has stopped (window-modal: nothing else starts meanwhile).
        self.box.show()
        if not self.stoppable:
            return
        self.progress.cancel()
        self.box.setCancelButton(None)
        self.box.setLabelText(translate("Background", "Cancelling…"))
        self.box.setRange(0, 0)

    def close(self) -> None:
        self.box.canceled.disconnect(self._cancel)
        self.box.reset()
        self.box.hide()
        self.box.deleteLater()


def run(
    work: Callable[[Progress], T],
    parent: QWidget | None = None,
    *,
    title: str | None = None,
    label: str = "",
    cancellable: bool = True,
    abandon: bool = False,
    hold_ms: int = DIALOG_AFTER_MS,
) -> T:
    """``work(progress)`` in a thread while the event loop runs; its result, or its
    exception re-raised here (``Cancelled`` when the user cancelled it). With a ``title``,
    a progress dialog shows after ``DIALOG_AFTER_MS``; the user's input waits ``hold_ms``.
    ``abandon``: work that changes nothing (a plan) is not waited for once cancelled; its
    thread ends on its own and what it finds is dropped."""
    progress = Progress()
    outcome: dict[str, Any] = {}

    def body() -> None:
        try:
            outcome["result"] = work(progress)
        except BaseException as error:  # re-raised in the UI thread
            outcome["error"] = error
        progress.relay.ended.emit()

    dialog = _Dialog(parent, title, label, progress, cancellable) if title is not None else None
    loop = QEventLoop()
    ended: list[bool] = []  # set in this thread when ``ended`` arrives

    def stop() -> None:
        ended.append(True)
        loop.quit()

    progress.relay.ended.connect(stop)
    left: list[bool] = []  # cancelled, and not waited for
    if dialog is not None and abandon:

        def leave() -> None:
            if progress.cancelled:
                left.append(True)
                loop.quit()

        dialog.box.canceled.connect(leave)  # after the dialog's own: it says "Cancelling…"
    thread = threading.Thread(target=body, name="background", daemon=True)
    thread.start()
    try:
        if hold_ms > 0:
            held = QTimer()
            held.setSingleShot(True)
            held.timeout.connect(loop.quit)
            held.start(hold_ms)
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            held.stop()
        if not ended and not left:
            loop.exec()  # ended by ``ended`` (queued, so never lost) or by the app quitting
    finally:
        if not left:
            thread.join()  # the app quitting ends the loop early: the work still ends first
        if dialog is not None:
            dialog.close()
    if left:
        raise Cancelled
    if "error" in outcome:
        raise outcome["error"]
    result: T = outcome["result"]
    return result
