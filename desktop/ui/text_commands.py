"""Undoable steps of replacing a document's text and of placing its orphans."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from desktop.core.project import ProjectError, ProjectService, TextChange
from desktop.core.records import AnnotationInfo
from desktop.ui import background
from desktop.ui.commands import Changes, Command, Host, upserted
from desktop.ui.committed import Committed, kept_uncollected, read_after
from desktop.ui.core_text import text_of
from desktop.ui.i18n import translate
from desktop.ui.text_util import short


class TextHost(Host, Protocol):
    """What a text replacement's step needs from the session that runs it."""

    def text_replaced(
        self,
        document_id: int,
        text: str,
        committed: Committed | None,
        command: QUndoCommand | None = None,
    ) -> None: ...


class ReplaceText(Command):
    """The new text and every annotation's new place; undo puts back the old text and
    each annotation exactly as it was (times included). Undo and redo run off the UI
    thread as the replacement did (``background``: writing 10,000 annotations back and
    reading the state after took the window 1.4 s), under a progress dialog over
    ``parent``; the views then refresh as after the replacement."""

    def __init__(
        self, change: TextChange, title: str, host: TextHost, parent: QWidget | None = None
    ):
        super().__init__(
            translate("ReplaceText", "Replace text of “{title}”").format(title=title), host
        )
        self._change = change
        self._title = title
        self._session = host
        self._parent = parent

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        label = translate("ReplaceText", "Replacing the text of “{title}” again…")
        self._in_background(lambda s: s.reapply_text(self._change), self._change.plan.text, label)

    def undo(self) -> None:
        label = translate("ReplaceText", "Putting back the text of “{title}”…")
        self._in_background(lambda s: s.restore_text(self._change), self._change.old_text, label)

    def _in_background(self, step: Callable[[ProjectService], None], text: str, label: str) -> None:
        store, coder = self._service.store, self._service.coder
        read: list[Committed | None] = []

        def work(_progress: background.Progress) -> None:
            with kept_uncollected():
                # A service of its own: the window's keeps caches only the UI thread touches.
                service = ProjectService(store, coder)
                step(service)
                read.append(read_after(service))

        try:
            background.run(
                work,
                self._parent,
                title=self.text(),
                label=label.format(title=short(self._title, 60)),
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
            return
        self._session.text_replaced(self._change.document_id, text, read[-1])

    def _apply(self) -> Changes:  # not called: ``redo`` and ``undo`` run in the background
        raise NotImplementedError

    def _revert(self) -> Changes:
        raise NotImplementedError


class PlaceOrphan(Command):
    def __init__(self, before: AnnotationInfo, after: AnnotationInfo, host: Host):
        super().__init__(translate("ReplaceText", "Place orphaned annotation"), host)
        self._before, self._after = before, after

    def _apply(self) -> Changes:
        seen = self._host.seen(self._after.id)
        return upserted(self._service.restore_place(self._after, **seen))

    def _revert(self) -> Changes:
        seen = self._host.seen(self._before.id)
        return upserted(self._service.restore_place(self._before, **seen))
