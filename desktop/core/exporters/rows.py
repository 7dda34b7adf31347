"""Reads for the exports of many annotations: plain rows through SQLAlchemy Core.

``ProjectService.annotations()`` builds a record per annotation with both its times parsed
into datetimes; exporting 100,000 of them spent half its time on that, and then as much
again formatting the 200,000 times back into text. Here the times stay the text SQLite
holds, and ``Stamps`` formats each distinct one once.

``snapshot`` reads all an export writes in one transaction, so a window editing the
project meanwhile cannot make its parts disagree, and counts the rows as they are read,
so an export can be stopped during the read too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import sqlmodel
from sqlalchemy import Select, false, func, select
from sqlmodel import Session

from desktop.core.annotation_rows import COLUMNS, LINKS
from desktop.core.exporters import reporting
from desktop.core.model import Annotation, AnnotationTag, Document, Tag
from desktop.core.records import DocumentInfo, ProjectInfo, TagInfo
from desktop.core.service_base import aware, collection_paused, record, table

if TYPE_CHECKING:
    from desktop.core.project import ProjectService

# COLUMNS (annotation_rows): (id, uuid, document id, start, end, quote, prefix, suffix,
# note, coder, created_at, updated_at), the times as stored.
AnnotationRow = tuple[int, str, int, int, int, str, str, str, str, str, str, str]

_ANNOTATION = table(Annotation).c
_DOCUMENT = table(Document).c
_TAG = table(Tag).c


# SQLite's length() counts code points in text, as Python does.
_DOCUMENT_COLUMNS = (
    *(_DOCUMENT[f.name] for f in fields(DocumentInfo)
      if f.name not in ("length", "annotation_count", "orphan_count")),
    func.length(_DOCUMENT.text).label("length"),
)  # fmt: skip


BATCH = 1000  # rows read between two counts to the export's progress


@dataclass(frozen=True, slots=True)
class Annotations:
    """Every annotation but orphans (their offsets would be wrong), in reading order:
    document position, start, end (then id, so equal passages keep one order)."""

    rows: Sequence[AnnotationRow]
    tags: dict[int, tuple[int, ...]]  # annotation id → its tag ids, ascending; none: absent


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What an export writes, read in one transaction: a consistent state of the project
    even while a window (or another process) edits it."""

    info: ProjectInfo
    documents: list[DocumentInfo]
    tags: list[TagInfo]
    annotations: Annotations
    texts: dict[int, str]  # document id → text; empty unless asked for


def snapshot(
    service: ProjectService, progress: reporting.Progress | None, *, with_texts: bool = False
) -> tuple[Snapshot, reporting.Counter]:
    """Read the export's snapshot, and count its steps to ``progress``: each annotation
    and tag link as it is read, then each annotation as the file is made of it (the
    returned counter's ``over``)."""
    with collection_paused(), service.store.read() as session:
        counter = reporting.Counter(progress, steps(session, orphans=False))
        info = service.info_in(session)
        tags = tag_records(session)
        listed = documents(session)
        found = annotation_rows(session, counter)
        found_texts = texts(session) if with_texts else {}
    return Snapshot(info, listed, tags, found, found_texts), counter


def steps(session: Session, *, orphans: bool) -> int:
    """An export's steps (``snapshot``): its annotations twice and every tag link once."""
    annotations = select(func.count()).select_from(table(Annotation))
    if not orphans:
        annotations = annotations.where(_ANNOTATION.orphan == false())
    links = select(func.count()).select_from(table(AnnotationTag))
    counted: int = 2 * session.execute(annotations).scalar_one()
    linked: int = session.execute(links).scalar_one()
    return counted + linked


def read_counted(session: Session, query: Select[Any], counter: reporting.Counter) -> list[Any]:
    """The rows of ``query``, read ``BATCH`` at a time, each counted to ``counter``."""
    result = session.execute(query)
    found: list[Any] = []
    while batch := result.fetchmany(BATCH):
        found += batch
        counter.add(len(batch))
    return found


def annotation_rows(session: Session, counter: reporting.Counter) -> Annotations:
    # The collector held off: it walked the 100,000 rows being made again and again (a
    # third of this read). It runs once when it resumes, so a caller that frees them
    # before that (an export) holds it off around all its work, and it finds nothing.
    with collection_paused():  # in the session's transaction: rows and tag links agree
        position = dict(session.execute(select(_DOCUMENT.id, _DOCUMENT.position)).all())
        query = select(*COLUMNS).where(_ANNOTATION.orphan == false())
        rows = read_counted(session, query, counter)
        tags: dict[int, tuple[int, ...]] = {}
        links = session.execute(LINKS)
        while batch := links.fetchmany(BATCH):
            for annotation_id, tag_id in batch:  # a few each: growing a tuple is quickest
                tags[annotation_id] = (*tags.get(annotation_id, ()), tag_id)
            counter.add(len(batch))
        # Sorted here, a document at a time: SQLite sorting the whole rows took longer
        # than reading them, and one sort with a key made in Python half as long again.
        by_document: dict[int, list[Any]] = {}
        for row in rows:
            by_document.setdefault(row[2], []).append(row)
        rows = []
        for document in sorted(by_document, key=position.__getitem__):
            rows += sorted(by_document[document], key=_READING_ORDER)
    return Annotations(rows, tags)


_READING_ORDER = itemgetter(3, 4, 0)  # start, end, id


def documents(session: Session) -> list[DocumentInfo]:
    """The documents in project order, as ``ProjectService.documents()`` lists them but
    with ``annotation_count`` and ``orphan_count`` left 0: the exports do not use them,
    and counting read every annotation's row (0.3 s for 100,000)."""
    query = select(*_DOCUMENT_COLUMNS).order_by(_DOCUMENT.position, _DOCUMENT.id)
    return [
        record(DocumentInfo, row, annotation_count=0, orphan_count=0)
        for row in session.execute(query)
    ]


def tag_records(session: Session) -> list[TagInfo]:
    """The codebook as ``ProjectService.tags()`` lists it, its usage counts left 0."""
    query = sqlmodel.select(Tag).order_by(_TAG.kind, _TAG.position, _TAG.id)
    return [record(TagInfo, row, count=0) for row in session.exec(query)]


def texts(session: Session) -> dict[int, str]:
    """Every document's text by id."""
    found: dict[int, str] = dict(session.execute(select(_DOCUMENT.id, _DOCUMENT.text)).all())
    return found


# What SQLAlchemy writes for a datetime in SQLite (UTC: the model stores aware times).
_STORED = re.compile(r"[1-9]\d{3}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{6})?")


def utc_seconds(stored: str | datetime) -> str:
    """A stored time as ``2026-01-02T03:04:05Z``: what reading it through the model and
    ``aware(moment).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")`` gives, without the
    datetime when the text has the usual form (it is still parsed: a bad one raises).
    A server's driver hands over the datetime itself."""
    if isinstance(stored, datetime):
        return utc_stamp(stored)
    moment = datetime.fromisoformat(stored)  # as SQLAlchemy reads it
    if moment.tzinfo is None and _STORED.fullmatch(stored):
        return f"{stored[:10]}T{stored[11:19]}Z"
    return utc_stamp(moment)


def utc_stamp(moment: datetime, *, exact: bool = False) -> str:
    """A time in UTC as ``2026-01-02T03:04:05Z`` (a naive one is taken as UTC), the form
    every export writes. ``exact`` (ISO 8601) adds the fraction when the time has one (the
    model keeps whole seconds), so a time read back is the same instant to the microsecond."""
    moment = aware(moment).astimezone(UTC)
    if exact:
        plain = moment.replace(tzinfo=None)
        return plain.isoformat(timespec="microseconds" if plain.microsecond else "seconds") + "Z"
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class Stamps(dict[str, str]):
    """Stored time → its ``utc_seconds`` form, each distinct time formatted once (the
    annotations tagged in one go share theirs). ``stamps[stored]`` looks up or formats."""

    def __missing__(self, stored: str) -> str:
        self[stored] = formatted = utc_seconds(stored)
        return formatted


class ExactStamps(dict[datetime, str]):
    """``Stamps`` for datetimes: each distinct time's ``utc_stamp(moment, exact=True)``
    form, formatted once. ``stamps[moment]`` looks up or formats."""

    def __missing__(self, moment: datetime) -> str:
        self[moment] = formatted = utc_stamp(moment, exact=True)
        return formatted
