"""Backups of a project: SQLite's online backup API into a folder per project, each verified.

Like ``store.py`` this module knows the project is SQLite (the backup API, ``quick_check``):
a backup is a consistent snapshot even while the window writes, never a file copy of a live
database. Where backups live and how they are named and listed is ``backup_names``; which
are kept, ``backup_rotation``. Here: making one, restoring one, and ``Backups``.

The folder is keyed by the project's resolved path as well as its uuid: a copy of a project
has the same uuid, and two copies sharing a folder would each restore, rescue and rotate
the other's backups. A project moved or renamed starts a new folder; its old backups are
still found by uuid, but only offered in the window, where the user is asked (the command
line never restores them unasked: a copy someone else works on looks just the same).

Space: the backups of a project take at most ``max(2 GB, 5 × the project)`` (rotation thins
the oldest first, keeping the newest two), a backup is skipped rather than leave less than
``min(10 % of the disk, max(1 GB, 2 × the project))`` free, and the window's timer backs a
large project up less often (10 minutes per 100 MB, at most hourly).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.core import search_index
from desktop.core.backup_names import (
    NAME_TIME,
    REASON_KEY,
    SOURCE_KEY,
    SUFFIX,
    BackupError,
    BackupInfo,
    backups_root,
    folder_for,
    folder_of,
    integrity,
    list_backups,
    meta_value,
    newest_backup,
    path_key,
    read_backup,
    reading,
)
from desktop.core.backup_rotation import GB, UPGRADING, budget_for, rotate, to_keep
from desktop.core.files import sync_file, sync_folder
from desktop.core.messages import QT_TRANSLATE_NOOP, message_of
from desktop.core.model import SCHEMA_VERSION
from desktop.core.store import CHANGE_KEY, ProjectFileError, Store
from desktop.core.wording import file_size

# Re-exported: callers (recovery, the command line, the window, tests) reach names and
# listing (backup_names) and rotation (backup_rotation) through this module as before.
__all__ = [
    "GB",
    "SUFFIX",
    "UPGRADING",
    "BackupError",
    "BackupInfo",
    "backups_root",
    "budget_for",
    "folder_for",
    "folder_of",
    "integrity",
    "list_backups",
    "newest_backup",
    "path_key",
    "read_backup",
    "reading",
    "rotate",
    "to_keep",
]

# The timer's spacing: 10 minutes per 100 MB of project, between 10 and 60 minutes.
SPACING_PER_100MB, SPACING_MAX = timedelta(minutes=10), timedelta(minutes=60)
# A backup listed (to choose from) within this long is spared by rotation.
_LISTED_FOR = 3600.0
# How far a restore is: its step ("check", "read", "upgrade", "backup", "restore", then
# "verify"), and for a copy the pages done of its total (else 0, 0). The callback may raise
# to stop the restore, which then leaves the project exactly as it was; at "verify" the
# project has changed, so it must not.
Steps = Callable[[str, int, int], None]
_PAGES_PER_STEP = 1024  # copied between two calls of a restore's Steps (4 MB at 4 KB a page)


# -- making ------------------------------------------------------------------------------


def make_backup(
    store: Store,
    reason: str,
    *,
    protect: Sequence[Path] = (),
    steps: Callable[[int, int], None] | None = None,
) -> BackupInfo:
    """Back the project up now, verified; then rotate its folder (sparing ``protect``).

    The copy is written under a temporary name, checked with ``quick_check`` and only then
    renamed into place, so every file with a backup's name is a whole, readable project.
    ``steps`` (a restore's): told the pages copied, in steps; it may raise to stop."""
    folder = folder_of(store)
    size = project_size(store)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _check_room(folder, size)
        handle, name = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=folder)
        os.close(handle)
    except OSError as error:
        no_folder = QT_TRANSLATE_NOOP(
            "Backups", "Cannot make the backup folder {folder}: {reason}."
        )
        raise BackupError(no_folder.format(folder=folder, reason=error.strerror)) from error
    temp = Path(name)
    try:
        with store.raw() as live:
            _copy(live, temp, {REASON_KEY: reason, SOURCE_KEY: str(store.path.resolve())}, steps)
        verdict = _quick_check(temp)
        if verdict != "ok":
            failed = QT_TRANSLATE_NOOP(
                "Backups", "The backup written to {folder} failed its check ({reason})."
            )
            raise BackupError(failed.format(folder=folder, reason=verdict))
        target = _place(temp, folder)
        sync_folder(folder)
    except (sqlite3.Error, OSError) as error:
        temp.unlink(missing_ok=True)
        not_made = QT_TRANSLATE_NOOP("Backups", "Could not back up {path} to {folder}: {reason}.")
        raise BackupError(not_made.format(path=store.path, folder=folder, reason=error)) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    now = datetime.now(UTC)  # this module's clock (tests set it), as _place's
    rotate(folder, now, protect=(*protect, target), budget=budget_for(size))
    return read_backup(target)


def project_size(store: Store) -> int:
    """The project's size in bytes, as a backup of it will be (its pages)."""
    with store.raw() as conn:
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        return pages * int(conn.execute("PRAGMA page_size").fetchone()[0])


def spacing_for(size: int) -> timedelta:
    """How long the window's timer waits after a backup: a large project is copied less
    often (each copy costs seconds of disk work and its size again in the folder)."""
    return min(SPACING_MAX, max(SPACING_PER_100MB, SPACING_PER_100MB * (size / 100_000_000)))


def _check_room(folder: Path, size: int) -> None:
    """Skip a backup that would leave the disk nearly full: the project itself still needs
    room to save (its log grows by up to a whole copy when a backup is restored)."""
    usage = shutil.disk_usage(folder)
    reserve = min(usage.total // 10, max(GB, 2 * size))
    if usage.free - size < reserve:
        skipped = QT_TRANSLATE_NOOP(
            "Backups",
            "The backup was skipped: it needs {size} and would leave less than "
            "{reserve} free on the disk holding {folder} "
            "({free} free now). Free some space.",
        )
        raise BackupError(
            skipped.format(
                size=file_size(size),
                reserve=file_size(reserve),
                folder=folder,
                free=file_size(usage.free),
            )
        )


def copy_out(
    backup: BackupInfo, target: Path, steps: Callable[[int, int], None] | None = None
) -> None:
    """Write ``backup`` as an ordinary project at ``target`` (a new file), without the marks
    that say it is a backup."""
    with reading(backup.path) as conn:
        _copy(conn, target, {REASON_KEY: None, SOURCE_KEY: None}, steps)


def _copy(
    source: sqlite3.Connection,
    target: Path,
    marks: dict[str, str | None],
    steps: Callable[[int, int], None] | None = None,
) -> None:
    """Copy a whole database with the online backup API, as a rollback-journal file that
    reads without -wal/-shm beside it. In one step (one consistent snapshot) unless
    ``steps`` follows it; then SQLite starts again if the source changes meanwhile."""
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous=OFF")  # one fsync of the whole file follows
        _backup(source, conn, steps)
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
        sync_file(written.fileno())


def _backup(
    source: sqlite3.Connection,
    target: sqlite3.Connection,
    steps: Callable[[int, int], None] | None,
) -> None:
    """SQLite's backup of ``source`` into ``target``: in one step, or told ``steps``
    (pages done, total) between steps of ``_PAGES_PER_STEP``. An exception from ``steps``
    ends the backup before its last page (SQLite rolls ``target`` back) and propagates."""
    if steps is None:
        source.backup(target)
        return

    def told(_status: int, remaining: int, total: int) -> None:
        if remaining:  # after the last page the copy is done: nothing may stop it then
            steps(total - remaining, total)

    source.backup(target, pages=_PAGES_PER_STEP, progress=told)


def _quick_check(path: Path) -> str:
    try:
        with reading(path) as conn:
            return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.DatabaseError as error:
        return str(error)


def _place(temp: Path, folder: Path) -> Path:
    """Give the checked copy its name: the time now by the clock (never "after the newest
    name": a clock once ahead would push every later name into the future), numbered -2,
    -3… when taken. Each name is taken exclusively, so a backup made at the same moment
    by another process is never replaced."""
    stamp = datetime.now(UTC).strftime(NAME_TIME)
    for number in itertools.count(1):
        target = folder / (f"{stamp}Z{SUFFIX}" if number == 1 else f"{stamp}Z-{number}{SUFFIX}")
        try:
            _claim(temp, target)
        except FileExistsError:
            continue
        return target
    raise AssertionError("unreachable")


def _claim(temp: Path, target: Path) -> None:
    """Rename ``temp`` to ``target`` unless ``target`` exists (FileExistsError)."""
    try:
        os.link(temp, target)  # atomic, and fails on an existing name
    except FileExistsError:
        raise
    except OSError:  # no hard links here (FAT, some network shares): reserve, then replace
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        os.replace(temp, target)
        return
    temp.unlink()


def change_mark(store: Store) -> str | None:
    with store.raw() as conn:
        return meta_value(conn, CHANGE_KEY)


# -- restoring ---------------------------------------------------------------------------


def restore(store: Store, backup: BackupInfo, steps: Steps | None = None) -> BackupInfo:
    """Put ``backup`` in place of the project's content; returns the backup of the current
    state made first. The copy into the live database is one write transaction (the backup
    API's steps all inside it): other connections see the old project or the restored one,
    never half. ``steps`` follows it (see ``Steps``) and may stop it before that copy ends."""
    if store.read_only:
        read_only = QT_TRANSLATE_NOOP(
            "Backups", "{path} is read-only: nothing can be restored into it."
        )
        raise BackupError(read_only.format(path=store.path))
    tell = steps or _unheard
    with _prepared(backup, tell) as source:
        tell("backup", 0, 0)
        before = make_backup(
            store,
            "before restoring",
            protect=[backup.path],
            steps=lambda done, total: tell("backup", done, total),
        )
        tell("restore", 0, 0)
        try:
            with contextlib.closing(sqlite3.connect(source)) as conn, store.raw() as live:
                _backup(conn, live, lambda done, total: tell("restore", done, total))
        except sqlite3.Error as error:
            # One transaction: it failed whole, but say "read again" all the same.
            failed = QT_TRANSLATE_NOOP(
                "Backups",
                "Restoring the backup of {when} failed ({reason}); the state before "
                "it is in the backup {backup}.",
            )
            raise BackupError(
                failed.format(when=backup.when(), reason=error, backup=before.path.name),
                replaced=True,
            ) from error
    tell("verify", 0, 0)
    verdict = _live_verdict(store)
    if verdict != "ok":
        failed = QT_TRANSLATE_NOOP(
            "Backups",
            "The restored project failed its check ({reason}); the state before it is in "
            "the backup {backup}.",
        )
        raise BackupError(failed.format(reason=verdict, backup=before.path.name), replaced=True)
    return before


def _unheard(_step: str, _done: int, _total: int) -> None:
    pass


def _live_verdict(store: Store) -> str:
    try:
        with store.raw() as live:
            return str(live.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.Error as error:  # the restored pages cannot even be read
        return str(error)


@contextlib.contextmanager
def _prepared(backup: BackupInfo, tell: Steps = _unheard) -> Iterator[Path]:
    """A checked copy of ``backup`` brought up to this version's schema, in a folder of
    its own that goes afterwards (the backup itself is never changed)."""
    tell("check", 0, 0)
    verdict = integrity(backup.path)
    if verdict != "ok":
        damaged = QT_TRANSLATE_NOOP(
            "Backups", "The backup of {when} is damaged ({reason}); nothing was changed."
        )
        raise BackupError(damaged.format(when=backup.when(), reason=verdict))
    work = Path(tempfile.mkdtemp(prefix=".restore-", dir=backup.path.parent))
    try:
        copy = work / f"restore{SUFFIX}"
        tell("read", 0, 0)
        try:
            copy_out(backup, copy, lambda done, total: tell("read", done, total))
        except sqlite3.Error as error:
            unreadable = QT_TRANSLATE_NOOP(
                "Backups", "The backup of {when} cannot be read: {reason}."
            )
            raise BackupError(unreadable.format(when=backup.when(), reason=error)) from error
        _upgrade(copy, backup, tell)
        yield copy
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _upgrade(copy: Path, backup: BackupInfo, tell: Steps = _unheard) -> None:
    """A backup from before an upgrade is upgraded as any project is, by opening it."""
    with reading(copy) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        indexed = meta_value(conn, "search_index")
    if version == SCHEMA_VERSION and indexed == search_index.VERSION:
        return
    tell("upgrade", 0, 0)
    try:
        Store.open(copy).close()
    except ProjectFileError as error:
        unusable = QT_TRANSLATE_NOOP("Backups", "The backup of {when} cannot be used: {reason}")
        raise BackupError(unusable.format(when=backup.when(), reason=message_of(error))) from error


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
        self._newest_at: datetime | None = None  # when it was taken
        # Backups shown to choose from (the Restore dialog), spared by rotation meanwhile.
        self._listed: tuple[float, tuple[Path, ...]] = (0.0, ())

    @property
    def folder(self) -> Path:
        return folder_of(self.store)

    def all(self) -> list[BackupInfo]:
        """Newest first, damaged ones included (marked). Those listed are spared by this
        project's rotation for an hour: the one being chosen is not deleted meanwhile."""
        listed = list_backups(self.folder)
        self._listed = (time.monotonic(), tuple(b.path for b in listed))
        return listed

    def _spared(self) -> tuple[Path, ...]:
        at, paths = self._listed
        return paths if time.monotonic() - at < _LISTED_FOR else ()

    def make(self, reason: str) -> BackupInfo:
        made = make_backup(self.store, reason, protect=self._spared())
        self._known, self._newest, self._newest_at = True, made.change, made.taken_at
        return made

    def changed(self) -> bool:
        """Whether the project changed since its newest backup (true when it has none)."""
        if not self._known:
            newest = newest_backup(self.folder)
            if newest is None or newest.damaged:
                return True
            self._known, self._newest, self._newest_at = True, newest.change, newest.taken_at
        return change_mark(self.store) != self._newest

    def due(self, now: datetime | None = None) -> bool:
        """Whether the timer's backup is due: the newest is older than ``spacing_for``."""
        self.changed()  # reads the newest backup's time once
        if self._newest_at is None:
            return True
        age = (now or datetime.now(UTC)) - self._newest_at
        # A minute's slack: Qt's coarse timer may fire a little early.
        spacing = spacing_for(project_size(self.store)) - timedelta(minutes=1)
        return age < timedelta(0) or age >= spacing

    def make_if_changed(self, reason: str, *, spaced: bool = False) -> BackupInfo | None:
        """A backup if the project changed; ``spaced`` (the timer): only if also ``due``."""
        if spaced and not self.due():
            return None
        return self.make(reason) if self.changed() else None

    def restore(self, backup: BackupInfo, steps: Steps | None = None) -> BackupInfo:
        try:
            before = restore(self.store, backup, steps)
        except BaseException:  # failed or stopped: a backup may have been made all the same
            self._known = False  # read the newest backup again
            raise
        self._known, self._newest, self._newest_at = True, before.change, before.taken_at
        self._listed = (0.0, ())
        return before


def before_upgrade(store: Store) -> None:
    """``Store.open``'s hook: a verified backup before a project is upgraded, or no upgrade."""
    try:
        make_backup(store, UPGRADING)
    except BackupError as error:
        refused = QT_TRANSLATE_NOOP(
            "Backups",
            "{path} needs upgrading for this version of Parallax, but the backup made "
            "first failed: {reason} The project was left as it was.",
        )
        raise ProjectFileError(refused.format(path=store.path, reason=message_of(error))) from error
