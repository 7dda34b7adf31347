"""Undo and redo routed through one gate, and the note saves that arrive meanwhile held.

A replaced text's undo, or a merge's, runs in the background while timers still fire, and
a step pushed meanwhile would put the history out of step with the project."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction

from desktop.ui.annotations.annotations_dock import AnnotationsDock
from desktop.ui.session import ProjectSession


class HistorySteps:
    def __init__(
        self,
        session: ProjectSession,
        annotations: AnnotationsDock,
        undo: QAction,
        redo: QAction,
    ) -> None:
        self.session = session
        self.annotations = annotations
        self._busy = False
        self._held_notes: list[tuple[int, str]] = []  # note saves that came meanwhile
        for action, step in ((undo, session.undo_stack.undo), (redo, session.undo_stack.redo)):
            action.triggered.disconnect()
            action.triggered.connect(lambda _checked=False, step=step: self.step(step))

    @property
    def busy(self) -> bool:
        """An undo or redo is under way (it may be running in a thread)."""
        return self._busy

    def step(self, step: Callable[[], None]) -> None:
        """Undo or redo one step, with typing in the note saved first (the latest step,
        so it is the one undone); nothing else enters the history until it is done."""
        if self._busy:
            return
        self.annotations.inspector.save_note()
        self._busy = True
        try:
            step()
        finally:
            self._busy = False
        held, self._held_notes = self._held_notes, []
        for annotation_id, note in held:
            self.save_note(annotation_id, note)

    def save_note(self, annotation_id: int, note: str) -> None:
        if self._busy:  # saved as a step of its own once the undo or redo is done
            self._held_notes.append((annotation_id, note))
            return
        annotation = self.session.annotation(annotation_id)
        if annotation is None:
            return
        saved = self.session.set_note(annotation, note) is not None
        if not saved:  # go back to the note, so the typed text is in front of the user
            self.annotations.select(annotation_id)
        self.annotations.inspector.mark_note_saved(annotation_id, note, saved)
