"""Annotation rows in bulk, for a merge and for taking it back: read by id or uuid, update,
relink to tags. Plain Core statements: ORM objects for 100,000 annotations cost seconds."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ARRAY, Boolean, String, any_, bindparam, delete, func, type_coerce
from sqlalchemy import select as sa_select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlmodel import Session, col

from desktop.core.annotation_rows import StoredTimes
from desktop.core.model import Annotation, AnnotationTag
from desktop.core.records import AnnotationInfo
from desktop.core.service_base import insert_rows, table

UUID_SHAPE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

COLUMNS = (
    *(col(getattr(Annotation, name))
      for name in ("id", "uuid", "document_id", "start", "end", "quote", "prefix", "suffix",
                   "note", "coder")),
    # As stored: the times are read through a cache (they repeat), not one by one.
    type_coerce(col(Annotation.created_at), String),
    type_coerce(col(Annotation.updated_at), String),
    col(Annotation.orphan),
)  # fmt: skip


def annotations_where(
    session: Session, column: Any, values: Sequence[int] | Sequence[str]
) -> dict[str, AnnotationInfo]:
    """Annotations whose ``column`` is one of ``values``, with their tags, by uuid (plain
    rows: ORM objects for 100,000 annotations cost a second)."""
    if not values:
        return {}
    # Core, not the ORM's execution: its bookkeeping per row cost more than the query.
    connection = session.connection()
    rows = connection.execute(sa_select(*COLUMNS).where(one_of(column, values))).all()
    if not rows:
        return {}
    tags: dict[int, list[int]] = defaultdict(list)
    for annotation_id, tag_id in connection.execute(
        sa_select(col(AnnotationTag.annotation_id), col(AnnotationTag.tag_id)).where(
            one_of(col(AnnotationTag.annotation_id), [row[0] for row in rows])
        )
    ).all():
        tags[annotation_id].append(tag_id)
    times = StoredTimes(session)  # each distinct stored time converted once
    found: dict[str, AnnotationInfo] = {}
    for row in rows:
        ident, uuid, document, start, end, quote, prefix, suffix, note, coder = row[:10]
        found[uuid] = AnnotationInfo(
            ident, uuid, document, start, end, quote, prefix, suffix, note, coder,
            times[row[10]], times[row[11]], tuple(sorted(tags.get(ident, ()))), bool(row[12]),
        )  # fmt: skip
    return found


class _OneOf(ColumnElement[bool]):
    """``column IN values`` with the values as one parameter (see ``one_of``)."""

    type = Boolean()
    inherit_cache = False  # the values are part of it: nothing to cache

    def __init__(self, column: Any, values: list[Any]) -> None:
        self.column, self.values = column, values


@compiles(_OneOf)
def _json_each(element: _OneOf, compiler: Any, **kw: Any) -> str:
    # SQLite: a JSON array its json_each reads.
    listed = func.json_each(json.dumps(element.values)).table_valued("value")
    return str(compiler.process(element.column.in_(sa_select(listed.c.value)), **kw))


@compiles(_OneOf, "postgresql")
def _any_array(element: _OneOf, compiler: Any, **kw: Any) -> str:
    # A server: one array parameter, ``column = ANY(array)``.
    array = bindparam(None, element.values, type_=ARRAY(element.column.type))
    return str(compiler.process(element.column == any_(array), **kw))


def one_of(column: Any, values: Sequence[int] | Sequence[str]) -> Any:
    """``column IN values`` with the values as one parameter: one statement for 100,000
    values, where a list of parameters takes hundreds (a statement has at most 32,766),
    each built and compiled anew."""
    return _OneOf(column, list(values))


_SETTABLE = ("start", "end", "quote", "prefix", "suffix", "note", "coder", "updated_at", "orphan")


def set_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    """UPDATE many annotations in one executemany (``row_id`` names each)."""
    if rows:
        annotations = table(Annotation)
        statement = (
            annotations.update()
            .where(annotations.c.id == bindparam("row_id"))
            .values({name: bindparam(name) for name in _SETTABLE})
        )
        session.execute(statement, rows)


def relink(session: Session, wanted: dict[int, list[int]]) -> None:
    """Give each annotation exactly these tags."""
    if wanted:
        links = table(AnnotationTag)
        session.connection().execute(
            delete(links).where(one_of(links.c.annotation_id, list(wanted)))
        )
    insert_links(session, [(a, t) for a, tag_ids in wanted.items() for t in dict.fromkeys(tag_ids)])


def insert_links(session: Session, pairs: list[tuple[int, int]]) -> None:
    insert_rows(session, AnnotationTag, ("annotation_id", "tag_id"), pairs)
