"""Writing files so that a reader never sees half of one."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from desktop.core.messages import QT_TRANSLATE_NOOP


class ExportError(Exception):
    """A file could not be written; the message names the file and the reason."""


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable: on POSIX a rename is on disk only once the
    folder itself is (Windows has no such call; NTFS journals the rename)."""
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def sync_file(fd: int) -> None:
    """fsync, or on macOS F_FULLFSYNC (its fsync leaves the data in the drive's cache)."""
    if sys.platform == "darwin":
        import fcntl

        fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
    else:
        os.fsync(fd)


UNWRITABLE = QT_TRANSLATE_NOOP("Export", "Cannot write {path}: {reason}.")


def _writable(path: Path | str, target: Path) -> int:
    """The mode the file at ``target`` (a link's target) is to have, or ``ExportError``
    saying why it cannot be written."""
    if target.exists():
        info = target.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ExportError(
                UNWRITABLE.format(path=path, reason=QT_TRANSLATE_NOOP("Export", "it is a folder"))
            )
        if not stat.S_ISREG(info.st_mode):
            raise ExportError(
                UNWRITABLE.format(
                    path=path, reason=QT_TRANSLATE_NOOP("Export", "it is not a regular file")
                )
            )
        if not info.st_mode & 0o222:
            raise ExportError(
                UNWRITABLE.format(
                    path=path, reason=QT_TRANSLATE_NOOP("Export", "the file is read-only")
                )
            )
        return stat.S_IMODE(info.st_mode)
    if not target.parent.is_dir():
        missing = QT_TRANSLATE_NOOP("Export", "the folder {folder} does not exist").format(
            folder=target.parent
        )
        raise ExportError(UNWRITABLE.format(path=path, reason=missing))
    return _default_mode()


def write_atomically(
    path: Path | str,
    data: bytes | Iterable[bytes],
    *,
    last_chance: Callable[[], None] | None = None,
) -> None:
    """Write ``data`` to ``path`` via a synced temporary file renamed into place, then sync
    the folder so the rename is on disk too.

    ``data`` may come in pieces, written as they are made (an export's file need not be
    held whole); ``last_chance`` is called once the file is written and synced, right
    before the rename. An exception from either (an export cancelled) is passed on as
    any failure: the temporary file is removed and ``path`` is untouched.

    A link is followed and its target replaced; an existing file keeps its permissions.
    Read-only files and anything that is not a regular file (a folder, a device, a pipe)
    are refused, before the first piece is asked for.
    """
    target = Path(path)
    temp: str | None = None
    try:
        target = target.resolve() if target.is_symlink() else target
        folder = target.parent
        _writable(path, target)  # refused before the work of making the pieces
        handle, temp = tempfile.mkstemp(prefix=f".{target.name[:50]}.", suffix=".part", dir=folder)
        with os.fdopen(handle, "wb") as out:
            if isinstance(data, bytes):
                out.write(data)
            else:
                for piece in data:
                    out.write(piece)
            out.flush()
            sync_file(out.fileno())
        if last_chance is not None:
            last_chance()
        os.chmod(temp, _writable(path, target))  # as it is now, after the pieces
        os.replace(temp, target)
        temp = None
        sync_folder(folder)  # the rename itself durable too
    except OSError as error:
        raise ExportError(UNWRITABLE.format(path=path, reason=error.strerror or error)) from error
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
