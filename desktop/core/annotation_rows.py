"""Annotation rows ↔ ``AnnotationInfo`` records: reading them (in bulk straight from the
driver, or one through the ORM) and putting them in (a new one through Core, a deleted
one back under its id). ``ProjectService`` decides what to read and write; this is how.

The column list and the tag-link query are shared with the exports' reads
(``exporters.rows``), which keep the times as stored text instead of datetimes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from datetime import datetime
from operator import attrgetter
from typing import Any

from sqlalchemy import String, type_coerce
from sqlalchemy import select as sa_select
from sqlmodel import Session, select

from desktop.core.messages import QT_TRANSLATE_NOOP
from desktop.core.model import Annotation, AnnotationTag, Document
from desktop.core.records import AnnotationInfo
from desktop.core.service_base import (
    ProjectError,
    aware,
    collection_paused,
    driver_rows,
    record,
    table,
)

NO_ANNOTATION = QT_TRANSLATE_NOOP("Project", "That annotation no longer exists.")

_ANNOTATION = table(Annotation).c
_LINK = table(AnnotationTag).c
_DOCUMENT = table(Document).c
# (id, uuid, document id, start, end, quote, prefix, suffix, note, coder, created_at,
# updated_at): the record's fields in its order, the times as SQLite holds them.
COLUMNS = (
    _ANNOTATION.id, _ANNOTATION.uuid, _ANNOTATION.document_id, _ANNOTATION.start,
    _ANNOTATION.end, _ANNOTATION.quote, _ANNOTATION.prefix, _ANNOTATION.suffix,
    _ANNOTATION.note, _ANNOTATION.coder, type_coerce(_ANNOTATION.created_at, String),
    type_coerce(_ANNOTATION.updated_at, String),
)  # fmt: skip
# Every tag link, each annotation's ascending: its tag ids grow sorted as they are read.
LINKS = sa_select(_LINK.annotation_id, _LINK.tag_id).order_by(_LINK.annotation_id, _LINK.tag_id)
_ROWS = sa_select(*COLUMNS, _ANNOTATION.orphan, _ANNOTATION.version)
_INSERTED = tuple(f.name for f in fields(AnnotationInfo) if f.name not in ("id", "tag_ids"))


def _as_is(value: Any) -> Any:
    return value


class StoredTimes(dict[str, datetime]):
    """Stored time → the aware datetime the model reads, each distinct one processed once
    by the column's own type (the annotations tagged in one go share theirs)."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        dialect = session.connection().dialect
        process = _ANNOTATION.created_at.type.dialect_impl(dialect).result_processor(dialect, None)
        # A server's driver hands over datetimes already; SQLite's, the stored text.
        self._process = process or _as_is

    def __missing__(self, stored: str) -> datetime:
        moment = self._process(stored)
        assert isinstance(moment, datetime)  # the columns are NOT NULL
        self[stored] = moment = aware(moment)
        return moment


def read(session: Session, document_id: int | None) -> list[AnnotationInfo]:
    """Every annotation (or a document's), orphans included, in reading order."""
    # Rows straight from the driver, the times as stored: the ORM's processing of each
    # row cost twice what SQLite's reading it did (opening a document with 10,000).
    rows, links = _ROWS, LINKS
    if document_id is None:  # sorted by SQLite: 100,000 sort keys held here were 12 MB
        rows = rows.join(table(Document), _DOCUMENT.id == _ANNOTATION.document_id).order_by(
            _DOCUMENT.position, _ANNOTATION.start, _ANNOTATION.end, _ANNOTATION.id
        )
    else:
        rows = rows.where(_ANNOTATION.document_id == document_id)
        links = links.join(table(Annotation), _ANNOTATION.id == _LINK.annotation_id).where(
            _ANNOTATION.document_id == document_id
        )
    tags_of: dict[int, tuple[int, ...]] = {}
    when = StoredTimes(session)
    coders: dict[str, str] = {}  # a few names, each held once instead of once a row
    # The collector held off while the records are made (they all live on): it walked
    # them again and again, a tenth of opening a document with 10,000.
    with collection_paused():
        for annotation_id, tag_id in driver_rows(session, links):  # ordered: grow sorted
            tags_of[annotation_id] = (*tags_of.get(annotation_id, ()), tag_id)
        # Plain tuples in the record's field order: built directly, it is the hot path.
        found = [
            AnnotationInfo(
                ident, uuid, doc, start, end, quote, prefix, suffix, note,
                coders.setdefault(coder, coder), when[created], when[updated],
                tags_of.get(ident, ()), bool(orphan), version,
            )
            for (ident, uuid, doc, start, end, quote, prefix, suffix, note, coder, created,
                 updated, orphan, version) in driver_rows(session, rows)
        ]  # fmt: skip
    if document_id is not None:  # sorted here: SQLite's sort took longer
        found.sort(key=attrgetter("start", "end", "id"))
    return found


def load(session: Session, annotation_id: int) -> AnnotationInfo:
    """One annotation as it now is in ``session``; ProjectError if it is gone."""
    row = session.get(Annotation, annotation_id)
    if row is None:
        raise ProjectError(NO_ANNOTATION)
    tag_ids = session.exec(
        select(AnnotationTag.tag_id).where(AnnotationTag.annotation_id == annotation_id)
    ).all()
    return _info(row, tag_ids)


def _info(row: Annotation, tag_ids: Iterable[int]) -> AnnotationInfo:
    return record(AnnotationInfo, row, tag_ids=tuple(sorted(tag_ids)))


def insert(session: Session, values: AnnotationInfo, tag_ids: Iterable[int]) -> int:
    """Insert a new annotation (its ``id`` ignored) and its links to ``tag_ids``, in that
    order and without repeats; returns its id."""
    # Core inserts, not an ORM object and its flushes: a third of tagging's CPU time.
    # The column types store the values as the ORM does.
    connection = session.connection()
    inserted = connection.execute(
        table(Annotation).insert(), {name: getattr(values, name) for name in _INSERTED}
    ).inserted_primary_key
    assert inserted is not None
    links = [{"annotation_id": inserted[0], "tag_id": t} for t in dict.fromkeys(tag_ids)]
    if links:
        connection.execute(table(AnnotationTag).insert(), links)
    ident: int = inserted[0]
    return ident


def restore(session: Session, snapshot: AnnotationInfo, tags: set[int | None]) -> None:
    """Insert a deleted annotation again, linked to those of its tags in ``tags``."""
    row = Annotation(
        id=snapshot.id, uuid=snapshot.uuid, document_id=snapshot.document_id,
        start=snapshot.start, end=snapshot.end, quote=snapshot.quote,
        prefix=snapshot.prefix, suffix=snapshot.suffix, note=snapshot.note,
        coder=snapshot.coder, created_at=snapshot.created_at, updated_at=snapshot.updated_at,
        orphan=snapshot.orphan, version=snapshot.version,
    )  # fmt: skip
    session.add(row)
    session.flush()
    for tag_id in snapshot.tag_ids:
        if tag_id in tags:
            session.add(AnnotationTag(annotation_id=snapshot.id, tag_id=tag_id))
    session.flush()
