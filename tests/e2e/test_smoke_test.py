"""``parallax --smoke-test``, the check the frozen bundle runs in CI, run from source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def smoke(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home)}  # XDG_* point into home (tests/conftest.py)
    env.pop("QT_QPA_PLATFORM", None)  # the smoke test picks offscreen itself without a display
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke-test", *args],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=240,
    )  # fmt: skip


def test_the_smoke_test_runs_the_app_end_to_end_and_touches_no_user_folder(
    isolated_user_dirs: Path,
) -> None:
    result = smoke(home=isolated_user_dirs)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "(from source;" in out
    assert "on the offscreen platform" in out
    for step in (
        "sample opened in the window: 2 documents side by side (id, vi)",
        "from the Tag menu; highlighted in its pane",
        "Edit → Undo removed it and Redo restored it",
        "as W3C Web Annotation JSON and the project as JSON",
        "read both files back: the annotation is there at",
        "fr.txt, en.html, id.docx, vi.odt, ru.epub, de.pdf",
        "the project checked",
    ):
        assert step in out, f"missing step {step!r}:\n{out}"
    assert out.rstrip().splitlines()[-1].startswith("smoke test passed in ")
    assert "Qt: " not in result.stderr  # no Qt warning beyond the offscreen platform's notes
    # Everything happened in its own temporary folder, which it removed.
    assert not [p for p in isolated_user_dirs.rglob("*") if p.is_file()]
    folder = next(line for line in out.splitlines() if "in a temporary folder:" in line)
    assert not Path(folder.split(": ", 1)[1]).exists()


def test_the_smoke_test_refuses_a_project_of_the_users(isolated_user_dirs: Path) -> None:
    result = smoke("--project", str(isolated_user_dirs / "mine.parallax"), home=isolated_user_dirs)
    assert result.returncode == 2
    assert "leave out --project" in result.stderr
    assert not (isolated_user_dirs / "mine.parallax").exists()
