"""Which backups of a project rotation keeps, and deleting the rest.

The newest few, then the newest of each day, then of each ISO week; then, while the rest
take more than the project's budget (``backups.budget_for``), the oldest (never the newest
``KEEP_ALWAYS``). Rotation also clears what an interrupted backup or restore left behind.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop.core.backup_names import REASON_KEY, dated, meta_value, named, reading

# What an interrupted backup or restore leaves (mkstemp's ".….tmp", its journal, a
# ".restore-…" folder): removed by rotation once a day old, when nothing can be using it.
_LEFTOVER = re.compile(r"^\.(restore-.*|.*\.tmp(-journal|-wal|-shm)?)$")
_DAY = 24 * 3600
GB = 1_000_000_000
# The most the backups of one project take: max(BUDGET_FLOOR, BUDGET_TIMES × the project);
# the newest KEEP_ALWAYS are never deleted to fit it.
BUDGET_FLOOR, BUDGET_TIMES, KEEP_ALWAYS = 2 * GB, 5, 2
UPGRADING = "before upgrading"
# Kept by rotation: the newest few, then the newest of each day, then of each ISO week.
KEEP_NEWEST, KEEP_DAYS, KEEP_WEEKS = 10, 14, 13


def budget_for(size: int) -> int:
    """The most the backups of a project of ``size`` bytes may take together."""
    return max(BUDGET_FLOOR, BUDGET_TIMES * size)


def to_keep(times: Sequence[datetime], now: datetime) -> set[datetime]:
    """Which backups rotation keeps: the newest ``KEEP_NEWEST``, the newest of each day
    for ``KEEP_DAYS`` days and the newest of each ISO week for ``KEEP_WEEKS`` weeks
    (days and weeks by UTC; ages counted back from ``now``)."""
    newest_first = sorted(set(times), reverse=True)
    keep = set(newest_first[:KEEP_NEWEST])
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for moment in newest_first:
        age = now - moment
        if age < timedelta(days=KEEP_DAYS) and moment.date() not in days:
            days.add(moment.date())
            keep.add(moment)
        iso = moment.isocalendar()
        week = (iso.year, iso.week)
        if age < timedelta(weeks=KEEP_WEEKS) and week not in weeks:
            weeks.add(week)
            keep.add(moment)
    return keep


def rotate(
    folder: Path,
    now: datetime | None = None,
    protect: Sequence[Path] = (),
    budget: int | None = None,
) -> list[Path]:
    """Delete the backups ``to_keep`` does not keep, then, while the rest take more than
    ``budget`` bytes, the oldest (never the newest ``KEEP_ALWAYS``); and what an
    interrupted backup or restore left a day ago. Never deleted: one in ``protect``, one
    named in the future (the clock was ahead; it ages into the rules), and the newest
    made before an upgrade (the way back to the older version). Returns what went."""
    now = now or datetime.now(UTC)
    soon = now + timedelta(minutes=1)
    times = {p: t for t, p in dated(folder) if t <= soon}
    keep = to_keep(list(times.values()), now)
    spared = {p.resolve() for p in protect}
    gone = [p for p, t in times.items() if t not in keep and p.resolve() not in spared]
    # Finding the one made before an upgrade opens backup after backup: only when
    # something is to go (a timer's backup usually deletes nothing).
    over = budget is not None and sum(_size(p) for p in times if p not in gone) > budget
    if gone or over:
        spared |= _before_upgrade(folder)
        gone = [p for p in gone if p.resolve() not in spared]
    if over and budget is not None:
        gone += _over_budget([p for p in times if p not in gone], spared, budget)
    for path in gone:
        with contextlib.suppress(OSError):
            path.unlink()
    for path in folder.iterdir():
        if _LEFTOVER.match(path.name) and _age(path, now) > _DAY:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    path.unlink()
            gone.append(path)
    return gone


def _over_budget(kept: list[Path], spared: set[Path], budget: int) -> list[Path]:
    """The oldest of ``kept`` (oldest first) to delete so the rest fit ``budget``: weekly
    ones go before daily ones, as they are older."""
    sizes = {p: _size(p) for p in kept}
    total = sum(sizes.values())
    over: list[Path] = []
    for path in kept[: max(0, len(kept) - KEEP_ALWAYS)]:
        if total <= budget:
            break
        if path.resolve() not in spared:
            over.append(path)
            total -= sizes[path]
    return over


def _before_upgrade(folder: Path) -> set[Path]:
    """The newest backup made before an upgrade, kept until the next upgrade makes one."""
    for path in reversed(named(folder)):
        with contextlib.suppress(sqlite3.Error), reading(path) as conn:
            if meta_value(conn, REASON_KEY) == UPGRADING:
                return {path.resolve()}
    return set()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _age(path: Path, now: datetime) -> float:
    try:
        return now.timestamp() - path.stat().st_mtime
    except OSError:
        return 0.0
