"""One writer per project: an OS lock on a file beside the project, held while it is open.

The lock is the operating system's (``flock`` on Unix, a locked byte on Windows), so it
dies with the process that held it, however that process ended: a crash never leaves a
project locked. The file only names its holder, for the message the next opener sees.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
from pathlib import Path

from filelock import FileLock, Timeout


class ProjectBusy(Exception):
    """Another process (or another open of this one) holds the project's lock."""

    def __init__(self, holder: str | None) -> None:
        super().__init__(holder or "unknown holder")
        self.holder = holder


def lock_path(project: Path) -> Path:
    return project.with_name(f"{project.name}.lock")


class ProjectLock:
    """Held from ``acquire`` to ``release``; refuses at once rather than wait for a holder."""

    def __init__(self, project: Path) -> None:
        self.path = lock_path(project)
        self._fd: int | None = None
        # Not thread-local: the window's thread opens the project, any thread may close it.
        self._lock = FileLock(
            self.path, thread_local=False, blocking=False, on_acquired=self._claim
        )

    def acquire(self) -> None:
        """Take the lock, or raise ProjectBusy naming who holds it (OSError: cannot lock)."""
        try:
            self._lock.acquire()
        except Timeout:
            raise ProjectBusy(self._holder()) from None

    def _claim(self, fd: int) -> None:
        # A previous holder that crashed left its name here: write ours over it.
        self._fd = fd
        os.ftruncate(fd, 0)
        record = {"pid": os.getpid(), "host": platform.node()}
        os.write(fd, json.dumps(record).encode("utf-8"))

    def _holder(self) -> str | None:
        try:
            record = json.loads(self.path.read_text(encoding="utf-8"))
            pid, host = int(record["pid"]), str(record["host"])
        except (OSError, ValueError, KeyError, TypeError):  # being written, or not ours
            return None
        if host == platform.node():
            return "this window" if pid == os.getpid() else f"process {pid} on this computer"
        return f"process {pid} on {host}"

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def release(self) -> None:
        """Let go; the file goes too, unless another opener has replaced it meanwhile.

        It is removed while still locked: a waiter that had opened it then finds it unlinked
        and does not count it as held (filelock checks), so two openers can never each hold
        a different file of the same name."""
        if not self._lock.is_locked:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            if fd is not None and os.path.samestat(os.stat(self.path), os.fstat(fd)):
                os.unlink(self.path)
        self._lock.release()
