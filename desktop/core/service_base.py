"""What every service shares: its errors, its transactions, turning rows into records, and
inserting many rows at once."""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Select, Table
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session, SQLModel

from desktop.core import search_index
from desktop.core.messages import QT_TRANSLATE_NOOP
from desktop.core.project_store import ProjectStore
from desktop.core.records import AnnotationInfo

R = TypeVar("R")


class ProjectError(Exception):
    """An action the user asked for cannot be done; the message says why in plain words."""


class DuplicateDocumentError(ProjectError):
    """The project already holds a document with exactly this text."""

    def __init__(self, title: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Project", "the project already has this text, as “{title}”").format(
                title=title
            )
        )
        self.title = title


class ConflictError(ProjectError):
    """Someone else changed the annotation since the user saw it (a shared project): the
    change was not made; ``current`` is the annotation as it now is."""

    def __init__(self, current: AnnotationInfo) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Project",
                "This annotation was changed elsewhere meanwhile (by another coder of the "
                "shared project, or in another window); your change was not made. It is "
                "shown as it now is.",
            )
        )
        self.current = current


class NotSavedError(ProjectError):
    """The database refused a write (disk full, read-only file…); nothing was changed."""


@contextlib.contextmanager
def writing(store: ProjectStore) -> Iterator[Session]:
    """One transaction for one user action; a refused write becomes NotSavedError.

    Locked, full, read-only or damaged databases all raise a DatabaseError subclass; the
    transaction is rolled back, so nothing of the action is left behind.
    """
    try:
        with store.write() as session:
            yield session
    except DatabaseError as error:
        reason = store.write_failure(error)
        unsaved = QT_TRANSLATE_NOOP("Project", "The change was not saved to {path}: {reason}.")
        raise NotSavedError(unsaved.format(path=store.location, reason=reason)) from error


def aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def record(kind: type[R], row: Any, **computed: Any) -> R:
    """A frozen record from a row: same-named fields copied, times made UTC-aware."""
    values = dict(computed)
    for name in _field_names(kind):  # type: ignore[arg-type]
        if name not in values:
            value = getattr(row, name)
            values[name] = aware(value) if isinstance(value, datetime) else value
    return kind(**values)


def driver_rows(session: Session, query: Select[Any]) -> Iterator[Sequence[Any]]:
    """The rows of ``query`` in the session's transaction, as the driver's tuples, one at a
    time: no result processing (a column's type is the caller's to apply) and no second
    copy of the rows (100,000 annotations held twice were 40 MB more at the peak)."""
    session.flush()  # as the ORM's own reads do: they see what the session has pending
    connection = session.connection()
    compiled = query.compile(dialect=connection.dialect)
    values = compiled.construct_params()
    names = compiled.positiontup  # SQLite's "?" placeholders; a server's are named
    parameters = values if names is None else tuple(values[name] for name in names)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled), parameters)
        while batch := cursor.fetchmany(1_000):
            yield from batch
    finally:
        cursor.close()


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def table(model: type[SQLModel]) -> Table:
    """A model's Core table: many rows go in through one executemany, without the ORM's
    bookkeeping per row (a third of the time of a merge of 30,000 annotations)."""
    found: Table = model.__table__  # type: ignore[attr-defined]
    return found


def insert_rows(
    session: Session, model: type[SQLModel], columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """INSERT rows given as tuples of ``columns``, many rows to a statement, as Core's
    "insertmanyvalues" does and within its limits. Core's own executemany builds, checks
    and processes a dictionary of parameters per row (half the time of inserting 100,000
    annotations); and a statement per row made SQLite's full-text index write its
    pending words to disk after each (its savepoint per statement), which a trigger on
    the table had it do (notes: 10,000 of them took half a second). Values still go
    through each column type's bind processor: stored exactly as Core stores them."""
    listed = list(rows)
    if not listed:
        return
    connection = session.connection()
    dialect = connection.dialect
    found = table(model)
    if dialect.paramstyle != "qmark":  # a server: its driver's own batched executemany
        connection.execute(found.insert(), [dict(zip(columns, row, strict=True)) for row in listed])
        return
    compiled = found.insert().compile(dialect=dialect, column_keys=list(columns))
    names = list(compiled.positiontup or ())
    if sorted(names) != sorted(columns):  # a column unknown, or one Core fills by default
        raise ValueError(f"{found.name}: inserting {columns}, not {names}")
    order = [columns.index(name) for name in names]
    processors = [
        (at, process)
        for at, name in enumerate(columns)
        if (process := found.c[name].type.dialect_impl(dialect).bind_processor(dialect))
    ]
    if processors:
        listed = _processed(listed, processors)
    if order != list(range(len(columns))):
        listed = [tuple(row[at] for at in order) for row in listed]
    head, values, one = str(compiled).rpartition(" VALUES ")
    assert values and one.startswith("("), compiled
    per = max(1, min(dialect.insertmanyvalues_page_size,
                     dialect.insertmanyvalues_max_parameters // len(columns)))  # fmt: skip
    full = f"{head} VALUES {', '.join([one] * per)}"
    for at in range(0, len(listed), per):
        part = listed[at : at + per]
        statement = full if len(part) == per else f"{head} VALUES {', '.join([one] * len(part))}"
        connection.exec_driver_sql(statement, tuple(itertools.chain.from_iterable(part)))


# Adding at least this many rows, and more than the table has, they go in with its
# indexes set aside (``indexes_made_after``).
BULK_ROWS = 10_000


@contextlib.contextmanager
def indexes_made_after(
    session: Session, model: type[Any], adding: int, notes_after: int | None = None
) -> Iterator[None]:
    """SQLite, many rows going into a table that holds fewer: its indexes dropped while
    they go in and made again after, in the same transaction (a failure rolls both back).
    Each uuid put into its index lands somewhere in the tree (uuids are random); an
    index made afresh sorts them all at once: inserting 100,000 annotations took 0.8 s of
    CPU, 0.5 s so. The statements are the schema's own, read back from it. Not for a few
    rows added to many: that would sort all of them again for the few. With
    ``notes_after`` (annotations; the largest id before), their notes are indexed in one
    statement after them too (``search_index.NOTES_AFTER``)."""
    connection = session.connection()
    name = table(model).name
    if connection.dialect.name != "sqlite" or adding < BULK_ROWS:
        yield
        return
    held = connection.exec_driver_sql(f'SELECT count(*) FROM "{name}"').scalar() or 0
    aside = connection.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL"
        " AND (type = 'index' OR name = ?)",  # not those a constraint makes: never dropped
        (name, search_index.NOTE_TRIGGER if notes_after is not None else ""),
    ).all()
    if adding <= held or not aside:
        yield
        return
    for kind, thing, _ in aside:
        connection.exec_driver_sql(f'DROP {kind.upper()} "{thing}"')
    yield
    if any(kind == "trigger" for kind, _, _ in aside):
        connection.exec_driver_sql(search_index.NOTES_AFTER, (notes_after,))
    for _, _, statement in aside:
        connection.exec_driver_sql(statement)


def _processed(rows: list[Sequence[Any]], processors: list[tuple[int, Any]]) -> list[Sequence[Any]]:
    # Values repeat (a file's annotations often share their times): each is processed once.
    known = [(at, {value: process(value) for value in {row[at] for row in rows}})
             for at, process in processors]  # fmt: skip
    result: list[Sequence[Any]] = []
    for row in rows:
        values = list(row)
        for at, processed in known:
            values[at] = processed[values[at]]
        result.append(values)
    return result


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while a bulk step makes millions of
    objects that all live on (parsed JSON, rows to insert): it would walk them again and
    again, more than half the time of parsing a 100 MB file. Collection resumes after."""
    if not gc.isenabled():  # already held off, by an enclosing step
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
