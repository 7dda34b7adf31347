"""Long work off the UI thread, with a progress dialog that can cancel it.

``Job`` starts the work in a thread of its own and says ``ended`` (in the UI thread) when
it has; ``result()`` then gives what it returned, or raises what it raised. ``run`` waits
for a job in a local event loop, so a caller reads as before while the window repaints. The
user's input waits for the first ``hold_ms`` (a quick job ends first, and nothing can start
in the window meanwhile); with a ``title``, a window-modal progress dialog then shows and
takes the input. The work is handed a ``Progress``: it says how far it is, and raises
``Cancelled`` there once the user has cancelled; it may ``ask`` the window a question (a
preview, a review) and wait for the answer. A cancelled job is waited for too: it stops at
its next report and leaves nothing behind, which it may only promise once it has stopped.

Restore, export, search and re-anchoring are ``run``; imports of documents and of
annotations, the project check and the automatic backups are jobs the window goes on beside.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.ui.i18n import translate

T = TypeVar("T")
A = TypeVar("A")
DIALOG_AFTER_MS = 300  # a job this quick shows no dialog
SWITCH_INTERVAL = 0.001  # seconds; replace/undo/redo stalls ~100 -> ~70 ms in bench_stall
REPORT_EVERY = 0.05  # seconds between two counts sent to the dialog


class Cancelled(Exception):
    """The user cancelled, and the work stopped before it changed anything."""


class _Relay(QObject):
    """Carries the worker's news to the UI thread (queued: it lives in the UI thread)."""

    moved = Signal(object, int, int, bool)  # label or None, done, total, final
    asked = Signal(object, object)  # what shows the question, and what takes the answer
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
        self.report(label, done, total, final=final)

    def report(
        self, label: str | None = None, done: int = 0, total: int = 0, *, final: bool = False
    ) -> None:
        """As ``step``, without stopping: for work that stops itself where it can, keeping
        what it did (it reads ``cancelled``)."""
        now = time.monotonic()
        ended = bool(total) and done >= total
        if label is not None or final or ended or now - self._sent >= REPORT_EVERY:
            self._sent = now
            self.relay.moved.emit(label, done, total, final)

    def ask(self, show: Callable[[Callable[[A], None]], object]) -> A:
        """Have ``show(reply)`` called in the UI thread (the dialog hides meanwhile) and
        wait until it is given the answer with ``reply``; raises ``Cancelled`` once
        cancelled (the window closing: it closes the question too)."""
        self.check()
        answers: list[A] = []
        given = threading.Event()

        def reply(answer: A) -> None:
            if not given.is_set():  # once: a dialog accepted twice (Enter, then OK)
                answers.append(answer)
                given.set()

        self.relay.asked.emit(show, reply)
        while not given.wait(0.05):  # and see a cancel meanwhile
            self.check()
        return answers[0]


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
        progress.relay.moved.connect(self.moved)
        self.box.setValue(0)
        self.later = QTimer()  # shows the dialog again after a question
        self.later.setSingleShot(True)
        self.later.setInterval(DIALOG_AFTER_MS)
        self.later.timeout.connect(self.box.show)

    def moved(self, label: str | None, done: int, total: int, final: bool) -> None:
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

    def pause(self) -> None:
        """Hidden while the window asks the user, and not shown by its timer over that."""
        self.later.stop()
        self.box.reset()
        self.box.hide()

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
        self.later.stop()
        self.box.canceled.disconnect(self._cancel)
        self.box.reset()
        self.box.hide()
        self.box.deleteLater()


class Job(QObject):
    """``work(progress)`` in a thread of its own; ``ended`` once it has (in the UI thread),
    and ``result()`` then gives its result or raises its exception (``Cancelled`` when the
    user cancelled it). With a ``title``, a progress dialog shows after ``DIALOG_AFTER_MS``.
    ``abandon``: work that changes nothing (a plan) ends at once when cancelled; its thread
    ends on its own and what it finds is dropped."""

    ended = Signal()

    def __init__(
        self,
        work: Callable[[Progress], Any],
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        label: str = "",
        cancellable: bool = True,
        abandon: bool = False,
    ) -> None:
        super().__init__()  # not a child: the thread may outlive the window
        self.progress = progress = Progress()
        self._outcome: dict[str, Any] = {}
        self._ended = False
        self._left = False  # cancelled, and not waited for
        self.dialog = (
            _Dialog(parent, title, label, progress, cancellable) if title is not None else None
        )
        progress.relay.ended.connect(self._end)
        progress.relay.asked.connect(self._ask)
        if self.dialog is not None and abandon:
            self.dialog.box.canceled.connect(self._leave)  # after the dialog's "Cancelling…"

        def body() -> None:
            try:
                self._outcome["result"] = work(progress)
            except BaseException as error:  # re-raised in the UI thread
                self._outcome["error"] = error
            progress.relay.ended.emit()

        # Python hands its lock between threads every 5 ms by default: each of the UI
        # thread's many short Python callbacks could wait that long behind the work.
        sys.setswitchinterval(SWITCH_INTERVAL)
        self.thread = threading.Thread(target=body, name="background", daemon=True)
        self.thread.start()

    def running(self) -> bool:
        """Not ended yet, as the window sees it (an abandoned thread may go on a moment)."""
        return not self._ended

    def cancel(self) -> None:
        """Stop at the work's next report (a final step still ends first)."""
        self.progress.cancel()

    def wait(self, timeout: float | None = None) -> None:
        """Wait for the thread, abandoned or not (the window closes); once it has ended, the
        job has: ``ended`` is said now."""
        self.thread.join(timeout)
        if not self.thread.is_alive():
            self._finish()

    def result(self) -> Any:
        """What the work returned; raises what it raised, or ``Cancelled`` if abandoned."""
        if self._left:
            raise Cancelled
        if "error" in self._outcome:
            raise self._outcome["error"]
        return self._outcome["result"]

    def _end(self) -> None:
        self.thread.join()  # it ends right after saying so
        self._finish()

    def _leave(self) -> None:
        if self.progress.cancelled and not self._ended:
            self._left = True
            self._finish()

    def _finish(self) -> None:
        if self._ended:
            return
        self._ended = True
        if self.dialog is not None:
            self.dialog.close()
        self.ended.emit()

    def _ask(
        self, show: Callable[[Callable[[Any], None]], object], reply: Callable[[Any], None]
    ) -> None:
        if self.progress.cancelled or self._ended:
            return  # the work sees it and stops
        dialog = self.dialog
        if dialog is not None:
            dialog.pause()

        def answer(value: Any) -> None:
            if dialog is not None and not self._ended:
                dialog.later.start()
            reply(value)

        show(answer)

    def settle(self, label: str) -> None:
        """The work can no longer stop: the dialog says ``label``, without Cancel, at once
        (an answer that starts a change the user waits for)."""
        if self.dialog is not None and not self._ended:
            self.dialog.moved(label, 0, 0, True)
            self.dialog.box.show()


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
    """``work(progress)`` in a ``Job`` while the event loop runs; its result, or its
    exception re-raised here (``Cancelled`` when the user cancelled it). The user's input
    waits ``hold_ms``; the rest as ``Job``."""
    job = Job(work, parent, title=title, label=label, cancellable=cancellable, abandon=abandon)
    loop = QEventLoop()
    job.ended.connect(loop.quit)  # queued from the thread, so never lost
    try:
        if hold_ms > 0:
            held = QTimer()
            held.setSingleShot(True)
            held.timeout.connect(loop.quit)
            held.start(hold_ms)
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            held.stop()
        if job.running():
            loop.exec()  # ended by ``ended``, or by the app quitting
    finally:
        if job.running():  # the app quitting ends the loop early: the work still ends first
            job.wait()
    result: T = job.result()
    return result
