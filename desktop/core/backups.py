"""Backups of a project: SQLite's online backup API into a folder per project, each verified.

Like ``store.py`` this module knows the project is SQLite (the backup API, ``quick_check``):
a backup is a consistent snapshot even while the window writes, never a file copy of a live
database. Backups live in ``<data dir>/backups/<stem>-<8 of its uuid>-<8 of its path's hash>/``,
named by UTC time (``20261130-091200Z.parallax``, ``…Z-2.parallax`` when taken), each an
ordinary project file.

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
import hashlib
import itertools
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop.core import search_index
from desktop.core.files import sync_file, sync_folder
from desktop.core.messages import QT_TRANSLATE_NOOP, message_of
from desktop.core.model import SCHEMA_VERSION
from desktop.core.service_base import ProjectError
from desktop.core.store import (
    APPLICATION_ID,
    CHANGE_KEY,
    ProjectFileError,
    Store,
)
from desktop.core.user_dirs import data_dir
from desktop.core.wording import file_size

SUFFIX = ".parallax"
_NAME = re.compile(r"^(\d{8}-\d{6})Z(?:-(\d+))?\.parallax$")
_TIME = "%Y%m%d-%H%M%S"
# What an interrupted backup or restore leaves (mkstemp's ".….tmp", its journal, a
# ".restore-…" folder): removed by rotation once a day old, when nothing can be using it.
_LEFTOVER = re.compile(r"^\.(restore-.*|.*\.tmp(-journal|-wal|-shm)?)$")
_DAY = 24 * 3600
GB = 1_000_000_000
# The most the backups of one project take: max(BUDGET_FLOOR, BUDGET_TIMES × the project).
BUDGET_FLOOR, BUDGET_TIMES, KEEP_ALWAYS = 2 * GB, 5, 2
# The timer's spacing: 10 minutes per 100 MB of project, between 10 and 60 minutes.
SPACING_PER_100MB, SPACING_MAX = timedelta(minutes=10), timedelta(minutes=60)
# A backup listed (to choose from) within this long is spared by rotation.
_LISTED_FOR = 3600.0
UPGRADING = "before upgrading"
# Kept by rotation: the newest few, then the newest of each day, then of each ISO week.
KEEP_NEWEST, KEEP_DAYS, KEEP_WEEKS = 10, 14, 13
# What a backup records about itself, in its own meta table (the project's never has them).
_REASON, _SOURCE = "backup_reason", "backup_of"
# How far a restore is: its step ("check", "read", "upgrade", "backup", "restore", then
# "verify"), and for a copy the pages done of its total (else 0, 0). The callback may raise
# to stop the restore, which then leaves the project exactly as it was; at "verify" the
# project has changed, so it must not.
Steps = Callable[[str, int, int], None]
_PAGES_PER_STEP = 1024  # copied between two calls of a restore's Steps (4 MB at 4 KB a page)


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
        return folder_for(store.path, _meta(conn, "uuid") or "")


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _order(path: Path) -> tuple[datetime, int] | None:
    """When a backup was taken, and its number within that second; None for other files
    (a name shaped like a backup's that is no real time, 20260230-…, included)."""
    found = _NAME.match(path.name)
    if found is None:
        return None
    try:
        moment = datetime.strptime(found[1], _TIME).replace(tzinfo=UTC)
    except ValueError:
        return None
    return moment, int(found[2] or 1)


def _time_of(path: Path) -> datetime | None:
    order = _order(path)
    return None if order is None else order[0]


def _named(folder: Path) -> list[Path]:
    """The backups in ``folder``, oldest first."""
    found = [(order, p) for p in folder.iterdir() if (order := _order(p))]
    return [p for _, p in sorted(found)]


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
            reason, source = _meta(conn, _REASON) or "", _meta(conn, _SOURCE) or ""
            change = _meta(conn, CHANGE_KEY)
    except sqlite3.DatabaseError as error:
        return BackupInfo(path, taken, size, problem=str(error))
    return BackupInfo(path, taken, size, documents, annotations, tags, reason, source, change)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first; one that cannot be read is listed damaged."""
    if not folder.is_dir():
        return []
    return [read_backup(path) for path in reversed(_named(folder))]


def newest_backup(folder: Path, now: datetime | None = None) -> BackupInfo | None:
    """The newest backup alone (reading every one to find it would cost each a count).
    One named in the future (the clock was once ahead) is newest only if all are."""
    found = _named(folder) if folder.is_dir() else []
    soon = (now or datetime.now(UTC)) + timedelta(minutes=1)
    past = [p for p in found if (t := _time_of(p)) is not None and t <= soon]
    chosen = (past or found)[-1:]
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
            _copy(live, temp, {_REASON: reason, _SOURCE: str(store.path.resolve())}, steps)
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
    rotate(folder, protect=(*protect, target), budget=budget_for(size))
    return read_backup(target)


def project_size(store: Store) -> int:
    """The project's size in bytes, as a backup of it will be (its pages)."""
    with store.raw() as conn:
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        return pages * int(conn.execute("PRAGMA page_size").fetchone()[0])


def budget_for(size: int) -> int:
    """The most the backups of a project of ``size`` bytes may take together."""
    return max(BUDGET_FLOOR, BUDGET_TIMES * size)


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
        _copy(conn, target, {_REASON: None, _SOURCE: None}, steps)


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
    stamp = datetime.now(UTC).strftime(_TIME)
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


def rotate(
    folder: Path,
    now: datetime | None = None,
    protect: Sequence[Path] = (),
    budget: int | None = None,
) -> list[Path]:
    """Delete the backups ``to_keep`` does not keep, then, while the rest take more than
    ``budget`` bytes, the oldest (never the newest ``KEEP_ALWAYS``); and what an
    interrupted backup or restore left a day ago. Never deleted: one in ``protect``, one
    named in the future (the clock was ahead; it ages into the rules), and the newest
    made before an upgrade (the way back to the older version). Returns what went."""
    now = now or datetime.now(UTC)
    soon = now + timedelta(minutes=1)
    named = {p: t for p in _named(folder) if (t := _time_of(p)) is not None and t <= soon}
    keep = to_keep(list(named.values()), now)
    spared = {p.resolve() for p in protect}
    gone = [p for p, t in named.items() if t not in keep and p.resolve() not in spared]
    # Finding the one made before an upgrade opens backup after backup: only when
    # something is to go (a timer's backup usually deletes nothing).
    over = budget is not None and sum(_size(p) for p in named if p not in gone) > budget
    if gone or over:
        spared |= _before_upgrade(folder)
        gone = [p for p in gone if p.resolve() not in spared]
    if over and budget is not None:
        gone += _over_budget([p for p in named if p not in gone], spared, budget)
    for path in gone:
        with contextlib.suppress(OSError):
            path.unlink()
    for path in folder.iterdir():
        if _LEFTOVER.match(path.name) and _age(path, now) > _DAY:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    path.unlink()
            gone.append(path)
    return gone


def _over_budget(kept: list[Path], spared: set[Path], budget: int) -> list[Path]:
    """The oldest of ``kept`` (oldest first) to delete so the rest fit ``budget``: weekly
    ones go before daily ones, as they are older."""
    sizes = {p: _size(p) for p in kept}
    total = sum(sizes.values())
    over: list[Path] = []
    for path in kept[: max(0, len(kept) - KEEP_ALWAYS)]:
        if total <= budget:
            break
        if path.resolve() not in spared:
            over.append(path)
            total -= sizes[path]
    return over


def _before_upgrade(folder: Path) -> set[Path]:
    """The newest backup made before an upgrade, kept until the next upgrade makes one."""
    for path in reversed(_named(folder)):
        with contextlib.suppress(sqlite3.Error), reading(path) as conn:
            if _meta(conn, _REASON) == UPGRADING:
                return {path.resolve()}
    return set()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _age(path: Path, now: datetime) -> float:
    try:
        return now.timestamp() - path.stat().st_mtime
    except OSError:
        return 0.0


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
        indexed = _meta(conn, "search_index")
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
