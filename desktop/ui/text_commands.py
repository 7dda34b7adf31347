"""Undoable steps of replacing a document's text and of placing its orphans."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from desktop.core.project import ProjectService, TextChange
from desktop.core.records import AnnotationInfo
from desktop.ui.background_command import BackgroundCommand
from desktop.ui.commands import Changes, Command, Host, upserted
from desktop.ui.committed import Committed
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


class ReplaceText(BackgroundCommand):
    """The new text and every annotation's new place; undo puts back the old text and
    each annotation exactly as it was (times included). Undo and redo run off the UI
    thread as the replacement did (``background_command``: writing 10,000 annotations back
    and reading the state after took the window 1.4 s), under a progress dialog over
    ``parent``; the views then refresh as after the replacement."""

    def __init__(
        self, change: TextChange, title: str, host: TextHost, parent: QWidget | None = None
    ):
        super().__init__(
            translate("ReplaceText", "Replace text of “{title}”").format(title=title),
            host,
            parent,
        )
        self._change = change
        self._title = title
        self._session = host

    def _apply(self) -> Changes:
        label = translate("ReplaceText", "Replacing the text of “{title}” again…")
        return self._replaced(lambda s: s.reapply_text(self._change), self._change.plan.text, label)

    def _revert(self) -> Changes:
        label = translate("ReplaceText", "Putting back the text of “{title}”…")
        return self._replaced(lambda s: s.restore_text(self._change), self._change.old_text, label)

    def _replaced(self, step: Callable[[ProjectService], None], text: str, label: str) -> Changes:
        _, after = self._in_background(step, label.format(title=short(self._title, 60)))
        self._session.text_replaced(self._change.document_id, text, after)
        return None


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
