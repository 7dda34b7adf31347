"""Crash stress run: kill a writing Parallax process ROUNDS times; prints a summary.

Run: .venv/bin/python tests/benchmarks/stress_crash.py [ROUNDS] [--seed N] [--max-delay S]
The test run does 20 rounds (tests/unit/test_crash.py); this one runs as many as asked,
on the sample project in a temporary folder, and stops at the first failed check with the
seed that reproduces it. Exit status 1 when a check failed.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.core.sample import fill_sample
from desktop.core.store import Store
from tests.crash_harness import CrashCheckFailed, Round, run_round, snapshot


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rounds", type=int, nargs="?", default=200)
    parser.add_argument("--seed", type=int, default=int.from_bytes(os.urandom(4), "big"))
    parser.add_argument("--max-delay", type=float, default=1.5, metavar="S")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    rounds: list[Round] = []
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "stress.parallax"
        Store.create(project, fill_sample).close()
        expected, others = snapshot(project)
        try:
            for n in range(args.rounds):
                delay = rng.uniform(0.02, args.max_delay)
                rounds.append(run_round(project, args.seed + n, delay, expected, others))
                if (n + 1) % 25 == 0:
                    print(f"  {n + 1} rounds, {time.perf_counter() - began:.0f} s", flush=True)
        except CrashCheckFailed as failure:
            print(f"FAILED after {len(rounds)} good rounds: {failure}")
            return 1
        size = project.stat().st_size
    took = time.perf_counter() - began
    cut = Counter(r.cut for r in rounds if r.cut)
    print(f"{len(rounds)} rounds in {took:.1f} s (seed {args.seed}), all checks passed")
    acknowledged = sum(r.acknowledged for r in rounds)
    print(f"  acknowledged writes: {acknowledged}, now {len(expected)} of the child's")
    print(f"  annotations in the project ({size / 1e6:.1f} MB)")
    landed = sum(r.landed for r in rounds)
    print(f"  killed during a write: {sum(cut.values())} ({dict(cut)}); it had landed: {landed}")
    print(f"  reported as not closed properly: {sum(r.unclean for r in rounds)}")
    seconds = [r.seconds for r in rounds]
    print(f"  a round: median {statistics.median(seconds):.2f} s, max {max(seconds):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
