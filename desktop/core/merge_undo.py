"""Undo and redo of a merge (``merging.py``): what it added goes and what it updated is
as it was; redo puts back the very same rows, since ids are never reused and later steps
of the undo history name them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from desktop.core.merging import (
    MergeResult,
    _annotations_where,
    _chunks,
    _insert_links,
    _relink,
    _set_rows,
)
from desktop.core.model import Annotation, Document, Tag, TagAlias
from desktop.core.records import AnnotationInfo
from desktop.core.service_base import table, writing

if TYPE_CHECKING:
    from desktop.core.project import ProjectService


@dataclass(frozen=True, slots=True)
class Unmerged:
    """A merge taken back, with all it had written, so that redo puts back the very same
    rows (ids are never reused: a merge planned again would give new ones, and later
    steps of the undo history name the old)."""

    result: MergeResult
    documents: tuple[dict[str, Any], ...]  # rows as they were, texts included
    tags: tuple[dict[str, Any], ...]
    aliases: tuple[dict[str, Any], ...]
    added: tuple[AnnotationInfo, ...]
    updated: tuple[AnnotationInfo, ...]  # the updated annotations as the merge left them


def unmerge(service: ProjectService, result: MergeResult) -> Unmerged:
    """Take a merge back: what it added goes, what it updated is as it was."""
    with writing(service.store) as session:
        documents = _rows_of(session, Document, result.documents)
        tags = _rows_of(session, Tag, result.tags)
        aliases = tuple(
            dict(row._mapping)
            for chunk in _chunks(result.tags)
            for row in session.execute(
                sa_select(table(TagAlias)).where(col(TagAlias.tag_id).in_(chunk))
            )
        )
        added = tuple(_annotations_where(session, col(Annotation.id), result.annotations).values())
        replaced = [a.id for a in result.replaced]
        updated = tuple(_annotations_where(session, col(Annotation.id), replaced).values())
        for chunk in _chunks(result.annotations):
            session.execute(delete(Annotation).where(col(Annotation.id).in_(chunk)))
        _restore(session, result.replaced, set(result.tags))
        for chunk in _chunks(result.tags):
            session.execute(delete(Tag).where(col(Tag.id).in_(chunk)))
        for chunk in _chunks(result.documents):
            session.execute(delete(Document).where(col(Document.id).in_(chunk)))
    for document_id in result.documents:
        service.search.forget(document_id)
    return Unmerged(result, documents, tags, aliases, added, updated)


def remerge(service: ProjectService, undone: Unmerged) -> MergeResult:
    """Redo a merge taken back by ``unmerge``: the same rows under the same ids."""
    with writing(service.store) as session:
        if undone.documents:
            session.execute(table(Document).insert(), list(undone.documents))
        if undone.tags:
            parents = [{**row, "parent_id": None} for row in undone.tags]
            session.execute(table(Tag).insert(), parents)
            _set_parents(session, undone.tags)
        if undone.aliases:
            session.execute(table(TagAlias).insert(), list(undone.aliases))
        rows = [
            {"id": a.id, "uuid": a.uuid, "document_id": a.document_id, "start": a.start,
             "end": a.end, "quote": a.quote, "prefix": a.prefix, "suffix": a.suffix,
             "note": a.note, "coder": a.coder, "created_at": a.created_at,
             "updated_at": a.updated_at, "orphan": a.orphan}
            for a in undone.added
        ]  # fmt: skip
        if rows:
            session.execute(table(Annotation).insert(), rows)
        _insert_links(session, [(a.id, t) for a in undone.added for t in a.tag_ids])
        _restore(session, undone.updated, set())
    return undone.result


def _restore(session: Session, versions: Sequence[AnnotationInfo], gone: set[int]) -> None:
    """Put annotations back as ``versions`` holds them, leaving out tags in ``gone``."""
    rows = [
        {"row_id": a.id, "start": a.start, "end": a.end, "quote": a.quote,
         "prefix": a.prefix, "suffix": a.suffix, "note": a.note, "coder": a.coder,
         "updated_at": a.updated_at, "orphan": a.orphan}
        for a in versions
    ]  # fmt: skip
    _set_rows(session, rows)
    _relink(session, {a.id: [t for t in a.tag_ids if t not in gone] for a in versions})


def _rows_of(
    session: Session, model: type[Document] | type[Tag], ids: Sequence[int]
) -> tuple[dict[str, Any], ...]:
    found: list[dict[str, Any]] = []
    rows = table(model)
    for chunk in _chunks(ids):
        found += [
            dict(r._mapping) for r in session.execute(sa_select(rows).where(rows.c.id.in_(chunk)))
        ]
    return tuple(found)


def _set_parents(session: Session, tags: Sequence[dict[str, Any]]) -> None:
    rows = [{"row_id": t["id"], "parent_id": t["parent_id"]} for t in tags if t["parent_id"]]
    if rows:
        tag_table = table(Tag)
        session.execute(
            tag_table.update()
            .where(tag_table.c.id == bindparam("row_id"))
            .values(parent_id=bindparam("parent_id")),
            rows,
        )
