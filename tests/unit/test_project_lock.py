"""One writer per project file: within one process, and across a crash."""

from __future__ import annotations

import json
import os
import platform
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.project import ProjectService
from desktop.core.project_lock import lock_path
from desktop.core.store import ProjectFileError, ProjectInUseError, Store


def test_a_second_open_of_an_open_project_is_refused(store: Store) -> None:
    with pytest.raises(ProjectInUseError, match="open in another Parallax window") as caught:
        Store.open(store.path)
    assert str(store.path) in str(caught.value)
    assert "close it there first" in str(caught.value)
    ProjectService(store).documents()  # the first is unharmed


def test_the_lock_file_names_its_holder_and_goes_when_the_project_is_closed(
    sample_path: Path,
) -> None:
    store = Store.open(sample_path)
    held = json.loads(lock_path(sample_path).read_text(encoding="utf-8"))
    assert held == {"pid": os.getpid(), "host": platform.node()}
    store.close()
    assert not lock_path(sample_path).exists()
    store.close()  # twice is harmless
    Store.open(sample_path).close()


def test_a_new_project_is_locked_from_the_start(tmp_path: Path) -> None:
    path = tmp_path / "new.parallax"
    store = Store.create(path, lambda s: ProjectService(s).initialise("New"))
    try:
        with pytest.raises(ProjectInUseError):
            Store.open(path)
        with pytest.raises(ProjectFileError, match="already exists"):
            Store.create(path)
    finally:
        store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.parallax"]


def test_a_refused_open_leaves_the_holders_lock_alone(store: Store) -> None:
    for _ in range(2):
        with pytest.raises(ProjectInUseError):
            Store.open(store.path)
    assert lock_path(store.path).exists()
    with pytest.raises(ProjectInUseError):  # still held
        Store.open(store.path)


def test_a_holder_killed_outright_leaves_no_lock_behind(sample_path: Path) -> None:
    code = (
        "import sys, time\n"
        "from desktop.core.store import Store\n"
        "Store.open(sys.argv[1])\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", code, str(sample_path)], stdout=subprocess.PIPE, text=True
    ) as child:
        try:
            assert child.stdout is not None and child.stdout.readline() == "ready\n"
            with pytest.raises(ProjectInUseError, match=f"process {child.pid} on this computer"):
                Store.open(sample_path)
        finally:
            child.send_signal(signal.SIGKILL)
    assert lock_path(sample_path).exists()  # its name is still written there…
    store = Store.open(sample_path)  # …but the operating system let go of its lock
    try:
        assert json.loads(lock_path(sample_path).read_text())["pid"] == os.getpid()
    finally:
        store.close()


def test_a_project_reached_through_a_symlink_has_one_lock(
    sample_path: Path, tmp_path: Path
) -> None:
    """A symlinked file or folder names the same project: one writer, whichever name."""
    (tmp_path / "linked-folder").symlink_to(sample_path.parent, target_is_directory=True)
    via_file = tmp_path / "linked.parallax"
    via_file.symlink_to(sample_path)
    store = Store.open(sample_path)
    try:
        for other in (tmp_path / "linked-folder" / sample_path.name, via_file):
            with pytest.raises(ProjectInUseError):
                Store.open(other)
    finally:
        store.close()
    opened = Store.open(via_file)
    try:
        assert opened.path == sample_path.resolve()  # its lock and log sit beside the file
        assert lock_path(sample_path).exists() and not lock_path(via_file).exists()
    finally:
        opened.close()
