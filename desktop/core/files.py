"""Writing files so that a reader never sees half of one."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from pathlib import Path


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


def write_atomically(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` via a synced temporary file renamed into place, then sync
    the folder so the rename is on disk too.

    A link is followed and its target replaced; an existing file keeps its permissions.
    Read-only files and anything that is not a regular file (a folder, a device, a pipe)
    are refused. On any failure the temporary file is removed and ``path`` is untouched.
    """
    target = Path(path)
    temp: str | None = None
    try:
        target = target.resolve() if target.is_symlink() else target
        folder = target.parent
        if target.exists():
            info = target.stat()
            if stat.S_ISDIR(info.st_mode):
                raise ExportError(f"Cannot write {path}: it is a folder.")
            if not stat.S_ISREG(info.st_mode):
                raise ExportError(f"Cannot write {path}: it is not a regular file.")
            if not info.st_mode & 0o222:
                raise ExportError(f"Cannot write {path}: the file is read-only.")
            mode = stat.S_IMODE(info.st_mode)
        else:
            mode = _default_mode()
        if not folder.is_dir():
            raise ExportError(f"Cannot write {path}: the folder {folder} does not exist.")
        handle, temp = tempfile.mkstemp(prefix=f".{target.name[:50]}.", suffix=".part", dir=folder)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            sync_file(out.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
        temp = None
        sync_folder(folder)  # the rename itself durable too
    except OSError as error:
        raise ExportError(f"Cannot write {path}: {error.strerror or error}.") from error
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
