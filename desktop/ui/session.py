"""The window's handle on the open project: actions, undo history and change signals.

Widgets ask the session to do things; the session calls the Qt-free service, records the
change for undo, and announces it, so every view refreshes from the same committed state.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.core.palette import next_colour
from desktop.core.project import ConflictError, ProjectError, ProjectService
from desktop.core.records import AnnotationInfo, DocumentInfo, TagInfo
from desktop.core.suggestions import Suggestion
from desktop.ui import commands, text_commands
from desktop.ui.codebook import commands as codebook_commands
from desktop.ui.committed import Committed, by_document, reading_order
from desktop.ui.core_text import text_of
from desktop.ui.delta import AnnotationDelta
from desktop.ui.i18n import plural, translate
from desktop.ui.kinds import kind_noun
from desktop.ui.text_util import short


class ProjectSession(QObject):
    annotationsChanged = Signal()  # reload every view (``in_steps``: over a few events)
    annotationsEdited = Signal(object)  # an AnnotationDelta: update just these
    codebookChanged = Signal()  # tags changed (names, colours, order), annotations did not
    # A document's text was replaced, or put back (document id, its text now): the views
    # refresh over a few events, the document's panes first (see ``text_replaced``).
    textReplaced = Signal(int, object)
    failed = Signal(str)  # a message for the user: the change was not made
    message = Signal(str)  # a passing status message
    # The coders whose annotations the reader and the Annotations list leave out changed
    # (a view state: nothing is deleted; exports, analysis and agreement see everything).
    hiddenCodersChanged = Signal()

    def __init__(self, service: ProjectService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.undo_stack = QUndoStack(self)
        # The committed state, read once and then kept up to date from the records each
        # action returns (undo and redo included), so a change never re-reads the project.
        self._tags: list[TagInfo] | None = None
        self._documents: list[DocumentInfo] | None = None
        self._annotations: dict[int, AnnotationInfo] | None = None
        self._by_document: dict[int, list[AnnotationInfo]] = {}
        self.hidden_coders: frozenset[str] = frozenset()
        # True while annotationsChanged is said for much changed at once and read off the UI
        # thread (a merge, documents imported): the window's views may follow over a few
        # events (``StagedRefresh.reload``), rather than all in one.
        self.in_steps = False

    # -- reads ------------------------------------------------------------------------

    def tags(self) -> list[TagInfo]:
        """The codebook with usage counts."""
        if self._tags is None:
            self._tags = self.service.tags()
        return self._tags

    def documents(self) -> list[DocumentInfo]:
        """The corpus with annotation counts."""
        if self._documents is None:
            self._documents = self.service.documents()
        return self._documents

    def annotations_by_document(self) -> dict[int, list[AnnotationInfo]]:
        """Every annotation, per document, in reading order (read-only: kept current)."""
        if self._annotations is None:
            self._annotations = {a.id: a for a in self.service.annotations()}
            self._by_document = by_document(self._annotations.values())
        return self._by_document

    def annotations_in(self, document_id: int) -> list[AnnotationInfo]:
        return self.annotations_by_document().get(document_id, [])

    def annotation(self, annotation_id: int) -> AnnotationInfo | None:
        """One annotation as committed now, or None when it no longer exists."""
        self.annotations_by_document()
        assert self._annotations is not None
        return self._annotations.get(annotation_id)

    def document(self, document_id: int) -> DocumentInfo | None:
        return next((d for d in self.documents() if d.id == document_id), None)

    def tag(self, tag_id: int) -> TagInfo | None:
        return next((t for t in self.tags() if t.id == tag_id), None)

    def _with_span(self, document_id: int, start: int, end: int) -> AnnotationInfo | None:
        in_document = self.annotations_in(document_id)
        at = bisect_left(in_document, (start, end, -1), key=reading_order)
        if at < len(in_document) and (in_document[at].start, in_document[at].end) == (start, end):
            return None if in_document[at].orphan else in_document[at]  # its span is a guess
        return None

    # -- coders hidden from view -------------------------------------------------------

    def set_hidden_coders(self, coders: Iterable[str]) -> None:
        """Leave these coders' annotations out of the reader and the Annotations list."""
        hidden = frozenset(coders)
        if hidden != self.hidden_coders:
            self.hidden_coders = hidden
            self.hiddenCodersChanged.emit()

    def shown(self, annotations: Iterable[AnnotationInfo]) -> list[AnnotationInfo]:
        """``annotations`` without those of hidden coders: what the views list and paint."""
        hidden = self.hidden_coders
        return [a for a in annotations if a.coder not in hidden]

    def hidden_count(self) -> int:
        """How many annotations the hidden coders hold (orphans included)."""
        hidden = self.hidden_coders
        if not hidden:
            return 0
        grouped = self.annotations_by_document()
        return sum(1 for found in grouped.values() for a in found if a.coder in hidden)

    def _show_own_work(self, delta: AnnotationDelta) -> None:
        """The user's own coder is shown again once they change one of its annotations
        while hiding it: work just done must not vanish from view without a word."""
        me = self.service.coder
        if me in self.hidden_coders and any(a.coder == me for a in delta.after):
            self.set_hidden_coders(self.hidden_coders - {me})
            said = translate(
                "ProjectSession",
                "Your annotations are shown again: you had hidden them, and changed one.",
            )
            # After the step's own message ("Tagged …"), which would hide this one at once.
            QTimer.singleShot(0, self, lambda: self.message.emit(said))

    # -- actions ----------------------------------------------------------------------

    def _run(self, action: Callable[[], Any], on_error: Callable[[str], None] | None = None) -> Any:
        """Run a service call; a refusal goes to ``on_error`` (a dialog) or ``failed``."""
        try:
            return action()
        except ConflictError as error:
            self._conflicted(error)
            (on_error or self.failed.emit)(text_of(error))
            return None
        except ProjectError as error:
            (on_error or self.failed.emit)(text_of(error))
            return None

    def _conflicted(self, error: ConflictError) -> None:
        """Another coder changed the annotation first: the views show it as it now is."""
        if self._annotations is not None:
            self.changed(commands.upserted(error.current))

    def seen(self, annotation_id: int) -> dict[str, int]:
        """``seen=`` for a guarded service call: on a shared project, the version of the
        annotation this window shows, so a change someone else made since is not overwritten
        unseen. None on a project file: one writer, nothing to guard against."""
        if not self.service.store.shared:
            return {}
        kept = self.annotation(annotation_id)
        return {"seen": kept.version} if kept is not None else {}

    def changed(self, changes: commands.Changes = None) -> None:
        if changes == commands.CODEBOOK:
            self._tags = None
            self.codebookChanged.emit()
        elif changes is None or self._annotations is None:
            self._reload()
        else:
            assert not isinstance(changes, str)
            if delta := self._apply(*changes):  # a dismissed suggestion changes none
                self._show_own_work(delta)
                self.annotationsEdited.emit(delta)

    def _apply(self, upserted: Sequence[AnnotationInfo], removed: Sequence[int]) -> AnnotationDelta:
        """Bring the kept state up to date with one step's records."""
        assert self._annotations is not None
        kept = self._annotations
        before = [kept[i] for i in (*(a.id for a in upserted), *removed) if i in kept]
        for annotation in before:
            in_document = self._by_document[annotation.document_id]
            at = bisect_left(in_document, reading_order(annotation), key=reading_order)
            del in_document[at]
            del kept[annotation.id]
        for annotation in upserted:
            kept[annotation.id] = annotation
            insort(self._by_document.setdefault(annotation.document_id, []), annotation,
                   key=reading_order)  # fmt: skip
        delta = AnnotationDelta(tuple(before), tuple(upserted))
        if self._tags is not None and (uses := delta.tag_uses()):
            self._tags = [replace(t, count=t.count + uses[t.id]) if uses.get(t.id) else t
                          for t in self._tags]  # fmt: skip
        counts, orphans = delta.document_counts(), delta.document_counts(orphans=True)
        if self._documents is not None and (counts or orphans):
            self._documents = [
                replace(d, annotation_count=d.annotation_count + counts[d.id],
                        orphan_count=d.orphan_count + orphans[d.id])
                if counts.get(d.id) or orphans.get(d.id) else d
                for d in self._documents
            ]  # fmt: skip
        return delta

    def _reload(self, committed: Committed | None = None, in_steps: bool = False) -> None:
        """Every view reloads: from ``committed`` (read off the UI thread by the long work
        that changed the project), else from what the views read afresh."""
        if committed is None:
            self._tags = self._documents = self._annotations = None
        else:
            self._tags, self._documents = committed.tags, committed.documents
            self._annotations, self._by_document = committed.annotations, committed.by_document
        self.in_steps = in_steps
        try:
            self.annotationsChanged.emit()
        finally:
            self.in_steps = False

    def reload(self, committed: Committed | None = None) -> None:
        """The project changed outside the undo history (documents imported): show it;
        ``committed``: the state after, read off the UI thread, which the views then show
        over a few events."""
        if committed is None:
            self.changed()
        else:
            self._reload(committed, in_steps=True)

    def restored(self, committed: Committed | None = None) -> None:
        """A backup was put in place of the project (off the UI thread by the Restore
        dialog, desktop/ui/restore_dialog.py, which reads ``committed`` there too): what was
        read from it, and the undo history, go. (Texts the service and its search keep go
        by themselves: each is kept with its hash, and read again once that changed.)"""
        self.undo_stack.clear()
        self._reload(committed)

    def restore_failed(self, error: ProjectError) -> None:
        """A restore was refused; one that failed after copying may have changed the project
        all the same (``BackupError.replaced``), so everything is read again."""
        if getattr(error, "replaced", False):
            self.restored()
        self.failed.emit(text_of(error))

    def record(self, command: QUndoCommand, committed: Committed | None = None) -> None:
        """A step already done elsewhere (a merge, off the UI thread) joins the history;
        ``committed``: the state after it, read there too, which the views then show over a
        few events."""
        if committed is None:
            self._push(command)
        else:
            self.undo_stack.push(command)  # done already: it does not announce itself
            self._reload(committed, in_steps=True)

    def text_replaced(
        self,
        document_id: int,
        text: str,
        committed: Committed | None,
        command: QUndoCommand | None = None,
    ) -> None:
        """A document's text was replaced off the UI thread (``text_flows``; ``command``:
        the new step, which joins the history) or put back there by undo or redo
        (``text_commands.ReplaceText``); ``committed``: the state after it, read there too
        (None: it could not be, so every view reloads from the project)."""
        if command is not None:
            self.undo_stack.push(command)  # done already: it does not announce itself
        if committed is None:
            self._reload()
            return
        self._tags, self._documents = committed.tags, committed.documents
        self._annotations, self._by_document = committed.annotations, committed.by_document
        self.textReplaced.emit(document_id, text)

    def report(self, message: str) -> None:
        self.failed.emit(message)

    def _push(self, command: QUndoCommand, changes: commands.Changes = None) -> None:
        self.undo_stack.push(command)
        self.changed(changes)

    def tag_passage(
        self, document_id: int, start: int, end: int, tag_ids: Sequence[int]
    ) -> AnnotationInfo | None:
        """Tag a passage: adds to an annotation with exactly this span, else creates one."""
        if start >= end or not tag_ids:
            return None
        same = self._with_span(document_id, start, end)
        if same is not None:
            return self.add_tags(same, tag_ids)
        created = self._run(
            lambda: self.service.create_annotation(document_id, start, end, tag_ids)
        )
        if created is not None:
            command = commands.CreateAnnotation(created, self)
            self._push(command, commands.upserted(created))
            names = ", ".join(t.name for t in self.tags() if t.id in created.tag_ids)
            self.message.emit(
                translate("ProjectSession", "Tagged “{quote}” as {tags}.").format(
                    quote=short(created.quote), tags=names
                )
            )
        return created

    def add_tags(self, annotation: AnnotationInfo, tag_ids: Sequence[int]) -> AnnotationInfo | None:
        added = tuple(t for t in dict.fromkeys(tag_ids) if t not in annotation.tag_ids)
        if not added:
            return annotation
        updated = self._run(
            lambda: self.service.add_tags(annotation.id, added, **self.seen(annotation.id))
        )
        if updated is not None:
            label = translate("ProjectSession", "Add tag")
            command = commands.ChangeTags(label, annotation, added, (), self)
            self._push(command, commands.upserted(updated))
        return updated

    def remove_tag(self, annotation: AnnotationInfo, tag_id: int) -> AnnotationInfo | None:
        if tag_id not in annotation.tag_ids:
            return annotation
        updated = self._run(
            lambda: self.service.remove_tags(annotation.id, [tag_id], **self.seen(annotation.id))
        )
        if updated is not None:
            label = translate("ProjectSession", "Remove tag")
            command = commands.ChangeTags(label, annotation, (), (tag_id,), self)
            self._push(command, commands.upserted(updated))
        return updated

    def _current(self, annotation: AnnotationInfo) -> AnnotationInfo | None:
        """``annotation`` as committed now (a view may hold an older copy)."""
        current = self.annotation(annotation.id)
        if current is None:
            self.failed.emit(translate("ProjectSession", "That annotation no longer exists."))
        return current

    def set_span(self, annotation: AnnotationInfo, start: int, end: int) -> AnnotationInfo | None:
        current = self._current(annotation)
        if current is not None and current.orphan:  # undo must make it an orphan again
            return self.place_orphan(current, start, end)
        if current is None or (current.start, current.end) == (start, end):
            return current
        updated = self._run(
            lambda: self.service.set_span(annotation.id, start, end, **self.seen(annotation.id))
        )
        if updated is not None:
            command = commands.SetSpan(current, updated, self)
            self._push(command, commands.upserted(updated))
            self.message.emit(
                translate("ProjectSession", "The passage is now “{quote}”.").format(
                    quote=short(updated.quote)
                )
            )
        return updated

    def set_note(self, annotation: AnnotationInfo, note: str) -> AnnotationInfo | None:
        current = self._current(annotation)
        if current is None or current.note == note:
            return current
        try:
            updated = self.service.set_note(annotation.id, note, **self.seen(annotation.id))
        except ConflictError as error:
            # The note shows the other coder's text; the user's own is kept in the message.
            self._conflicted(error)
            yours = translate("ProjectSession", "Your note, which was not saved:")
            self.failed.emit(f"{text_of(error)}\n\n{yours}\n{note}")
            return error.current  # as when nothing was to change: the note is as it now is
        except ProjectError as error:
            self.failed.emit(text_of(error))
            return None
        if updated is not None:
            command = commands.SetNote(current, current.note, note, self)
            self._push(command, commands.upserted(updated))
        return updated

    def delete_annotation(self, annotation: AnnotationInfo) -> bool:
        deleted = self._run(
            lambda: self.service.delete_annotation(annotation.id, **self.seen(annotation.id))
        )
        if deleted is None:
            return False
        command = commands.DeleteAnnotation(deleted, self)
        self._push(command, commands.removed(deleted.id))
        self.message.emit(
            translate("ProjectSession", "Deleted the annotation on “{quote}”.").format(
                quote=short(deleted.quote)
            )
        )
        return True

    def tag_passages(
        self, passages: Sequence[tuple[int, int, int]], tag_ids: Sequence[int]
    ) -> bool:
        """Tag many (document, start, end) passages as one undo step, one transaction."""
        if not passages or not tag_ids:
            return False
        tagging = self._run(lambda: self.service.tag_passages(passages, tag_ids))
        if tagging is None:
            return False
        names = ", ".join(t.name for t in self.tags() if t.id in tag_ids)
        if not tagging.after:  # every passage carried them already: no step to undo
            self.message.emit(
                translate("ProjectSession", "Those passages are already tagged {tags}.").format(
                    tags=names
                )
            )
            return False
        self._push(commands.TagPassages(tagging, self), (tagging.after, ()))
        self.message.emit(
            plural(
                len(tagging.after),
                translate("ProjectSession", "Tagged {n} passage as {tags}."),
                translate("ProjectSession", "Tagged {n} passages as {tags}."),
                tags=names,
            )
        )
        return True

    # -- documents ----------------------------------------------------------------------

    def update_document(
        self, document: DocumentInfo, on_error: Callable[[str], None] | None = None, **fields: str
    ) -> DocumentInfo | None:
        """Change a document's title, language, outlet, URL, author or date (undoable)."""
        after = self._run(lambda: self.service.update_document(document.id, **fields), on_error)
        if after is not None and after != document:
            self._push(commands.UpdateDocument(document, after, self))
        return after

    def delete_document(self, document: DocumentInfo) -> bool:
        """Delete a document and its annotations (undoable: all of it comes back)."""
        snapshot = self._run(lambda: self.service.delete_document(document.id))
        if snapshot is None:
            return False
        self._push(commands.DeleteDocument(snapshot, self))
        self.message.emit(
            plural(
                len(snapshot.annotations),
                translate("ProjectSession", "Deleted “{title}” and its {n} annotation."),
                translate("ProjectSession", "Deleted “{title}” and its {n} annotations."),
                title=document.title,
            )
        )
        return True

    # -- replacing a document's text, and its orphans ----------------------------------

    def orphans(self, document_id: int | None = None) -> list[AnnotationInfo]:
        """Annotations a replaced text no longer holds, in corpus order."""
        ids = [document_id] if document_id is not None else [d.id for d in self.documents()]
        return [a for d in ids for a in self.annotations_in(d) if a.orphan]

    def place_orphan(
        self, annotation: AnnotationInfo, start: int, end: int
    ) -> AnnotationInfo | None:
        """Anchor an orphan at a passage the user chose (undo makes it an orphan again)."""
        current = self._current(annotation)
        if current is None:
            return None
        updated = self._run(
            lambda: self.service.place_orphan(annotation.id, start, end, **self.seen(annotation.id))
        )
        if updated is not None:
            command = text_commands.PlaceOrphan(current, updated, self)
            self._push(command, commands.upserted(updated))
            self.message.emit(
                translate("ProjectSession", "The annotation now marks “{quote}”.").format(
                    quote=short(updated.quote)
                )
            )
        return updated

    # -- suggestions --------------------------------------------------------------------

    def suggestions(self, document_ids: list[int]) -> list[Suggestion]:
        """Open suggestions in these documents, in their order and reading order."""
        service = self.service
        tags, aliases = self.tags(), service.codebook.aliases()
        coded = self.annotations_by_document()  # already in memory: no re-read
        found: list[Suggestion] = []
        for document_id in document_ids:
            found += service.suggestions.open_suggestions(
                document_id, service.document_text(document_id), tags, aliases,
                coded.get(document_id, []),
            )  # fmt: skip
        return found

    def accept_suggestions(self, suggestions: list[Suggestion]) -> None:
        """Tag each suggested passage; several at once are one undo step."""
        if not suggestions:
            return
        self.undo_stack.beginMacro(
            plural(
                len(suggestions),
                translate("ProjectSession", "Accept suggestion"),
                translate("ProjectSession", "Accept {n} suggestions"),
            )
        )
        try:
            for s in suggestions:
                self.tag_passage(s.document_id, s.start, s.end, [s.tag_id])
        finally:
            self.undo_stack.endMacro()

    def dismiss_suggestion(self, suggestion: Suggestion) -> None:
        try:
            self.service.suggestions.dismiss(suggestion)
        except ProjectError as error:
            self.failed.emit(text_of(error))
            return
        command = commands.DismissSuggestion(suggestion, self)
        self._push(command, commands.upserted())

    # -- codebook -----------------------------------------------------------------------

    def create_tag(
        self,
        name: str,
        kind: str,
        *,
        colour: str | None = None,
        description: str = "",
        shortcut: str = "",
        parent_id: int | None = None,
        aliases: list[tuple[str, str]] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> TagInfo | None:
        colour = colour or next_colour(t.colour for t in self.tags())
        created = self._run(
            lambda: self.service.codebook.create_tag(
                name, kind, colour=colour, description=description, shortcut=shortcut,
                parent_id=parent_id, aliases=aliases or (),
            ),
            on_error,
        )  # fmt: skip
        if created is not None:
            command = codebook_commands.CreateTag(created, self)
            self._push(command, commands.CODEBOOK)
            self.message.emit(
                translate("ProjectSession", "Created the {kind} tag “{name}”.").format(
                    kind=kind_noun(created.kind), name=created.name
                )
            )
        return created

    def update_tag(
        self,
        tag: TagInfo,
        *,
        name: str,
        colour: str,
        description: str,
        shortcut: str,
        aliases: list[tuple[str, str]],
        on_error: Callable[[str], None] | None = None,
    ) -> TagInfo | None:
        """Change a tag's fields and aliases together (one undo step, one transaction)."""
        codebook = self.service.codebook
        before = self._run(lambda: codebook.tag(tag.id), on_error)
        if before is None:
            return None
        old_aliases = [(a.text, a.language) for a in codebook.aliases(tag.id)]
        after = self._run(
            lambda: codebook.update_tag(
                tag.id, name=name, colour=colour, description=description, shortcut=shortcut,
                aliases=aliases,
            ),
            on_error,
        )  # fmt: skip
        if after is None:
            return None
        new_aliases = [(a.text, a.language) for a in codebook.aliases(tag.id)]
        if (after, new_aliases) != (before, old_aliases):
            command = codebook_commands.UpdateTag((before, old_aliases), (after, new_aliases), self)
            self._push(command, commands.CODEBOOK)
        return after

    def move_tag(self, tag: TagInfo, parent_id: int | None, position: int | None) -> TagInfo | None:
        before = self._run(lambda: self.service.codebook.tag(tag.id))
        if before is None:
            return None
        after = self._run(lambda: self.service.codebook.move_tag(tag.id, parent_id, position))
        if after is not None and (after.parent_id, after.position) != (
            before.parent_id,
            before.position,
        ):
            command = codebook_commands.MoveTag(before, after, self)
            self._push(command, commands.CODEBOOK)
        return after

    def delete_tag(self, tag: TagInfo) -> bool:
        snapshot = self._run(lambda: self.service.codebook.delete_tag(tag.id))
        if snapshot is None:
            return False
        self._push(codebook_commands.DeleteTag(snapshot, self))
        self.message.emit(
            plural(
                len(snapshot.annotation_ids),
                translate("ProjectSession", "Deleted the tag “{name}” from {n} annotation."),
                translate("ProjectSession", "Deleted the tag “{name}” from {n} annotations."),
                name=tag.name,
            )
        )
        return True

    def merge_tags(self, source: TagInfo, target: TagInfo) -> bool:
        merge = self._run(lambda: self.service.codebook.merge_tags(source.id, target.id))
        if merge is None:
            return False
        command = codebook_commands.MergeTags(merge, target.name, self)
        self._push(command)
        self.message.emit(
            plural(
                len(merge.moved),
                translate(
                    "ProjectSession", "Merged “{source}” into “{target}”: {n} annotation moved."
                ),
                translate(
                    "ProjectSession", "Merged “{source}” into “{target}”: {n} annotations moved."
                ),
                source=source.name,
                target=target.name,
            )
        )
        return True

    def create_tag_and_apply(
        self,
        name: str,
        kind: str,
        document_id: int,
        start: int,
        end: int,
        also: list[int] | None = None,
    ) -> AnnotationInfo | None:
        """A new tag straight from the picker, applied (with ``also``) to a passage, as one
        undo step. Nothing enters the history when the tag cannot be created."""
        return self._with_new_tag(
            name, kind, translate("ProjectSession", "Tag passage"),
            lambda tag_id: self.tag_passage(document_id, start, end, [*(also or []), tag_id]),
        )  # fmt: skip

    def create_tag_and_tag_passages(
        self,
        name: str,
        kind: str,
        passages: Sequence[tuple[int, int, int]],
        also: list[int] | None = None,
    ) -> bool:
        """A new tag from the picker, applied (with ``also``) to many passages: one step."""
        label = plural(
            len(passages),
            translate("ProjectSession", "Tag {n} passage"),
            translate("ProjectSession", "Tag {n} passages"),
        )
        done = self._with_new_tag(
            name, kind, label, lambda tag_id: self.tag_passages(passages, [*(also or []), tag_id])
        )
        return bool(done)

    def _with_new_tag(self, name: str, kind: str, label: str, apply: Callable[[int], Any]) -> Any:
        colour = next_colour(t.colour for t in self.tags())
        created = self._run(lambda: self.service.codebook.create_tag(name, kind, colour=colour))
        if created is None:
            return None
        self.undo_stack.beginMacro(
            translate("ProjectSession", "{action} with new tag “{name}”").format(
                action=label, name=created.name
            )
        )
        try:
            command = codebook_commands.CreateTag(created, self)
            self._push(command, commands.CODEBOOK)
            return apply(created.id)
        finally:
            self.undo_stack.endMacro()
