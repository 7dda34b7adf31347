"""A project's health, checked on demand (``parallax check``, Help → Check Project…).

Reads only. Each check gives a verdict and the first few findings in plain words: the
file's pages (``integrity_check``), references between rows (``foreign_key_check``), the
schema version, the search index against the texts, every annotation's offsets against
its document's text (a passage whose quote is no longer the text between its offsets has
drifted), orphaned annotations waiting for review, and the backups kept.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from desktop.core.model import SCHEMA_VERSION, Annotation, Document
from desktop.core.store import Store
from desktop.core.wording import counted

Verdict = Literal["ok", "warning", "problem"]
SHOWN = 5


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    verdict: Verdict
    summary: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Health:
    path: str
    checks: tuple[Check, ...] = field(default_factory=tuple)

    @property
    def verdict(self) -> Verdict:
        found = {c.verdict for c in self.checks}
        return "problem" if "problem" in found else "warning" if "warning" in found else "ok"

    def report(self) -> str:
        heading = {
            "ok": "No problems found",
            "warning": "Nothing is damaged, but some things need your attention",
            "problem": "Problems found",
        }[self.verdict]
        lines = [f"{heading} in {self.path}:"]
        for check in self.checks:
            mark = {"ok": "ok", "warning": "note", "problem": "PROBLEM"}[check.verdict]
            lines.append(f"  [{mark}] {check.name}: {check.summary}")
            lines += [f"        {detail}" for detail in check.details]
        return "\n".join(lines)


BackupLister = Callable[[Store], Sequence[tuple[str, bool]]]  # (when, readable)


class Interrupt:
    """Lets another thread stop a running check: the window closing must not wait for a
    full integrity check of a large project. SQLite calls the progress handler while a
    statement runs, so a stop also ends a statement that starts after it was asked
    (``interrupt()`` alone is lost when it comes between two statements)."""

    def __init__(self) -> None:
        self.stopped = False

    @contextlib.contextmanager
    def watching(self, connection: Any) -> Iterator[None]:
        connection.set_progress_handler(lambda: 1 if self.stopped else 0, 1000)
        try:
            yield
        finally:  # the connection goes back to the pool: leave it as it was
            connection.set_progress_handler(None, 0)

    def stop(self) -> None:
        self.stopped = True


def check(
    store: Store, backups: BackupLister | None = None, interrupt: Interrupt | None = None
) -> Health:
    """Every check on the project at ``store``; ``backups`` lists its backups, if known."""
    with store.read() as session, _watched(session.connection().connection.dbapi_connection,
                                          interrupt):  # fmt: skip
        checks = [_pages(session), _references(session), _schema(session), _offsets(session),
                  _orphans(session)]  # fmt: skip
    checks.append(_search_index(store, interrupt))
    if backups is not None:
        checks.append(_backups(store, backups))
    return Health(str(store.path), tuple(checks))


def _watched(
    connection: Any, interrupt: Interrupt | None
) -> contextlib.AbstractContextManager[None]:
    return contextlib.nullcontext() if interrupt is None else interrupt.watching(connection)


def _pages(session: Session) -> Check:
    rows = [r[0] for r in session.connection().exec_driver_sql("PRAGMA integrity_check(20)")]
    if rows == ["ok"]:
        return Check("Database pages", "ok", "intact (integrity_check)")
    return Check("Database pages", "problem", "damaged (integrity_check)", tuple(rows[:SHOWN]))


def _references(session: Session) -> Check:
    rows = list(session.connection().exec_driver_sql("PRAGMA foreign_key_check"))
    if not rows:
        return Check("References between rows", "ok", "every reference holds (foreign_key_check)")
    details = tuple(f"{r[0]} row {r[1]} points to a missing {r[2]}" for r in rows[:SHOWN])
    return Check("References between rows", "problem", counted(len(rows), "broken reference"),
                 details)  # fmt: skip


def _schema(session: Session) -> Check:
    version = session.connection().exec_driver_sql("PRAGMA user_version").scalar()
    if version == SCHEMA_VERSION:
        return Check("Schema", "ok", f"version {version}, this Parallax's own")
    return Check("Schema", "problem", f"version {version}; this Parallax writes {SCHEMA_VERSION}")


def _offsets(session: Session) -> Check:
    """Every placed annotation's quote is still the text between its offsets."""
    drifted: list[str] = []
    count = 0
    documents = session.execute(sa_select(col(Document.id), col(Document.title))).all()
    for document_id, title in documents:
        text = session.execute(
            sa_select(col(Document.text)).where(col(Document.id) == document_id)
        ).scalar_one()
        rows = session.execute(
            sa_select(col(Annotation.uuid), col(Annotation.start), col(Annotation.end),
                      col(Annotation.quote))
            .where(col(Annotation.document_id) == document_id, col(Annotation.orphan).is_(False))
        )  # fmt: skip
        for uuid, start, end, quote in rows:
            if not (0 <= start < end <= len(text)) or text[start:end] != quote:
                count += 1
                if len(drifted) < SHOWN:
                    drifted.append(f"“{title}”: annotation {uuid} at {start}–{end}")
    if not count:
        return Check("Annotation offsets", "ok", "every passage is where its quote says")
    return Check("Annotation offsets", "problem",
                 f"{counted(count, 'annotation')} whose offsets no longer hold "
                 + ("its quote" if count == 1 else "their quotes"),
                 tuple(drifted))  # fmt: skip


def _orphans(session: Session) -> Check:
    rows = session.execute(
        sa_select(col(Document.title), col(Annotation.quote))
        .join(Document, col(Document.id) == col(Annotation.document_id))
        .where(col(Annotation.orphan).is_(True))
    ).all()
    if not rows:
        return Check("Orphaned annotations", "ok", "none")
    details = tuple(f"“{title}”: “{' '.join(quote.split())[:60]}”" for title, quote in rows[:SHOWN])
    return Check("Orphaned annotations", "warning",
                 f"{counted(len(rows), 'annotation')} to place or delete "
                 "(Edit → Review Orphaned Annotations…)", details)  # fmt: skip


def _search_index(store: Store, interrupt: Interrupt | None) -> Check:
    """FTS5's own check of the contentless indexes' structure (they hold no texts to
    compare; the triggers that feed them run in every write's transaction). The check is
    an INSERT, so it runs in a short write transaction of its own, rolled back: inside the
    long read above it could not get the write lock while the user saves."""
    with store.raw() as conn, _watched(conn, interrupt):
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:  # busy: another save takes its time
            return Check("Search index", "warning", f"not checked: {error}; try again")
        try:
            for table in ("document_index", "note_index"):
                conn.execute(f"INSERT INTO {table}({table}) VALUES('integrity-check')")
        except sqlite3.DatabaseError as error:
            if interrupt is not None and interrupt.stopped:
                raise
            return Check("Search index", "problem", f"damaged: {error}")
        finally:
            conn.execute("ROLLBACK")
    return Check("Search index", "ok", "intact")


def _backups(store: Store, backups: BackupLister) -> Check:
    found = list(backups(store))
    if not found:
        return Check(
            "Backups",
            "warning",
            "none yet (the window makes one on opening a changed "
            "project and every 10 minutes while it changes; or run parallax backup)",
        )
    readable = [when for when, ok in found if ok]
    damaged = len(found) - len(readable)
    summary = f"{counted(len(found), 'backup')}, the newest of {readable[0] if readable else '—'}"
    if damaged:
        return Check("Backups", "warning", summary + f"; {damaged:,} cannot be read")
    return Check("Backups", "ok", summary)
