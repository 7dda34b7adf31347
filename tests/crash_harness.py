"""Kill a writing Parallax process at random moments and check what it acknowledged.

Shared by tests/unit/test_crash.py (a short run in every test run) and
tests/benchmarks/stress_crash.py (as many rounds as asked). Each round starts
tests/crash_child.py on the project, lets it write for a random while, kills it with
SIGKILL, then opens the project as the app would and checks: every write the child
acknowledged is there (the one it was making when killed may or may not be), nothing else
changed, ``integrity_check`` is ok and ``foreign_key_check`` is empty.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.project import ProjectService
from desktop.core.store import Store, interrupted
from tests.crash_child import CODER, state

ROOT = Path(__file__).resolve().parents[1]
CHILD = ROOT / "tests" / "crash_child.py"

State = dict[str, dict[str, Any]]  # uuid → what the annotation should be


@dataclass(frozen=True)
class Round:
    acknowledged: int  # writes the child reported done
    cut: str | None  # the write it was making when killed, if any
    landed: bool  # whether that write is in the file
    unclean: bool  # the project was reported as not closed properly
    seconds: float


class CrashCheckFailed(AssertionError):
    pass


def snapshot(project: Path) -> tuple[State, State]:
    """(the child's annotations, everyone else's), as the project holds them."""
    store = Store.open(project)
    try:
        return _states(ProjectService(store))
    finally:
        store.close()


def _states(service: ProjectService) -> tuple[State, State]:
    mine: State = {}
    others: State = {}
    for annotation in service.annotations():
        (mine if annotation.coder == CODER else others)[annotation.uuid] = state(annotation)
    return mine, others


def run_round(project: Path, seed: int, delay: float, expected: State, others: State) -> Round:
    """One round; ``expected`` is updated to what the project now holds."""
    began = time.perf_counter()
    log, errors = project.with_name(f"crash-{seed}.out"), project.with_name(f"crash-{seed}.err")
    with log.open("wb") as out, errors.open("wb") as err:
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(project), str(seed)], stdout=out, stderr=err, cwd=ROOT
        )
        try:
            _wait_until_ready(child, log, errors)
            time.sleep(delay)
        finally:
            if child.poll() is None:
                os.kill(child.pid, signal.SIGKILL)
            child.wait()
    if child.returncode != -signal.SIGKILL:
        raise CrashCheckFailed(f"seed {seed}: the child ended by itself:\n{errors.read_text()}")
    acknowledged, pending = _replay(log, expected)
    unclean = interrupted(project)
    store = Store.open(project)
    try:
        reported = store.unclean is not None
        service = ProjectService(store)
        mine, now_others = _states(service)
        _check_quotes(service)
        with store.read() as session:
            conn = session.connection()
            integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            dangling = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    finally:
        store.close()
    problems = []
    if reported != unclean:
        problems.append(f"left a write-ahead log: {unclean}, reported as unclean: {reported}")
    if integrity != ["ok"]:
        problems.append(f"integrity_check: {integrity[:5]}")
    if dangling:
        problems.append(f"foreign_key_check: {dangling[:5]}")
    if now_others != others:
        problems.append("annotations the child never touched changed")
    landed = False
    if mine != expected:
        if pending is None or mine != _applied(expected, pending):
            problems.append(_difference(expected, mine, pending))
        else:
            landed = True
    if problems:
        raise CrashCheckFailed(f"seed {seed}, killed after {delay:.3f} s: " + "; ".join(problems))
    expected.clear()
    expected.update(mine)
    cut = pending[0] if pending else None
    return Round(acknowledged, cut, landed, reported, time.perf_counter() - began)


def _wait_until_ready(child: subprocess.Popen[bytes], log: Path, errors: Path) -> None:
    deadline = time.monotonic() + 60
    while not log.read_bytes().startswith(b'{"ready"') or b"\n" not in log.read_bytes():
        if child.poll() is not None or time.monotonic() > deadline:
            raise CrashCheckFailed(f"the child did not start:\n{errors.read_text()}")
        time.sleep(0.005)


Pending = tuple[str, str, dict[str, Any] | None]  # (what, uuid, the state it is meant to leave)


def _replay(log: Path, expected: State) -> tuple[int, Pending | None]:
    """Apply the acknowledged writes to ``expected``; the write left unacknowledged, if any.

    A line cut short by the kill is not an acknowledgement."""
    acknowledged, pending = 0, None
    for line in log.read_bytes().splitlines(keepends=True)[1:]:
        if not line.endswith(b"\n"):
            break
        entry = json.loads(line)
        if "try" in entry:
            pending = (entry["try"], entry["uuid"], entry["state"])
        else:
            assert pending is not None and pending[1] == entry["uuid"]
            if entry["state"] is None:
                expected.pop(entry["uuid"], None)
            else:
                expected[entry["uuid"]] = entry["state"]
            acknowledged, pending = acknowledged + 1, None
    return acknowledged, pending


def _applied(expected: State, pending: Pending) -> State:
    after = dict(expected)
    _what, uuid, meant = pending
    if meant is None:
        after.pop(uuid, None)
    else:
        after[uuid] = meant
    return after


def _difference(expected: State, found: State, pending: Pending | None) -> str:
    missing = sorted(set(expected) - set(found))
    extra = sorted(set(found) - set(expected))
    changed = sorted(u for u in set(expected) & set(found) if expected[u] != found[u])
    return (
        f"acknowledged writes not in the file: missing {missing[:3]}, unexpected {extra[:3]}, "
        f"differing {[(expected[u], found[u]) for u in changed[:2]]} (in flight: {pending})"
    )


def _check_quotes(service: ProjectService) -> None:
    texts = {d.id: service.document_text(d.id) for d in service.documents()}
    for annotation in service.annotations():
        quote = texts[annotation.document_id][annotation.start : annotation.end]
        if annotation.quote != quote:
            raise CrashCheckFailed(f"annotation {annotation.uuid}'s quote is not its text")
