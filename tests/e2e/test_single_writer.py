"""One writer per project file, with real processes: a running window refuses the rest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from desktop.core.project_lock import lock_path
from tests.e2e.test_commands import ROOT, run


def test_a_second_parallax_on_an_open_project_is_refused_until_the_first_exits(
    isolated_user_dirs: Path, sample_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(isolated_user_dirs),
           "XDG_CONFIG_HOME": str(isolated_user_dirs / "config")}  # fmt: skip
    with subprocess.Popen(
        [sys.executable, "-m", "desktop", "--project", str(sample_path)],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    ) as window:  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while not _held_by(sample_path, window.pid):
                assert window.poll() is None, "the window exited early"
                assert time.monotonic() < deadline, "the window never opened the project"
                time.sleep(0.05)
            for args in (("list",), ("export", "--out", str(sample_path.with_suffix(".json"))),
                         ("import", str(sample_path)), ()):  # fmt: skip
                refused = run(*args, "--project", str(sample_path), home=isolated_user_dirs)
                assert refused.returncode == 2, (args, refused.stderr)
                assert f"{sample_path} is open in another Parallax window" in refused.stderr
                assert f"process {window.pid} on this computer" in refused.stderr
                assert "Traceback" not in refused.stderr
            assert not sample_path.with_suffix(".json").exists()
        finally:
            window.terminate()
            window.wait(30)
    listed = run("list", "--project", str(sample_path), home=isolated_user_dirs)
    assert listed.returncode == 0, listed.stderr
    assert "Indonesian report" in listed.stdout


def _held_by(project: Path, pid: int) -> bool:
    try:
        return json.loads(lock_path(project).read_text(encoding="utf-8"))["pid"] == pid
    except (OSError, ValueError):
        return False
