"""Plain, frozen records the service hands out: the UI never sees live ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class ProjectInfo:
    uuid: str
    name: str
    path: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: int
    uuid: str
    title: str
    language: str
    source: str
    url: str
    author: str
    published: str
    original_filename: str
    length: int
    text_sha256: str
    imported_at: datetime
    position: int
    annotation_count: int = 0
    orphan_count: int = 0  # annotations a replaced text no longer holds


@dataclass(frozen=True, slots=True)
class TagInfo:
    id: int
    uuid: str
    name: str
    kind: str
    parent_id: int | None
    colour: str
    description: str
    shortcut: str
    position: int
    count: int = 0


@dataclass(frozen=True, slots=True)
class AnnotationInfo:
    id: int
    uuid: str
    document_id: int
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    note: str
    coder: str
    created_at: datetime
    updated_at: datetime
    tag_ids: tuple[int, ...]
    orphan: bool = False  # not found in a replaced text: start and end are only a guess
    # Counted up by every change (model.Annotation.version). Not part of equality: it
    # says which state a user saw, not what the annotation holds.
    version: int = field(default=1, compare=False)


@dataclass(frozen=True, slots=True)
class AliasInfo:
    id: int
    tag_id: int
    text: str
    language: str


@dataclass(frozen=True, slots=True)
class TagSnapshot:
    """Everything deleting a tag removes, so that undo can put all of it back."""

    tag: TagInfo
    annotation_ids: tuple[int, ...]  # annotations that carried the tag
    child_ids: tuple[int, ...]  # sub-tags lifted out when it went
    aliases: tuple[AliasInfo, ...]
    dismissals: tuple[tuple[int, int, int], ...] = ()  # (document id, start, end)


@dataclass(frozen=True, slots=True)
class MergeSnapshot:
    """A merge of ``source`` into ``target_id``; ``moved`` are the links the target gained."""

    source: TagSnapshot
    target_id: int
    moved: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Tagging:
    """Tags applied to many passages at once: what was created, and what gained tags."""

    created: tuple[AnnotationInfo, ...]
    # (annotation id, tags it gained, when it was last changed before: undo restores it)
    extended: tuple[tuple[int, tuple[int, ...], datetime], ...]
    after: tuple[AnnotationInfo, ...]  # every annotation touched, as it now is


@dataclass(frozen=True, slots=True)
class DocumentSnapshot:
    """Everything deleting a document removes, so that undo can put all of it back."""

    document: DocumentInfo
    text: str
    annotations: tuple[AnnotationInfo, ...]
    dismissals: tuple[tuple[int, int, int], ...]  # (tag id, start, end)
