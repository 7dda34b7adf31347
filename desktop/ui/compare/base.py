"""What every Compare view is given, and how it says which passage the user chose.

The views only draw: the numbers come from ``desktop.core.analysis`` over the annotations
the session holds, so every view shows the committed state and updates when it changes.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.core import analysis
from desktop.core.records import AnnotationInfo, DocumentInfo, TagInfo

KINDS_FIRST = ("actor", "theme")  # the usual kinds lead; any other kind follows by name


@dataclass(frozen=True)
class CompareData:
    """The project as the views see it: documents in project order (those open in the
    reader listed in ``open_ids``, in reader order), tags, every annotation."""

    documents: tuple[DocumentInfo, ...]
    tags: tuple[TagInfo, ...]
    annotations: tuple[AnnotationInfo, ...]
    open_ids: tuple[int, ...] = ()
    # The annotations per document in reading order, when the caller holds them so
    # (the window's session does: regrouping 100,000 took 60 ms per refresh).
    grouped: Mapping[int, Sequence[AnnotationInfo]] | None = None

    @functools.cached_property
    def _by_document(self) -> Mapping[int, Sequence[AnnotationInfo]]:
        if self.grouped is not None:
            return self.grouped
        grouped: dict[int, list[AnnotationInfo]] = {}
        for annotation in self.annotations:
            grouped.setdefault(annotation.document_id, []).append(annotation)
        return grouped

    def annotations_in(self, document_ids: Iterable[int]) -> list[AnnotationInfo]:
        """The annotations of these documents only: a view of a few documents need not
        walk the whole project's (0.3 s per change on 100,000 annotations)."""
        grouped = self._by_document
        return [a for d in document_ids for a in grouped.get(d, ())]

    def document(self, document_id: int) -> DocumentInfo | None:
        return next((d for d in self.documents if d.id == document_id), None)

    def kinds(self) -> list[str]:
        present = {t.kind for t in self.tags}
        return [k for k in KINDS_FIRST if k in present] + sorted(present - set(KINDS_FIRST))

    def tags_of_kind(self, kind: str) -> list[TagInfo]:
        return [t for t in self.tags if t.kind == kind]

    def columns(self, by: analysis.GroupBy) -> tuple[analysis.Column, ...]:
        return analysis.columns(self.documents, by)

    def tag(self, tag_id: int) -> TagInfo | None:
        return next((t for t in self.tags if t.id == tag_id), None)


class CompareView(QWidget):
    """A view in the Compare dock. ``refresh`` is called with the project after every
    change while the view is shown; ``passageChosen`` asks the window to show an
    annotation in the reader; ``passagesChosen`` to list several (a matrix cell)."""

    passageChosen = Signal(int)  # annotation id
    passagesChosen = Signal(str, list)  # a caption, annotation ids
    _data: CompareData | None = None  # the project as the view last drew it

    @property
    def title(self) -> str:
        """The view's tab, in the interface's language."""
        return ""

    def refresh(self, data: CompareData) -> None:
        raise NotImplementedError

    def drawn_data(self) -> CompareData | None:
        """The project the view last drew."""
        return self._data
