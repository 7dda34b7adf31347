"""Where a project's backups are, what their names say, and what each holds as listed.

Backups live in ``<data dir>/backups/<stem>-<8 of its uuid>-<8 of its path's hash>/``, named
by UTC time (``20261130-091200Z.parallax``, ``…Z-2.parallax`` when taken), each an ordinary
project file; ``backups.py`` says why the folder is keyed by path as well as uuid. Reading one
never changes it: connections here are read-only.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.core.messages import QT_TRANSLATE_NOOP
from desktop.core.service_base import ProjectError
from desktop.core.store import APPLICATION_ID, CHANGE_KEY, Store
from desktop.core.user_dirs import data_dir

SUFFIX = ".parallax"
NAME_TIME = "%Y%m%d-%H%M%S"  # a backup's name: this, then "Z", "-N" when taken, SUFFIX
_NAME = re.compile(r"^(\d{8}-\d{6})Z(?:-(\d+))?\.parallax$")
# What a backup records about itself, in its own meta table (the project's never has them).
REASON_KEY, SOURCE_KEY = "backup_reason", "backup_of"


class BackupError(ProjectError):
    """A backup could not be made, read or restored; the message says why in plain words.

    ``replaced``: the project's content may have changed all the same (a restore that
    failed after copying), so whatever was read from it before must be read again."""

    def __init__(self, message: str, *, replaced: bool = False) -> None:
        super().__init__(message)
        self.replaced = replaced


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC, from the name
    size: int
    documents: int = 0
    annotations: int = 0
    tags: int = 0
    reason: str = ""  # "on opening", "before restoring"…
    source: str = ""  # the project file it was taken from
    change: str | None = None  # the project's change mark when it was taken (store.py)
    problem: str = ""  # why it cannot be read; empty when it can

    @property
    def damaged(self) -> bool:
        return bool(self.problem)

    def when(self) -> str:
        """The time it was taken, in the user's time zone, to the minute."""
        return self.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")


# -- where -------------------------------------------------------------------------------


def backups_root() -> Path:
    return data_dir() / "backups"


def folder_for(project: Path, uuid: str) -> Path:
    """A project's backup folder: its name for people, part of its uuid and a hash of its
    resolved path (copies of one project share the uuid, never the path)."""
    return backups_root() / f"{project.stem}-{(uuid or 'no-uuid')[:8]}-{path_key(project)}"


def path_key(project: Path) -> str:
    resolved = os.path.normcase(str(project.resolve()))  # one key per file on Windows too
    return hashlib.sha256(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:8]


def folder_of(store: Store) -> Path:
    with store.raw() as conn:
        return folder_for(store.path, meta_value(conn, "uuid") or "")


def meta_value(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


# -- names -------------------------------------------------------------------------------


def _order(path: Path) -> tuple[datetime, int] | None:
    """When a backup was taken, and its number within that second; None for other files
    (a name shaped like a backup's that is no real time, 20260230-…, included)."""
    found = _NAME.match(path.name)
    if found is None:
        return None
    try:
        moment = datetime.strptime(found[1], NAME_TIME).replace(tzinfo=UTC)
    except ValueError:
        return None
    return moment, int(found[2] or 1)


def time_of(path: Path) -> datetime | None:
    order = _order(path)
    return None if order is None else order[0]


def dated(folder: Path) -> list[tuple[datetime, Path]]:
    """The backups in ``folder`` with the time each name says, oldest first: each name is
    parsed once, here, for its callers that need the time as well as the order."""
    found = [(order, p) for p in folder.iterdir() if (order := _order(p))]
    return [(order[0], p) for order, p in sorted(found)]


def named(folder: Path) -> list[Path]:
    """The backups in ``folder``, oldest first."""
    return [p for _, p in dated(folder)]


# -- reading -----------------------------------------------------------------------------


@contextlib.contextmanager
def reading(path: Path, *, immutable: bool = False) -> Iterator[sqlite3.Connection]:
    """A read-only connection: SQLite refuses writes, so reading never changes a backup.
    ``immutable`` also makes no -wal/-shm beside the file (for a damaged project)."""
    uri = f"{path.absolute().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def read_backup(path: Path) -> BackupInfo:
    """A backup as listed: its counts, or the problem that keeps it from being read."""
    taken = time_of(path) or datetime.fromtimestamp(0, UTC)
    try:
        size = path.stat().st_size
    except OSError as error:
        unreadable = QT_TRANSLATE_NOOP("Backups", "cannot be read: {reason}")
        return BackupInfo(path, taken, 0, problem=unreadable.format(reason=error.strerror))
    try:
        with reading(path) as conn:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                other = QT_TRANSLATE_NOOP("Backups", "not a Parallax project")
                return BackupInfo(path, taken, size, problem=other)
            documents, annotations, tags = (
                int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in ("document", "annotation", "tag")
            )
            reason = meta_value(conn, REASON_KEY) or ""
            source = meta_value(conn, SOURCE_KEY) or ""
            change = meta_value(conn, CHANGE_KEY)
    except sqlite3.DatabaseError as error:
        return BackupInfo(path, taken, size, problem=str(error))
    return BackupInfo(path, taken, size, documents, annotations, tags, reason, source, change)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first; one that cannot be read is listed damaged."""
    if not folder.is_dir():
        return []
    return [read_backup(path) for path in reversed(named(folder))]


def newest_backup(folder: Path, now: datetime | None = None) -> BackupInfo | None:
    """The newest backup alone (reading every one to find it would cost each a count).
    One named in the future (the clock was once ahead) is newest only if all are."""
    found = dated(folder) if folder.is_dir() else []
    soon = (now or datetime.now(UTC)) + timedelta(minutes=1)
    past = [p for t, p in found if t <= soon]
    chosen = (past or [p for _, p in found])[-1:]
    return read_backup(chosen[0]) if chosen else None


def integrity(path: Path) -> str:
    """``ok``, or what ``PRAGMA integrity_check`` (every page and index) found wrong."""
    try:
        with reading(path) as conn:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return "not a Parallax project"
            rows = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
    except sqlite3.DatabaseError as error:
        return str(error)
    return "ok" if rows == ["ok"] else "; ".join(rows)
