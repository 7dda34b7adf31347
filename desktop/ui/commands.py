"""Undoable annotation edits. Each command's first redo is the action already done.

The session performs an action through the service first and pushes the command only
when it succeeded, so a change that failed to save never enters the undo history.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, Protocol

from PySide6.QtGui import QUndoCommand

from desktop.core.project import ConflictError, ProjectError, ProjectService
from desktop.core.records import AnnotationInfo, DocumentInfo, DocumentSnapshot, Tagging
from desktop.core.suggestions import Suggestion
from desktop.ui.core_text import text_of
from desktop.ui.i18n import plural, translate

NOTE_MERGE_ID = 1


# What a step changed: annotations as they now are, and ids of those now gone;
# CODEBOOK: only tags changed (names, colours, order), every annotation is as it was;
# None: unknown, the session reloads everything.
CODEBOOK = "codebook"
Changes = tuple[tuple[AnnotationInfo, ...], tuple[int, ...]] | Literal["codebook"] | None


def upserted(*annotations: AnnotationInfo) -> Changes:
    return annotations, ()


def removed(*annotation_ids: int) -> Changes:
    return (), annotation_ids


class Host(Protocol):
    """What a command needs from the session that runs it."""

    service: ProjectService

    def changed(self, changes: Changes = None) -> None: ...

    def report(self, message: str) -> None: ...

    def seen(self, annotation_id: int) -> dict[str, int]:
        """``seen=`` for a guarded service call (ProjectSession.seen)."""
        ...


class Command(QUndoCommand):
    def __init__(self, text: str, host: Host):
        super().__init__(text)
        self._host = host
        self._service = host.service
        self._done = True  # pushed after the action ran

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._step(self._apply)

    def undo(self) -> None:
        self._step(self._revert)

    def _step(self, step: Callable[[], Changes]) -> None:
        # Qt calls these from C++, where a Python exception would be printed and lost.
        changes: Changes = None
        try:
            changes = step()
        except ProjectError as error:
            changes = self._refused(error)
        self._host.changed(changes)

    def _refused(self, error: ProjectError) -> Changes:
        """The database did not change: this step is dropped so the history still matches
        it, the user told why; the views are shown what to update."""
        self.setObsolete(True)
        self._host.report(
            translate("Command", "“{step}” could not be undone or redone: {error}").format(
                step=self.text(), error=text_of(error)
            )
        )
        # Someone else changed it since (a shared project): shown as it now is.
        return upserted(error.current) if isinstance(error, ConflictError) else upserted()

    def _apply(self) -> Changes:
        raise NotImplementedError

    def _revert(self) -> Changes:
        raise NotImplementedError


class CreateAnnotation(Command):
    def __init__(self, created: AnnotationInfo, host: Host):
        super().__init__(translate("Command", "Tag passage"), host)
        self._snapshot = created

    def _apply(self) -> Changes:
        return upserted(self._service.restore_annotation(self._snapshot))

    def _revert(self) -> Changes:
        ident = self._snapshot.id
        self._snapshot = self._service.delete_annotation(ident, **self._host.seen(ident))
        return removed(ident)


class DeleteAnnotation(Command):
    def __init__(self, deleted: AnnotationInfo, host: Host):
        super().__init__(translate("Command", "Delete annotation"), host)
        self._snapshot = deleted

    def _apply(self) -> Changes:
        ident = self._snapshot.id
        self._snapshot = self._service.delete_annotation(ident, **self._host.seen(ident))
        return removed(ident)

    def _revert(self) -> Changes:
        return upserted(self._service.restore_annotation(self._snapshot))


class ChangeTags(Command):
    def __init__(
        self,
        text: str,
        annotation: AnnotationInfo,
        added: tuple[int, ...],
        removed: tuple[int, ...],
        host: Host,
    ):
        super().__init__(text, host)
        self._annotation_id = annotation.id
        self._added = added
        self._removed = removed

    def _apply(self) -> Changes:
        return self._change(self._added, self._removed)

    def _revert(self) -> Changes:
        return self._change(self._removed, self._added)

    def _change(self, adding: tuple[int, ...], removing: tuple[int, ...]) -> Changes:
        updated, ident = None, self._annotation_id
        guard = self._host.seen(ident)
        if adding:
            updated = self._service.add_tags(ident, adding, **guard)
            if guard:  # its own change counted up the version
                guard = {"seen": updated.version}
        if removing:
            updated = self._service.remove_tags(ident, removing, **guard)
        assert updated is not None  # a change adds or removes at least one tag
        return upserted(updated)


class SetNote(Command):
    """Typing in the note editor saves often; consecutive saves merge into one undo step."""

    def __init__(self, annotation: AnnotationInfo, old: str, new: str, host: Host):
        super().__init__(translate("Command", "Edit note"), host)
        self._annotation_id = annotation.id
        self._old = old
        self._new = new

    def id(self) -> int:
        return NOTE_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetNote) or other._annotation_id != self._annotation_id:
            return False
        self._new = other._new
        return True

    def _apply(self) -> Changes:
        return self._set(self._new)

    def _revert(self) -> Changes:
        return self._set(self._old)

    def _set(self, note: str) -> Changes:
        ident = self._annotation_id
        return upserted(self._service.set_note(ident, note, **self._host.seen(ident)))


class DismissSuggestion(Command):
    def __init__(self, suggestion: Suggestion, host: Host):
        super().__init__(translate("Command", "Dismiss suggestion"), host)
        self._suggestion = suggestion

    def _apply(self) -> Changes:
        self._service.suggestions.dismiss(self._suggestion)
        return upserted()

    def _revert(self) -> Changes:
        self._service.suggestions.undismiss(self._suggestion)
        return upserted()


class SetSpan(Command):
    def __init__(self, before: AnnotationInfo, after: AnnotationInfo, host: Host):
        super().__init__(translate("Command", "Change passage"), host)
        self._before = (before.id, before.start, before.end)
        self._after = (after.id, after.start, after.end)

    def _apply(self) -> Changes:
        return upserted(self._service.set_span(*self._after, **self._host.seen(self._after[0])))

    def _revert(self) -> Changes:
        return upserted(self._service.set_span(*self._before, **self._host.seen(self._before[0])))


class TagPassages(Command):
    """Tags applied to many passages (search results) at once: one step, one transaction."""

    def __init__(self, tagging: Tagging, host: Host):
        text = plural(
            len(tagging.after),
            translate("Command", "Tag {n} passage"),
            translate("Command", "Tag {n} passages"),
        )
        super().__init__(text, host)
        self._tagging = tagging

    def _apply(self) -> Changes:
        self._tagging = self._service.retag_passages(self._tagging)
        return self._tagging.after, ()

    def _revert(self) -> Changes:
        remaining = self._service.untag_passages(self._tagging)
        return remaining, tuple(a.id for a in self._tagging.created)


class UpdateDocument(Command):
    def __init__(self, before: DocumentInfo, after: DocumentInfo, host: Host):
        text = translate("Command", "Edit properties of “{title}”").format(title=after.title)
        super().__init__(text, host)
        self._before, self._after = before, after

    def _set(self, info: DocumentInfo) -> Changes:
        self._service.update_document(
            info.id, title=info.title, language=info.language, source=info.source,
            url=info.url, author=info.author, published=info.published,
        )  # fmt: skip
        return None  # documents are few: the views reload

    def _apply(self) -> Changes:
        return self._set(self._after)

    def _revert(self) -> Changes:
        return self._set(self._before)


class DeleteDocument(Command):
    def __init__(self, snapshot: DocumentSnapshot, host: Host):
        text = translate("Command", "Delete document “{title}”")
        super().__init__(text.format(title=snapshot.document.title), host)
        self._snapshot = snapshot

    def _apply(self) -> Changes:
        self._snapshot = self._service.delete_document(self._snapshot.document.id)
        return None

    def _revert(self) -> Changes:
        self._service.restore_document(self._snapshot)
        return None
