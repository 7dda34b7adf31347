"""Moving a whole project between a project file and a shared project on a server
(``parallax upload`` / ``parallax download``), verified by counts and checksums.

Every row goes across under its own id (annotations keep their uuids, coders, times and
versions), in one transaction on the receiving side: the new project is built and checked
before anything of it is committed, so a failed or mismatched copy leaves nothing behind.
The check reads back what was written, in that same transaction, and compares each table's
row count and a SHA-256 over its rows in key order with the source's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, select, text
from sqlmodel import Session, SQLModel

from desktop.core.messages import QT_TRANSLATE_NOOP
from desktop.core.migrations import CHANGE_KEY, SCHEMA_KEY
from desktop.core.project_store import ProjectStore

# Meta rows that describe the database rather than the project: each side keeps its own.
_OWN_META = frozenset({SCHEMA_KEY, CHANGE_KEY, "search_index"})
_BATCH = 2_000
Progress = Callable[[int, int], object]  # rows copied, rows in all; may raise to stop


class TransferError(Exception):
    """The copy did not come out identical; nothing was kept of it."""


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    sha256: str


def _tables() -> list[Table]:
    return list(SQLModel.metadata.sorted_tables)  # parents before children


def _key(table: Table) -> list[Any]:
    return list(table.primary_key.columns)


def _wanted(table: Table) -> Any:
    query = select(table).order_by(*_key(table))
    if table.name == "meta":
        query = query.where(table.c.key.not_in(_OWN_META))
    return query


def _canonical(value: Any) -> bytes:
    # The same value reads back as the same bytes from either database.
    if value is None:
        return b"\x00"
    if isinstance(value, bool):
        return b"1" if value else b"0"
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat().encode()
    return str(value).encode("utf-8", "surrogatepass")


def _rows(session: Session, table: Table) -> Iterator[Sequence[Any]]:
    result = session.execute(_wanted(table)).yield_per(_BATCH)
    if table.name == "meta":  # a text key: sorted here, as a server's collation may not
        yield from sorted(tuple(row) for row in result)
        return
    for row in result:
        yield tuple(row)


class _Tally:
    """A table's row count and SHA-256 over its rows, as they go by in key order."""

    def __init__(self, table: Table) -> None:
        self.table, self.rows, self._digest = table.name, 0, hashlib.sha256()

    def add(self, row: Sequence[Any]) -> None:
        for value in row:
            self._digest.update(_canonical(value))
            self._digest.update(b"\x1f")
        self._digest.update(b"\x1e")
        self.rows += 1

    def check(self) -> TableCheck:
        return TableCheck(self.table, self.rows, self._digest.hexdigest())


def checks(session: Session) -> list[TableCheck]:
    """Each table's row count and checksum, as read in ``session``."""
    found = []
    for table in _tables():
        tally = _Tally(table)
        for row in _rows(session, table):
            tally.add(row)
        found.append(tally.check())
    return found


def _count(session: Session) -> int:
    return sum(  # type: ignore[no-any-return]
        session.execute(select(func.count()).select_from(_wanted(table).subquery())).scalar_one()
        for table in _tables()
    )


def copy(
    source: ProjectStore, target: Session, progress: Progress | None = None
) -> list[TableCheck]:
    """Copy every row of ``source`` into the empty project ``target`` is filling, then
    verify it there; returns the checks (the same on both sides). TransferError, and the
    caller's transaction rolls back, when anything differs."""
    expected = []
    with source.read() as session:
        total, done = _count(session), 0
        for table in _tables():
            tally = _Tally(table)  # the source's check, from the rows as they are copied
            batch: list[dict[str, Any]] = []
            columns = [c.name for c in table.columns]
            for row in _rows(session, table):
                tally.add(row)
                batch.append(dict(zip(columns, row, strict=True)))
                if len(batch) == _BATCH:
                    done += _insert(target, table, batch)
                    if progress is not None:
                        progress(done, total)
                    batch = []
            if batch:
                done += _insert(target, table, batch)
                if progress is not None:
                    progress(done, total)
            expected.append(tally.check())
    _continue_ids(target)
    target.flush()
    written = checks(target)
    for want, got in zip(expected, written, strict=True):
        if want != got:
            differs = QT_TRANSLATE_NOOP(
                "Transfer",
                "The copy of table {table} did not come out identical ({rows} rows and "
                "checksum {sha} expected, {got_rows} rows and {got_sha} written); nothing "
                "was kept.",
            )
            raise TransferError(
                differs.format(
                    table=want.table,
                    rows=want.rows,
                    sha=want.sha256[:12],
                    got_rows=got.rows,
                    got_sha=got.sha256[:12],
                )
            )
    return expected


def filling_from(
    source: ProjectStore, found: list[TableCheck], progress: Progress | None = None
) -> Callable[[ProjectStore], None]:
    """A ``fill`` for ``Store.create`` / ``SharedStore.create``: ``copy`` of ``source`` in
    the new project's creating transaction; its checks are added to ``found``."""

    def fill(store: ProjectStore) -> None:
        with store.write() as session:
            found.extend(copy(source, session, progress))

    return fill


def _insert(target: Session, table: Table, batch: list[dict[str, Any]]) -> int:
    target.execute(table.insert(), batch)
    return len(batch)


def _continue_ids(target: Session) -> None:
    """A server's id sequences carry on after the ids copied in (SQLite's AUTOINCREMENT
    follows explicit ids by itself)."""
    if target.connection().dialect.name != "postgresql":
        return
    for table in _tables():
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        target.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:table, 'id'),"
                f" COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"
            ),
            {"table": table.name},
        )


def describe(found: Sequence[TableCheck]) -> str:
    """One line per table: rows and the checksum's first digits."""
    return "\n".join(f"  {c.table:<15} {c.rows:>9,} rows  sha256 {c.sha256[:16]}" for c in found)
