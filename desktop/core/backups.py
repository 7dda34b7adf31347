"""Backups of a project: SQLite's online backup API into a folder per project, each verified.

Like ``store.py`` this module knows the project is SQLite (the backup API, ``quick_check``):
a backup is a consistent snapshot even while the window writes, never a file copy of a live
database. Backups live in ``<data dir>/backups/<project stem>-<first 8 of its uuid>/``, named
by UTC time (``20261130-091200Z.parallax``), each an ordinary project file.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop.core import search_index
from desktop.core.model import SCHEMA_VERSION
from desktop.core.service_base import ProjectError
from desktop.core.store import APPLICATION_ID, CHANGE_KEY, ProjectFileError, Store
from desktop.core.user_dirs import data_dir

SUFFIX = ".parallax"
_NAME = re.compile(r"^(\d{8}-\d{6})Z\.parallax$")
_TIME = "%Y%m%d-%H%M%S"
# Kept by rotation: the newest few, then the newest of each day, then of each ISO week.
KEEP_NEWEST, KEEP_DAYS, KEEP_WEEKS = 10, 14, 13
# What a backup records about itself, in its own meta table (the project's never has them).
_REASON, _SOURCE = "backup_reason", "backup_of"


class BackupError(ProjectError):
    """A backup could not be made, read or restored; the message says why in plain words."""


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
    """A project's backup folder: its name for people, part of its uuid to keep two
    projects of the same name apart."""
    return backups_root() / f"{project.stem}-{(uuid or 'no-uuid')[:8]}"


def folder_of(store: Store) -> Path:
    with store.raw() as conn:
        return folder_for(store.path, _meta(conn, "uuid") or "")


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _time_of(path: Path) -> datetime | None:
    found = _NAME.match(path.name)
    return datetime.strptime(found[1], _TIME).replace(tzinfo=UTC) if found else None


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
    taken = _time_of(path) or datetime.fromtimestamp(0, UTC)
    try:
        size = path.stat().st_size
    except OSError as error:
        return BackupInfo(path, taken, 0, problem=f"cannot be read: {error.strerror}")
    try:
        with reading(path) as conn:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return BackupInfo(path, taken, size, problem="not a Parallax project")
            documents, annotations, tags = (
                int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in ("document", "annotation", "tag")
            )
            reason, source = _meta(conn, _REASON) or "", _meta(conn, _SOURCE) or ""
            change = _meta(conn, CHANGE_KEY)
    except sqlite3.DatabaseError as error:
        return BackupInfo(path, taken, size, problem=str(error))
    return BackupInfo(path, taken, size, documents, annotations, tags, reason, source, change)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first; one that cannot be read is listed damaged."""
    if not folder.is_dir():
        return []
    found = sorted((p for p in folder.iterdir() if _time_of(p)), key=lambda p: p.name)
    return [read_backup(path) for path in reversed(found)]


def newest_backup(folder: Path) -> BackupInfo | None:
    """The newest backup alone (reading every one to find it would cost each a count)."""
    names = sorted(p.name for p in folder.iterdir() if _time_of(p)) if folder.is_dir() else []
    return read_backup(folder / names[-1]) if names else None


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


# -- making ------------------------------------------------------------------------------


def make_backup(store: Store, reason: str, *, protect: Sequence[Path] = ()) -> BackupInfo:
    """Back the project up now, verified; then rotate its folder (sparing ``protect``).

    The copy is written under a temporary name, checked with ``quick_check`` and only then
    renamed into place, so every file with a backup's name is a whole, readable project."""
    folder = folder_of(store)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=folder)
        os.close(handle)
    except OSError as error:
        raise BackupError(f"Cannot make the backup folder {folder}: {error.strerror}.") from error
    temp = Path(name)
    try:
        with store.raw() as live:
            _copy(live, temp, {_REASON: reason, _SOURCE: str(store.path.absolute())})
        verdict = _quick_check(temp)
        if verdict != "ok":
            raise BackupError(f"The backup written to {folder} failed its check ({verdict}).")
        target = _free_name(folder)
        os.replace(temp, target)
        _sync_folder(folder)
    except (sqlite3.Error, OSError) as error:
        temp.unlink(missing_ok=True)
        raise BackupError(f"Could not back up {store.path} to {folder}: {error}.") from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    rotate(folder, protect=(*protect, target))
    return read_backup(target)


def copy_out(backup: BackupInfo, target: Path) -> None:
    """Write ``backup`` as an ordinary project at ``target`` (a new file), without the marks
    that say it is a backup."""
    with reading(backup.path) as conn:
        _copy(conn, target, {_REASON: None, _SOURCE: None})


def _copy(source: sqlite3.Connection, target: Path, marks: dict[str, str | None]) -> None:
    """Copy a whole database with the online backup API (in one step: one consistent
    snapshot), as a rollback-journal file that reads without -wal/-shm beside it."""
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous=OFF")  # one fsync of the whole file follows
        source.backup(conn)
        conn.execute("PRAGMA journal_mode=DELETE")
        with conn:
            conn.execute("BEGIN")
            for key, value in marks.items():
                if value is None:
                    conn.execute("DELETE FROM meta WHERE key = ?", (key,))
                else:
                    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                                 (key, value))  # fmt: skip
    finally:
        conn.close()
    with open(target, "rb+") as written:
        os.fsync(written.fileno())


def _quick_check(path: Path) -> str:
    try:
        with reading(path) as conn:
            return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.DatabaseError as error:
        return str(error)


def _free_name(folder: Path) -> Path:
    """Named by the time now; a second backup within the same second is named a second
    later, so names stay unique and in the order the backups were made."""
    moment = datetime.now(UTC).replace(microsecond=0)
    newest = max((t for p in folder.iterdir() if (t := _time_of(p))), default=None)
    if newest is not None and newest >= moment:
        moment = newest + timedelta(seconds=1)
    return folder / f"{moment.strftime(_TIME)}Z{SUFFIX}"


def _sync_folder(folder: Path) -> None:
    # The rename is durable only once the folder itself is on disk (POSIX).
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def change_mark(store: Store) -> str | None:
    with store.raw() as conn:
        return _meta(conn, CHANGE_KEY)


# -- rotation ----------------------------------------------------------------------------


def to_keep(times: Sequence[datetime], now: datetime) -> set[datetime]:
    """Which backups rotation keeps: the newest ``KEEP_NEWEST``, the newest of each day
    for ``KEEP_DAYS`` days and the newest of each ISO week for ``KEEP_WEEKS`` weeks
    (days and weeks by UTC; ages counted back from ``now``)."""
    newest_first = sorted(set(times), reverse=True)
    keep = set(newest_first[:KEEP_NEWEST])
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for moment in newest_first:
        age = now - moment
        if age < timedelta(days=KEEP_DAYS) and moment.date() not in days:
            days.add(moment.date())
            keep.add(moment)
        iso = moment.isocalendar()
        week = (iso.year, iso.week)
        if age < timedelta(weeks=KEEP_WEEKS) and week not in weeks:
            weeks.add(week)
            keep.add(moment)
    return keep


def rotate(folder: Path, now: datetime | None = None, protect: Sequence[Path] = ()) -> list[Path]:
    """Delete the backups ``to_keep`` does not keep (never one in ``protect``), and
    temporary files a backup interrupted a day ago left; returns what went."""
    now = now or datetime.now(UTC)
    named = {p: t for p in folder.iterdir() if (t := _time_of(p))}
    keep = to_keep(list(named.values()), now)
    spared = {p.absolute() for p in protect}
    gone = [p for p, t in named.items() if t not in keep and p.absolute() not in spared]
    gone += [p for p in folder.glob(".*.tmp") if _age(p, now) > 24 * 3600]
    for path in gone:
        with contextlib.suppress(OSError):
            path.unlink()
    return gone


def _age(path: Path, now: datetime) -> float:
    try:
        return now.timestamp() - path.stat().st_mtime
    except OSError:
        return 0.0


# -- restoring ---------------------------------------------------------------------------


def restore(store: Store, backup: BackupInfo) -> BackupInfo:
    """Put ``backup`` in place of the project's content; returns the backup of the current
    state made first. The copy into the live database is one write transaction (the backup
    API in one step): other connections see the old project or the restored one, never half."""
    if store.read_only:
        raise BackupError(f"{store.path} is read-only: nothing can be restored into it.")
    with _prepared(backup) as source:
        before = make_backup(store, "before restoring", protect=[backup.path])
        try:
            with contextlib.closing(sqlite3.connect(source)) as conn, store.raw() as live:
                conn.backup(live)
            verdict = store.pragma("quick_check")
        except sqlite3.Error as error:
            raise BackupError(
                f"Restoring the backup of {backup.when()} failed ({error}); the state before "
                f"it is in the backup {before.path.name}."
            ) from error
    if verdict != "ok":
        raise BackupError(
            f"The restored project failed its check ({verdict}); the state before it is in "
            f"the backup {before.path.name}."
        )
    return before


@contextlib.contextmanager
def _prepared(backup: BackupInfo) -> Iterator[Path]:
    """A checked copy of ``backup`` brought up to this version's schema, in a folder of
    its own that goes afterwards (the backup itself is never changed)."""
    verdict = integrity(backup.path)
    if verdict != "ok":
        raise BackupError(
            f"The backup of {backup.when()} is damaged ({verdict}); nothing was changed."
        )
    work = Path(tempfile.mkdtemp(prefix=".restore-", dir=backup.path.parent))
    try:
        copy = work / f"restore{SUFFIX}"
        try:
            copy_out(backup, copy)
        except sqlite3.Error as error:
            raise BackupError(f"The backup of {backup.when()} cannot be read: {error}.") from error
        _upgrade(copy, backup)
        yield copy
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _upgrade(copy: Path, backup: BackupInfo) -> None:
    """A backup from before an upgrade is upgraded as any project is, by opening it."""
    with reading(copy) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        indexed = _meta(conn, "search_index")
    if version == SCHEMA_VERSION and indexed == search_index.VERSION:
        return
    try:
        Store.open(copy).close()
    except ProjectFileError as error:
        raise BackupError(f"The backup of {backup.when()} cannot be used: {error}") from error


def for_health(store: Store) -> list[tuple[str, bool]]:
    """(when, readable) per backup, newest first: what the project's health check shows."""
    return [(b.when(), not b.damaged) for b in list_backups(folder_of(store))]


class Backups:
    """The backups of one open project, as the window and the command line use them.

    Remembers the change mark of the newest backup, so asking every few minutes whether
    the project changed costs one small read."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._known = False  # whether _newest has been read
        self._newest: str | None = None  # the change mark the newest backup holds

    @property
    def folder(self) -> Path:
        return folder_of(self.store)

    def all(self) -> list[BackupInfo]:
        """Newest first, damaged ones included (marked)."""
        return list_backups(self.folder)

    def make(self, reason: str) -> BackupInfo:
        made = make_backup(self.store, reason)
        self._known, self._newest = True, made.change
        return made

    def changed(self) -> bool:
        """Whether the project changed since its newest backup (true when it has none)."""
        if not self._known:
            newest = newest_backup(self.folder)
            if newest is None or newest.damaged:
                return True
            self._known, self._newest = True, newest.change
        return change_mark(self.store) != self._newest

    def make_if_changed(self, reason: str) -> BackupInfo | None:
        return self.make(reason) if self.changed() else None

    def restore(self, backup: BackupInfo) -> BackupInfo:
        before = restore(self.store, backup)
        self._known, self._newest = True, before.change
        return before


def before_upgrade(store: Store) -> None:
    """``Store.open``'s hook: a verified backup before a project is upgraded, or no upgrade."""
    try:
        make_backup(store, "before upgrading")
    except BackupError as error:
        raise ProjectFileError(
            f"{store.path} needs upgrading for this version of Parallax, but the backup made "
            f"first failed: {error} The project was left as it was."
        ) from error
