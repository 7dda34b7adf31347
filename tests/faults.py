"""Real file-system faults for tests: read-only files and folders, a disk that fills up.

Root ignores permission bits, so for root a read-only file is made immutable
(``chattr +i``) instead; a test skips when neither works here. A full disk is a tiny tmpfs,
which needs the right to mount (root in CI); elsewhere those tests skip.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Files or folders that cannot be written, even by root, until the block ends."""
    done: list[Path] = []
    try:
        for path in paths:
            if os.geteuid() == 0:
                _chattr("+i", path)
            else:
                path.chmod(path.stat().st_mode & ~0o222)
            done.append(path)
            if os.access(path, os.W_OK):
                pytest.skip(f"cannot make {path} read-only here")
        yield
    finally:
        for path in reversed(done):
            if os.geteuid() == 0:
                _chattr("-i", path)
            else:
                path.chmod(path.stat().st_mode | 0o200)


def _chattr(change: str, path: Path) -> None:
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not available")
    result = subprocess.run(["chattr", change, str(path)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"chattr {change} is not supported here: {result.stderr.strip()}")


@contextlib.contextmanager
def tiny_filesystem(folder: Path, size: str = "2m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``folder`` (made if missing), unmounted at the end."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tiny file system needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)
        if os.path.ismount(folder):
            subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_up(folder: Path) -> Path:
    """Write a file in ``folder`` until its file system has no room left; returns it."""
    filler = folder / "filler.bin"
    block = b"\0" * 65536
    with filler.open("wb", buffering=0) as out:
        while True:
            try:
                out.write(block)
            except OSError as error:
                if error.errno != errno.ENOSPC:
                    raise
                block = block[: len(block) // 2]
                if not block:
                    break
    return filler
