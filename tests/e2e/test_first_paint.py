"""The start-up benchmark's clock in the app (PARALLAX_REPORT_FIRST_PAINT, unset by default):
the real process reports the time to its first painted main window, then closes it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def start(**extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}  # XDG_*: tests/conftest.py
    return subprocess.run(
        [sys.executable, "-m", "desktop"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip


def test_the_app_reports_its_first_paint_and_closes(isolated_user_dirs: Path) -> None:
    began = time.time()
    result = start(PARALLAX_REPORT_FIRST_PAINT=repr(began))
    took = time.time() - began
    assert result.returncode == 0, result.stdout + result.stderr
    found = re.fullmatch(r"first paint (\d+\.\d) ms\n", result.stdout)
    assert found is not None, result.stdout
    assert 0 < float(found.group(1)) <= took * 1000
    assert (isolated_user_dirs / "data" / "Parallax" / "default.parallax").exists()  # the sample


def test_from_the_process_start_when_given_no_time() -> None:
    result = start(PARALLAX_REPORT_FIRST_PAINT="1")
    assert result.returncode == 0, result.stdout + result.stderr
    found = re.fullmatch(r"first paint (\d+\.\d) ms\n", result.stdout)
    assert found is not None, result.stdout
    assert 0 < float(found.group(1)) < 120_000
