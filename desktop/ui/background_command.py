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
from desktop.ui.commands import Changes, Command, Host, upserted
from desktop.ui.committed import Committed, kept_uncollected, read_after
from desktop.ui.core_text import text_of
from desktop.ui.i18n import translate

T = TypeVar("T")


class BackgroundCommand(Command):
    def __init__(self, text: str, host: Host, parent: QWidget | None) -> None:
        super().__init__(text, host)
        self._parent = parent

    def _in_background(
        self, step: Callable[[ProjectService], T], label: str
    ) -> tuple[T, Committed | None] | None:
        """``step`` done in a thread with a service of its own, and the state after read
        there; what it returned and that state, or None if the database refused (the
        project as it was: this step is dropped from the history, and the user told)."""
        store, coder = self._service.store, self._service.coder
        read: list[tuple[T, Committed | None]] = []

        def work(_progress: background.Progress) -> None:
            with kept_uncollected():
                # A service of its own: the window's keeps caches only the UI thread touches.
                service = ProjectService(store, coder)
                done = step(service)
                read.append((done, read_after(service)))

        try:
            background.run(
                work,
                self._parent,
                title=self.text(),
                label=label,
                cancellable=False,  # one transaction: it runs to its end
            )
        except ProjectError as error:
            # The database did not change: drop this step so the history still matches it.
            self.setObsolete(True)
            self._host.report(
                translate("Command", "“{step}” could not be undone or redone: {error}").format(
                    step=self.text(), error=text_of(error)
                )
            )
            self._host.changed(upserted())
            return None
        return read[-1]

    def _apply(self) -> Changes:  # not called: ``redo`` and ``undo`` run in the background
        raise NotImplementedError

    def _revert(self) -> Changes:
        raise NotImplementedError
