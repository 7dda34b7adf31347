"""Reads for the exports of many annotations: plain rows through SQLAlchemy Core.

``ProjectService.annotations()`` builds a record per annotation with both its times parsed
into datetimes; exporting 100,000 of them spent half its time on that, and then as much
again formatting the 200,000 times back into text. Here the times stay the text SQLite
holds, and ``Stamps`` formats each distinct one once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, false, func, select, type_coerce

from desktop.core.model import Annotation, AnnotationTag, Document
from desktop.core.records import DocumentInfo
from desktop.core.service_base import aware, collection_paused, record, table
from desktop.core.store import Store

# (id, uuid, document id, start, end, quote, prefix, suffix, note, coder, created_at,
# updated_at), the times as stored.
AnnotationRow = tuple[int, str, int, int, int, str, str, str, str, str, str, str]

_ANNOTATION = table(Annotation).c
_LINK = table(AnnotationTag).c
_DOCUMENT = table(Document).c
_COLUMNS = (
    _ANNOTATION.id, _ANNOTATION.uuid, _ANNOTATION.document_id, _ANNOTATION.start,
    _ANNOTATION.end, _ANNOTATION.quote, _ANNOTATION.prefix, _ANNOTATION.suffix,
    _ANNOTATION.note, _ANNOTATION.coder,
    type_coerce(_ANNOTATION.created_at, String), type_coerce(_ANNOTATION.updated_at, String),
)  # fmt: skip


# SQLite's length() counts code points in text, as Python does.
_DOCUMENT_COLUMNS = (
    *(_DOCUMENT[f.name] for f in fields(DocumentInfo)
      if f.name not in ("length", "annotation_count", "orphan_count")),
    func.length(_DOCUMENT.text).label("length"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Annotations:
    """Every annotation but orphans (their offsets would be wrong), in reading order:
    document position, start, end (then id, so equal passages keep one order)."""

    rows: Sequence[AnnotationRow]
    tags: dict[int, tuple[int, ...]]  # annotation id → its tag ids, ascending; none: absent


def annotation_rows(store: Store) -> Annotations:
    # The collector held off: it walked the 100,000 rows being made again and again (a
    # third of this read). It runs once when it resumes, so a caller that frees them
    # before that (an export) holds it off around all its work, and it finds nothing.
    with collection_paused():
        with store.read() as session:  # one snapshot: rows and tag links agree
            position = dict(session.execute(select(_DOCUMENT.id, _DOCUMENT.position)).all())
            query = select(*_COLUMNS).where(_ANNOTATION.orphan == false())
            rows: list[Any] = list(session.execute(query).all())
            links = session.execute(
                select(_LINK.annotation_id, _LINK.tag_id).order_by(
                    _LINK.annotation_id, _LINK.tag_id
                )
            ).all()
        # Sorted here: SQLite sorting the whole rows took longer than reading them.
        rows.sort(key=lambda row: (position[row[2]], row[3], row[4], row[0]))
        tags: dict[int, tuple[int, ...]] = {}
        for annotation_id, tag_id in links:  # a few each: growing a tuple is quickest
            tags[annotation_id] = (*tags.get(annotation_id, ()), tag_id)
    return Annotations(rows, tags)


def documents(store: Store) -> list[DocumentInfo]:
    """The documents in project order, as ``ProjectService.documents()`` lists them but
    with ``annotation_count`` and ``orphan_count`` left 0: the exports do not use them,
    and counting read every annotation's row (0.3 s for 100,000)."""
    query = select(*_DOCUMENT_COLUMNS).order_by(_DOCUMENT.position, _DOCUMENT.id)
    with store.read() as session:
        return [
            record(DocumentInfo, row, annotation_count=0, orphan_count=0)
            for row in session.execute(query)
        ]


def texts(store: Store) -> dict[int, str]:
    """Every document's text by id, in one read."""
    with store.read() as session:
        found: dict[int, str] = dict(session.execute(select(_DOCUMENT.id, _DOCUMENT.text)).all())
        return found


# What SQLAlchemy writes for a datetime in SQLite (UTC: the model stores aware times).
_STORED = re.compile(r"[1-9]\d{3}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{6})?")


def utc_seconds(stored: str) -> str:
    """A stored time as ``2026-01-02T03:04:05Z``: what reading it through the model and
    ``aware(moment).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")`` gives, without the
    datetime when the text has the usual form (it is still parsed: a bad one raises)."""
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
