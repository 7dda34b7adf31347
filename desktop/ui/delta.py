"""What one step did to the committed annotations, so views can update just that."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from desktop.core.records import AnnotationInfo


@dataclass(frozen=True, slots=True)
class AnnotationDelta:
    before: tuple[AnnotationInfo, ...]  # previous versions of changed and removed annotations
    after: tuple[AnnotationInfo, ...]  # current versions of created and changed annotations

    def __bool__(self) -> bool:
        return bool(self.before or self.after)

    @property
    def document_ids(self) -> set[int]:
        return {a.document_id for a in (*self.before, *self.after)}

    def tag_uses(self, document_ids: set[int] | None = None) -> Counter[int]:
        """How each tag's number of uses changed (in ``document_ids``, or anywhere)."""
        change: Counter[int] = Counter()
        for sign, group in ((-1, self.before), (1, self.after)):
            for annotation in group:
                if document_ids is None or annotation.document_id in document_ids:
                    for tag_id in annotation.tag_ids:
                        change[tag_id] += sign
        return change

    def document_counts(self, orphans: bool = False) -> Counter[int]:
        """How each document's number of annotations (or of orphans) changed."""
        change: Counter[int] = Counter()
        for annotation in self.before:
            if annotation.orphan or not orphans:
                change[annotation.document_id] -= 1
        for annotation in self.after:
            if annotation.orphan or not orphans:
                change[annotation.document_id] += 1
        return change
