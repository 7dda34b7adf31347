"""Undoable steps of replacing a document's text and of placing its orphans."""

from __future__ import annotations

from desktop.core.project import TextChange
from desktop.core.records import AnnotationInfo
from desktop.ui.commands import Changes, Command, Host, upserted
from desktop.ui.i18n import translate


class ReplaceText(Command):
    """The new text and every annotation's new place; undo puts back the old text and
    each annotation exactly as it was (times included)."""

    def __init__(self, change: TextChange, title: str, host: Host):
        super().__init__(
            translate("ReplaceText", "Replace text of “{title}”").format(title=title), host
        )
        self._change = change

    def _apply(self) -> Changes:
        self._service.reapply_text(self._change)
        return None  # a text changed: the views reload (panes read their text afresh)

    def _revert(self) -> Changes:
        self._service.restore_text(self._change)
        return None


class PlaceOrphan(Command):
    def __init__(self, before: AnnotationInfo, after: AnnotationInfo, host: Host):
        super().__init__(translate("ReplaceText", "Place orphaned annotation"), host)
        self._before, self._after = before, after

    def _apply(self) -> Changes:
        return upserted(self._service.restore_place(self._after))

    def _revert(self) -> Changes:
        return upserted(self._service.restore_place(self._before))
