"""Durability: a Parallax process killed at any moment loses nothing it had acknowledged.

A longer run: ``python tests/benchmarks/stress_crash.py ROUNDS``.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import cli
from desktop.core.model import Meta
from desktop.core.project import ProjectService
from desktop.core.store import ProjectFileError, Store
from tests.crash_harness import run_round, snapshot

ROUNDS = 20


def test_every_acknowledged_write_survives_sigkill(sample_path: Path) -> None:
    base = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(base)
    expected, others = snapshot(sample_path)
    began = time.perf_counter()
    rounds = [
        run_round(sample_path, base + n, rng.uniform(0.05, 0.8), expected, others)
        for n in range(ROUNDS)
    ]
    took = time.perf_counter() - began
    acknowledged = sum(r.acknowledged for r in rounds)
    print(f"{ROUNDS} rounds, {acknowledged} acknowledged writes, {took:.1f} s (seeds from {base})")
    assert acknowledged > ROUNDS  # the kills came while it was writing, not before
    assert sum(r.cut is not None for r in rounds) > ROUNDS // 2
    assert any(r.unclean for r in rounds)
    assert expected  # the child's work is in the project


def test_a_clean_close_leaves_no_log_and_no_lock(service: ProjectService) -> None:
    document = service.documents()[0]
    service.create_annotation(document.id, 0, 5, [service.tags()[0].id])
    path = service.store.path
    assert Path(f"{path}-wal").exists()
    service.store.close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    again = Store.open(path)
    try:
        assert again.unclean is None
    finally:
        again.close()


def left_open(path: Path, *statements: str) -> None:
    """What a crash leaves: a process writes, then dies without closing the database, so
    its committed frames stay in the write-ahead log, never checkpointed."""
    code = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        "conn.execute('PRAGMA foreign_keys=OFF')\n"
        "for statement in sys.argv[2:]: conn.execute(statement)\n"
        "conn.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path), *statements], check=True)
    assert Path(f"{path}-wal").stat().st_size > 0


def test_an_unclean_shutdown_is_checked_and_reported(sample_path: Path) -> None:
    left_open(sample_path, "INSERT INTO meta (key, value) VALUES ('crash', 'written before it')")
    store = Store.open(sample_path)
    try:
        assert store.unclean is not None and "not closed properly" in store.unclean
        assert "intact" in store.unclean
        with store.read() as session:
            assert session.get(Meta, "crash").value == "written before it"  # type: ignore[union-attr]
    finally:
        store.close()
    assert not Path(f"{sample_path}-wal").exists()
    store = Store.open(sample_path)  # closed properly this time
    try:
        assert store.unclean is None
    finally:
        store.close()


def test_damage_found_after_an_unclean_shutdown_refuses_the_project(sample_path: Path) -> None:
    # A dangling reference, which the quick check on every open does not look for.
    left_open(sample_path, "DELETE FROM tag WHERE id = (SELECT min(tag_id) FROM annotationtag)")
    wal = Path(f"{sample_path}-wal").read_bytes()
    for _ in range(2):  # refused again: the evidence is left as it was
        with pytest.raises(ProjectFileError, match="damaged") as caught:
            Store.open(sample_path)
        assert "refers to a missing row of tag" in str(caught.value)
        assert Path(f"{sample_path}-wal").read_bytes() == wal
        assert not sample_path.with_name(f"{sample_path.name}.lock").exists()


def test_the_commands_report_an_unclean_shutdown(
    sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    left_open(sample_path, "INSERT INTO meta (key, value) VALUES ('crash', 'x')")
    assert cli.main(["list", "--project", str(sample_path)]) == 0
    printed = capsys.readouterr()
    assert "not closed properly" in printed.err and "Indonesian report" in printed.out
    assert cli.main(["list", "--project", str(sample_path)]) == 0
    assert "not closed properly" not in capsys.readouterr().err
