"""The committed state every view shows, read in one go.

After long work off the UI thread (a restore, a text replacement) the worker reads it too,
with a service of its own, so the window's reload does not read 20,000 annotations on the
UI thread (a few hundred milliseconds the window could not answer).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from desktop.core.project import ProjectService
from desktop.core.records import AnnotationInfo, DocumentInfo, TagInfo
from desktop.core.service_base import collection_paused


def reading_order(annotation: AnnotationInfo) -> tuple[int, int, int]:
    return annotation.start, annotation.end, annotation.id


def by_document(annotations: Iterable[AnnotationInfo]) -> dict[int, list[AnnotationInfo]]:
    """Annotations per document, in reading order."""
    grouped: dict[int, list[AnnotationInfo]] = {}
    for annotation in annotations:
        grouped.setdefault(annotation.document_id, []).append(annotation)
    for in_document in grouped.values():
        in_document.sort(key=reading_order)
    return grouped


@dataclass(frozen=True)
class Committed:
    tags: list[TagInfo]
    documents: list[DocumentInfo]
    annotations: dict[int, AnnotationInfo]  # by id
    by_document: dict[int, list[AnnotationInfo]]

    @classmethod
    def read(cls, service: ProjectService) -> Committed:
        """Everything the views show; off the UI thread, ``service`` must be one of its own
        (the window's keeps caches that only the UI thread touches)."""
        annotations = {a.id: a for a in service.annotations()}
        return cls(
            service.tags(), service.documents(), annotations, by_document(annotations.values())
        )


def read_after(service: ProjectService) -> Committed | None:
    """``Committed.read`` at the end of long work that has changed the project; None if it
    failed (the change stands: the window then reads the project itself, and says why)."""
    try:
        return Committed.read(service)
    except Exception:
        return None


@contextlib.contextmanager
def kept_uncollected() -> Iterator[None]:
    """Around long work off the UI thread that reads state the window then keeps (a text
    replaced, re-anchored and read again): Python's cyclic collector is held off while it
    runs, and what it made is frozen (``gc.freeze``, as app.py does once the window shows)
    before the collector resumes. Else its passes over those objects (tens of thousands of
    records) hold the interpreter 40 to 110 ms at a time, in the worker or in the UI
    thread, and the window cannot answer meanwhile. Objects frozen are still freed when
    no longer referenced; the work leaves next to no cyclic garbage (6 objects measured
    for a replacement with 10,000 annotations), which a project switch collects."""
    with collection_paused():
        try:
            yield
        finally:
            gc.freeze()
