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

from desktop.core.messages import QT_TRANSLATE_NOOP, Count, joined, plural
from desktop.core.model import SCHEMA_VERSION, Annotation, Document
from desktop.core.store import Store

Verdict = Literal["ok", "warning", "problem"]
SHOWN = 5
# The checks' names, as the report and the window show them.
PAGES = QT_TRANSLATE_NOOP("HealthCheck", "Database pages")
REFERENCES = QT_TRANSLATE_NOOP("HealthCheck", "References between rows")
SCHEMA = QT_TRANSLATE_NOOP("HealthCheck", "Schema")
OFFSETS = QT_TRANSLATE_NOOP("HealthCheck", "Annotation offsets")
ORPHANS = QT_TRANSLATE_NOOP("HealthCheck", "Orphaned annotations")
INDEX = QT_TRANSLATE_NOOP("HealthCheck", "Search index")
BACKUPS = QT_TRANSLATE_NOOP("HealthCheck", "Backups")


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

    def heading(self) -> str:
        """The report's first line: the verdict and the project's path."""
        heading = {
            "ok": QT_TRANSLATE_NOOP("HealthCheck", "No problems found in {path}:"),
            "warning": QT_TRANSLATE_NOOP(
                "HealthCheck",
                "Nothing is damaged, but some things need your attention in {path}:",
            ),
            "problem": QT_TRANSLATE_NOOP("HealthCheck", "Problems found in {path}:"),
        }[self.verdict]
        return heading.format(path=self.path)

    def report(self) -> str:
        lines = [self.heading()]
        for check in self.checks:
            mark = {
                "ok": QT_TRANSLATE_NOOP("HealthCheck", "ok"),
                "warning": QT_TRANSLATE_NOOP("HealthCheck", "note"),
                "problem": QT_TRANSLATE_NOOP("HealthCheck", "PROBLEM"),
            }[check.verdict]
            line = QT_TRANSLATE_NOOP("HealthCheck", "[{mark}] {check}: {summary}")
            lines.append(
                joined(("  ", line.format(mark=mark, check=check.name, summary=check.summary)), "")
            )
            lines += [joined(("        ", detail), "") for detail in check.details]
        return joined(lines)


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
        return Check(PAGES, "ok", QT_TRANSLATE_NOOP("HealthCheck", "intact (integrity_check)"))
    return Check(
        PAGES,
        "problem",
        QT_TRANSLATE_NOOP("HealthCheck", "damaged (integrity_check)"),
        tuple(rows[:SHOWN]),
    )


def _references(session: Session) -> Check:
    rows = list(session.connection().exec_driver_sql("PRAGMA foreign_key_check"))
    if not rows:
        return Check(
            REFERENCES,
            "ok",
            QT_TRANSLATE_NOOP("HealthCheck", "every reference holds (foreign_key_check)"),
        )
    dangling = QT_TRANSLATE_NOOP("HealthCheck", "{table} row {row} points to a missing {other}")
    details = tuple(dangling.format(table=r[0], row=r[1], other=r[2]) for r in rows[:SHOWN])
    broken = plural(
        len(rows),
        QT_TRANSLATE_NOOP("HealthCheck", "{n} broken reference"),
        QT_TRANSLATE_NOOP("HealthCheck", "{n} broken references"),
    )
    return Check(REFERENCES, "problem", broken, details)


def _schema(session: Session) -> Check:
    version = session.connection().exec_driver_sql("PRAGMA user_version").scalar()
    if version == SCHEMA_VERSION:
        return Check(
            SCHEMA,
            "ok",
            QT_TRANSLATE_NOOP("HealthCheck", "version {version}, this Parallax's own").format(
                version=version
            ),
        )
    newer = QT_TRANSLATE_NOOP("HealthCheck", "version {version}; this Parallax writes {supported}")
    return Check(SCHEMA, "problem", newer.format(version=version, supported=SCHEMA_VERSION))


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
                    where = QT_TRANSLATE_NOOP(
                        "HealthCheck", "“{title}”: annotation {uuid} at {start}–{end}"
                    )
                    drifted.append(where.format(title=title, uuid=uuid, start=start, end=end))
    if not count:
        return Check(
            OFFSETS, "ok", QT_TRANSLATE_NOOP("HealthCheck", "every passage is where its quote says")
        )
    summary = plural(
        count,
        QT_TRANSLATE_NOOP("HealthCheck", "{n} annotation whose offsets no longer hold its quote"),
        QT_TRANSLATE_NOOP(
            "HealthCheck", "{n} annotations whose offsets no longer hold their quotes"
        ),
    )
    return Check(OFFSETS, "problem", summary, tuple(drifted))


def _orphans(session: Session) -> Check:
    rows = session.execute(
        sa_select(col(Document.title), col(Annotation.quote))
        .join(Document, col(Document.id) == col(Annotation.document_id))
        .where(col(Annotation.orphan).is_(True))
    ).all()
    if not rows:
        return Check(ORPHANS, "ok", QT_TRANSLATE_NOOP("HealthCheck", "none"))
    details = tuple(f"“{title}”: “{' '.join(quote.split())[:60]}”" for title, quote in rows[:SHOWN])
    summary = plural(
        len(rows),
        QT_TRANSLATE_NOOP(
            "HealthCheck", "{n} annotation to place or delete (Edit → Review Orphaned Annotations…)"
        ),
        QT_TRANSLATE_NOOP(
            "HealthCheck",
            "{n} annotations to place or delete (Edit → Review Orphaned Annotations…)",
        ),
    )
    return Check(ORPHANS, "warning", summary, details)


def _search_index(store: Store, interrupt: Interrupt | None) -> Check:
    """FTS5's own check of the contentless indexes' structure (they hold no texts to
    compare; the triggers that feed them run in every write's transaction). The check is
    an INSERT, so it runs in a short write transaction of its own, rolled back: inside the
    long read above it could not get the write lock while the user saves."""
    with store.raw() as conn, _watched(conn, interrupt):
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:  # busy: another save takes its time
            busy = QT_TRANSLATE_NOOP("HealthCheck", "not checked: {reason}; try again").format(
                reason=error
            )
            return Check(INDEX, "warning", busy)
        try:
            for table in ("document_index", "note_index"):
                conn.execute(f"INSERT INTO {table}({table}) VALUES('integrity-check')")
        except sqlite3.DatabaseError as error:
            if interrupt is not None and interrupt.stopped:
                raise
            return Check(
                INDEX,
                "problem",
                QT_TRANSLATE_NOOP("HealthCheck", "damaged: {reason}").format(reason=error),
            )
        finally:
            conn.execute("ROLLBACK")
    return Check(INDEX, "ok", QT_TRANSLATE_NOOP("HealthCheck", "intact"))


def _backups(store: Store, backups: BackupLister) -> Check:
    found = list(backups(store))
    if not found:
        none_yet = QT_TRANSLATE_NOOP(
            "HealthCheck",
            "none yet (the window makes one on opening a changed "
            "project and every 10 minutes while it changes; or run parallax backup)",
        )
        return Check(BACKUPS, "warning", none_yet)
    readable = [when for when, ok in found if ok]
    damaged = len(found) - len(readable)
    summary = plural(
        len(found),
        QT_TRANSLATE_NOOP("HealthCheck", "{n} backup, the newest of {when}"),
        QT_TRANSLATE_NOOP("HealthCheck", "{n} backups, the newest of {when}"),
        when=readable[0] if readable else "—",
    )
    if damaged:
        unreadable = QT_TRANSLATE_NOOP("HealthCheck", "{summary}; {count} cannot be read")
        return Check(BACKUPS, "warning", unreadable.format(summary=summary, count=Count(damaged)))
    return Check(BACKUPS, "ok", summary)
