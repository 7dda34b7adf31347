"""A damaged project: moved aside (never deleted) and its newest good backup put in its place.

``Store.open`` finds the damage (``ProjectDamagedError``). ``find_rescue`` then only reads:
which backups there are and the newest that passes ``integrity_check``, so the window can
offer it before anything moves. ``recover`` moves the file and its -wal/-shm aside as
``<name>.damaged`` (``<name>.2.damaged``… when one exists), restores the backup, opens it
and says plainly what happened and what was lost.
"""

from __future__ import annotations

import contextlib
import glob
import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.core import backups
from desktop.core.backups import BackupInfo
from desktop.core.files import sync_folder
from desktop.core.messages import QT_TRANSLATE_NOOP, joined, message_of, plural
from desktop.core.project_lock import ProjectBusy, ProjectLock
from desktop.core.store import (
    CHANGE_KEY,
    ProjectFileError,
    Store,
    set_aside_leftovers,
)

_SIDES = ("-wal", "-shm")  # moved with the file: the log may hold its last commits


class RecoveryError(ProjectFileError):
    """The rescue could not be done; the message says what state the files are in."""


@dataclass(frozen=True, slots=True)
class Peek:
    """What can still be read from a damaged file (each None when it cannot)."""

    uuid: str | None = None
    change: str | None = None
    documents: int | None = None
    annotations: int | None = None


@dataclass(frozen=True, slots=True)
class Rescue:
    """A damaged project and what could restore it, found without changing anything."""

    path: Path
    problem: str
    backups: tuple[BackupInfo, ...] = ()  # every backup of this project, newest first
    good: BackupInfo | None = None  # the newest that passes integrity_check
    skipped: tuple[BackupInfo, ...] = ()  # newer ones that fail it
    peek: Peek = field(default_factory=Peek)
    # ``good`` is a backup of this project taken at another path (moved, renamed, or a copy):
    # offered only where the user is asked, never restored unasked.
    elsewhere: bool = False

    def offer(self) -> str:
        """The question to ask before ``recover``: what is wrong and what would be done."""
        lines = [self.problem, ""]
        if self.good is None:
            aside = QT_TRANSLATE_NOOP(
                "Recovery", "{no_backup} The file can be moved aside, kept as it is."
            )
            lines.append(aside.format(no_backup=self.no_backup()))
        elif self.elsewhere:
            other = QT_TRANSLATE_NOOP(
                "Recovery",
                "{no_backup} This project was also backed up at another path, "
                "{source}: the newest intact backup from there is from "
                "{when} ({contents}). If the project was moved or "
                "renamed, it is this project's. If that is a copy someone else works on, "
                "restoring it puts their work in place of this one. Restore it? The damaged "
                "file is moved aside and kept, not deleted.",
            )
            source = self.good.source or QT_TRANSLATE_NOOP("Recovery", "unknown")
            lines.append(
                other.format(
                    no_backup=self.no_backup(),
                    source=source,
                    when=self.good.when(),
                    contents=_contents(self.good),
                )
            )
        else:
            newest = QT_TRANSLATE_NOOP(
                "Recovery",
                "The newest backup that is intact is from {when} "
                "({contents}). Restore it? The damaged file is moved aside and "
                "kept, not deleted; changes made after the backup are lost.",
            )
            lines.append(newest.format(when=self.good.when(), contents=_contents(self.good)))
        if self.skipped:
            lines.append(_skipped(self.skipped, done=False))
        return joined(lines)

    def no_backup(self) -> str:
        if not self.backups:
            return QT_TRANSLATE_NOOP("Recovery", "There is no backup of it to restore.")
        return plural(
            len(self.backups),
            QT_TRANSLATE_NOOP("Recovery", "Its {n} backup cannot be restored either."),
            QT_TRANSLATE_NOOP("Recovery", "Its {n} backups cannot be restored either."),
        )


@dataclass(frozen=True, slots=True)
class Recovered:
    store: Store | None  # the restored project, open; None when nothing could be restored
    moved_to: Path | None
    message: str


def find_rescue(path: Path, problem: str, *, elsewhere: bool = False) -> Rescue:
    """Look, without changing anything, for the backups that could replace ``path``.

    ``elsewhere`` (only where the user is asked): when none of its own backups is intact,
    also those of the same project (same uuid) taken at other paths."""
    path = path.resolve()
    peek = _peek(path)
    found = _backups_of(path, peek.uuid)
    skipped: list[BackupInfo] = []
    for backup in found:
        if _intact(backup):
            return Rescue(path, problem, tuple(found), backup, tuple(skipped), peek)
        skipped.append(backup)
    if elsewhere and peek.uuid:
        for backup in _backups_elsewhere(path, peek.uuid):
            if _intact(backup):
                return Rescue(path, problem, tuple(found), backup, tuple(skipped), peek, True)
    return Rescue(path, problem, tuple(found), None, tuple(skipped), peek)


def _intact(backup: BackupInfo) -> bool:
    return not backup.damaged and backups.integrity(backup.path) == "ok"


def recover(rescue: Rescue, chosen: BackupInfo | None = None) -> Recovered:
    """Move the damaged file aside and restore ``chosen`` (default: the newest good backup).

    Done under the project's lock, so no other Parallax opens the file halfway."""
    path, backup = rescue.path.resolve(), chosen or rescue.good
    if chosen is not None:
        verdict = backups.integrity(chosen.path)
        if verdict != "ok":
            damaged = QT_TRANSLATE_NOOP(
                "Recovery",
                "The backup of {when} is damaged too ({reason}); nothing was changed.",
            )
            raise RecoveryError(damaged.format(when=chosen.when(), reason=verdict))
    lock = ProjectLock(path)
    try:
        lock.acquire()
    except ProjectBusy:
        in_use = QT_TRANSLATE_NOOP(
            "Recovery", "{path} is open in another Parallax window; close it there first."
        )
        raise RecoveryError(in_use.format(path=path)) from None
    except OSError as error:
        unlocked = QT_TRANSLATE_NOOP("Recovery", "{path} cannot be locked: {reason}.")
        raise RecoveryError(unlocked.format(path=path, reason=error.strerror)) from error
    try:
        last_change = _last_change(path)
        wal_holds_more = _size(Path(f"{path}-wal")) > 0
        moved = _move_aside(path)
        if backup is None:
            return Recovered(None, moved, _nothing_restored(rescue, moved))
        _put_in_place(backup, path)
    finally:
        lock.release()
    try:
        store = Store.open(path, before_upgrade=backups.before_upgrade)
    except ProjectFileError as error:
        unopened = QT_TRANSLATE_NOOP(
            "Recovery",
            "{path} was damaged and was moved to {moved}. The backup of {when} was "
            "put in its place but cannot be opened: {reason}",
        )
        raise RecoveryError(
            unopened.format(path=path, moved=moved, when=backup.when(), reason=message_of(error))
        ) from error
    lost = _what_was_lost(rescue.peek, backup, last_change, wal_holds_more)
    restored = QT_TRANSLATE_NOOP(
        "Recovery",
        "{path} was damaged and was moved to {moved}. The backup of {when} was "
        "restored ({contents}); {lost}",
    )
    message: str = restored.format(
        path=path, moved=moved, when=backup.when(), contents=_contents(backup), lost=lost
    )
    if rescue.skipped and chosen is None:
        message = joined((message, _skipped(rescue.skipped, done=True)), " ")
    return Recovered(store, moved, message)


def _peek(path: Path) -> Peek:
    """Read what the damaged file still gives, without writing or leaving files beside it."""
    values: list[str | int | None] = []
    try:
        with backups.reading(path, immutable=True) as conn:
            for query in (
                "SELECT value FROM meta WHERE key = 'uuid'",
                f"SELECT value FROM meta WHERE key = '{CHANGE_KEY}'",
                "SELECT count(*) FROM document",
                "SELECT count(*) FROM annotation",
            ):
                try:
                    row = conn.execute(query).fetchone()
                    values.append(None if row is None else row[0])
                except sqlite3.DatabaseError:
                    values.append(None)
    except sqlite3.Error:
        return Peek()
    uuid, change, documents, annotations = values
    return Peek(
        uuid if isinstance(uuid, str) else None,
        change if isinstance(change, str) else None,
        documents if isinstance(documents, int) else None,
        annotations if isinstance(annotations, int) else None,
    )


def _backups_of(path: Path, uuid: str | None) -> list[BackupInfo]:
    """Its backups: in its own folder when its uuid can be read, else in every folder of
    its name and path (the folder's name ends with its path's hash)."""
    if uuid:
        return backups.list_backups(backups.folder_for(path, uuid))
    pattern = f"{glob.escape(path.stem)}-*-{backups.path_key(path)}"
    return _newest_first(backups.backups_root(), pattern, exclude=None)


def _backups_elsewhere(path: Path, uuid: str) -> list[BackupInfo]:
    """Backups of the same project (uuid) taken at other paths, newest first."""
    own = backups.folder_for(path, uuid)
    return _newest_first(backups.backups_root(), f"*-{glob.escape(uuid[:8])}-*", exclude=own)


def _newest_first(root: Path, pattern: str, exclude: Path | None) -> list[BackupInfo]:
    folders = [f for f in root.glob(pattern) if f != exclude] if root.is_dir() else []
    found = [b for f in folders for b in backups.list_backups(f)]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _move_aside(path: Path) -> Path:
    """Rename the file (and its -wal/-shm, log first) to the first free ``.damaged`` name."""
    number = 1
    while True:
        name = f"{path.name}.damaged" if number == 1 else f"{path.name}.{number}.damaged"
        target = path.with_name(name)
        if not any(Path(f"{target}{side}").exists() for side in ("", *_SIDES)):
            break
        number += 1
    try:
        for side in _SIDES:
            if Path(f"{path}{side}").exists():
                os.rename(f"{path}{side}", f"{target}{side}")
        os.rename(path, target)
        sync_folder(path.parent)
    except OSError as error:
        unmoved = QT_TRANSLATE_NOOP(
            "Recovery",
            "{path} is damaged, and could not be moved aside to {target}: {reason}. "
            "Nothing was deleted.",
        )
        raise RecoveryError(
            unmoved.format(path=path, target=target, reason=error.strerror)
        ) from error
    return target


def _put_in_place(backup: BackupInfo, path: Path) -> None:
    """Write the backup as the project, under a temporary name renamed into place whole."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".restoring", dir=path.parent)
    os.close(handle)
    temp = Path(name)
    try:
        backups.copy_out(backup, temp)
        set_aside_leftovers(path)  # a log left beside the name would be replayed into it
        os.replace(temp, path)
        sync_folder(path.parent)
    except (sqlite3.Error, OSError, ProjectFileError) as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        unplaced = QT_TRANSLATE_NOOP(
            "Recovery",
            "The backup of {when} could not be put in place of {path}: {reason}. "
            "The damaged file was kept.",
        )
        raise RecoveryError(
            unplaced.format(when=backup.when(), path=path, reason=message_of(error))
        ) from error


def _last_change(path: Path) -> datetime | None:
    times = [p.stat().st_mtime for p in (path, Path(f"{path}-wal")) if p.exists()]
    return datetime.fromtimestamp(max(times)).astimezone() if times else None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _what_was_lost(
    peek: Peek, backup: BackupInfo, last_change: datetime | None, wal_holds_more: bool
) -> str:
    if peek.change is not None and peek.change == backup.change and not wal_holds_more:
        return QT_TRANSLATE_NOOP(
            "Recovery", "it holds the project as it was last saved, so nothing was lost."
        )
    changed = f"{last_change:%Y-%m-%d %H:%M}" if last_change else backup.when()
    lost = (
        QT_TRANSLATE_NOOP(
            "Recovery",
            "changes made after {when} (the damaged file was last changed at {changed}) are lost.",
        )
        if changed > backup.when()
        else QT_TRANSLATE_NOOP("Recovery", "changes made after {when} are lost.")
    ).format(when=backup.when(), changed=changed)
    if peek.documents is not None and peek.annotations is not None:
        listed = QT_TRANSLATE_NOOP(
            "Recovery", "The damaged file still listed {documents} and {annotations}."
        ).format(documents=_documents(peek.documents), annotations=_annotations(peek.annotations))
        return joined((lost, listed), " ")
    return lost


def _nothing_restored(rescue: Rescue, moved: Path) -> str:
    nothing = QT_TRANSLATE_NOOP(
        "Recovery", "{path} is damaged and was moved to {moved}; nothing was deleted. {no_backup}"
    )
    return nothing.format(path=rescue.path, moved=moved, no_backup=rescue.no_backup())


def _documents(count: int) -> str:
    return plural(
        count,
        QT_TRANSLATE_NOOP("Recovery", "{n} document"),
        QT_TRANSLATE_NOOP("Recovery", "{n} documents"),
    )


def _annotations(count: int) -> str:
    return plural(
        count,
        QT_TRANSLATE_NOOP("Recovery", "{n} annotation"),
        QT_TRANSLATE_NOOP("Recovery", "{n} annotations"),
    )


def _contents(backup: BackupInfo) -> str:
    return QT_TRANSLATE_NOOP("Recovery", "{documents}, {annotations}").format(
        documents=_documents(backup.documents), annotations=_annotations(backup.annotations)
    )


def _skipped(skipped: tuple[BackupInfo, ...], done: bool) -> str:
    if len(skipped) == 1:
        one = (
            QT_TRANSLATE_NOOP("Recovery", "A newer backup, of {when}, is damaged and was skipped.")
            if done
            else QT_TRANSLATE_NOOP("Recovery", "A newer backup, of {when}, is damaged.")
        )
        return one.format(when=skipped[0].when())
    many = (
        QT_TRANSLATE_NOOP("Recovery", "{count} newer backups are damaged and were skipped.")
        if done
        else QT_TRANSLATE_NOOP("Recovery", "{count} newer backups are damaged.")
    )
    return many.format(count=len(skipped))
