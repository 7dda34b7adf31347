"""Undoable steps whose undo and redo run off the UI thread (a text replacement, an
import of annotations): the database work and the read of the project afterwards happen
in a thread with a service of its own, under a progress dialog that cannot be cancelled
(the step is one transaction); the views are then shown the state read."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from desktop.core.project import ProjectError, ProjectService
from desktop.ui import background
from desktop.ui.commands import Changes, Command, Host
from desktop.ui.committed import Committed, kept_uncollected, read_after

T = TypeVar("T")


class BackgroundCommand(Command):
    """``_apply`` and ``_revert`` call ``_in_background`` and show the state it read; the
    views are not told of changes by the step itself (they reload from that state)."""

    def __init__(self, text: str, host: Host, parent: QWidget | None) -> None:
        super().__init__(text, host)
        self._parent = parent

    def _step(self, step: Callable[[], Changes]) -> None:
        try:
            step()
        except ProjectError as error:
            self._host.changed(self._refused(error))

    def _in_background(
        self, step: Callable[[ProjectService], T], label: str
    ) -> tuple[T, Committed | None]:
        """``step`` done in a thread with a service of its own, and the state after read
        there: what it returned, and that state. ProjectError when the database refused
        (the project as it was)."""
        store, coder = self._service.store, self._service.coder
        read: list[tuple[T, Committed | None]] = []

        def work(_progress: background.Progress) -> None:
            with kept_uncollected():
                # A service of its own: the window's keeps caches only the UI thread touches.
                service = ProjectService(store, coder)
                done = step(service)
                read.append((done, read_after(service)))

        background.run(
            work,
            self._parent,
            title=self.text(),
            label=label,
            cancellable=False,  # one transaction: it runs to its end
        )
        return read[-1]
