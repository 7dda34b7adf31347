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

from desktop.core.merge_plan import MergeResult
from desktop.core.merge_rows import annotations_where, insert_links, one_of, relink, set_rows
from desktop.core.model import Annotation, Document, Tag, TagAlias
from desktop.core.records import AnnotationInfo
from desktop.core.service_base import insert_rows, table, writing

if TYPE_CHECKING:
    from desktop.core.project import ProjectService


_RESTORED = ("id", "uuid", "document_id", "start", "end", "quote", "prefix", "suffix", "note",
             "coder", "created_at", "updated_at", "orphan")  # fmt: skip


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
            for row in session.execute(
                sa_select(table(TagAlias)).where(one_of(col(TagAlias.tag_id), result.tags))
            )
        )
        added = tuple(annotations_where(session, col(Annotation.id), result.annotations).values())
        replaced = [a.id for a in result.replaced]
        updated = tuple(annotations_where(session, col(Annotation.id), replaced).values())
        # One statement each (the notes' index writes its words out after every statement),
        # through Core: no ORM object of these rows is in the session to keep in step.
        connection = session.connection()
        gone = table(Annotation)
        connection.execute(delete(gone).where(one_of(gone.c.id, result.annotations)))
        _restore(session, result.replaced, set(result.tags))
        for model, ids in ((Tag, result.tags), (Document, result.documents)):
            rows = table(model)
            connection.execute(delete(rows).where(one_of(rows.c.id, ids)))
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
            (a.id, a.uuid, a.document_id, a.start, a.end, a.quote, a.prefix, a.suffix, a.note,
             a.coder, a.created_at, a.updated_at, a.orphan)
            for a in undone.added
        ]  # fmt: skip
        insert_rows(session, Annotation, _RESTORED, rows)
        insert_links(session, [(a.id, t) for a in undone.added for t in a.tag_ids])
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
    set_rows(session, rows)
    relink(session, {a.id: [t for t in a.tag_ids if t not in gone] for a in versions})


def _rows_of(
    session: Session, model: type[Document] | type[Tag], ids: Sequence[int]
) -> tuple[dict[str, Any], ...]:
    rows = table(model)
    return tuple(
        dict(r._mapping) for r in session.execute(sa_select(rows).where(one_of(rows.c.id, ids)))
    )


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
