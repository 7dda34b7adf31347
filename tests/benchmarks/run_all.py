"""Run every benchmark, each in a fresh interpreter; print a table and write JSON.

Run: .venv/bin/python tests/benchmarks/run_all.py [--quick] [--only NAME ...] [--json OUT]
Each benchmark is run as its own process (offscreen Qt, PARALLAX_BENCH_JSON=1, empty data
and settings folders of its own) and reports its figures as ``@figure {json}`` lines
(see figures.py). The table says, for each figure with a target from the issues, whether
it was met; nothing is asserted and the exit status is 1 only when a benchmark failed
to run. ``--quick``: small sizes, a minute or two, to check that everything runs (its
figures are not comparable with the targets). The JSON (default benchmark-results.json in
the current folder) also records the machine, its load and the commit measured.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
PREFIX = "@figure "


@dataclass(frozen=True)
class Benchmark:
    name: str
    script: str
    args: tuple[str, ...] = ()
    quick: tuple[str, ...] = ()
    what: str = ""


BENCHMARKS = (
    Benchmark("startup", "bench_startup.py", (), ("2",),
              "the app process to its first painted main window, on the sample project"),
    Benchmark("reader", "bench_reader.py", (), ("200000", "1000", "2000"),
              "open a 1,000,000-character document with 5,000 / 10,000 annotations; tag"),
    Benchmark("window", "bench_window.py", (), ("200000", "2000"),
              "the real window: open the large document, tag, undo, recolour"),
    Benchmark("scroll", "bench_scroll.py", (), ("200000", "2000", "30"),
              "page through 1,000,000 characters with 10,000 annotations"),
    Benchmark("stall", "bench_stall.py", (), ("200000", "2000"),
              "the event loop's longest stall while opening, scrolling, tagging, searching, "
              "exporting"),
    Benchmark("memory", "bench_memory.py", (), ("3", "200000", "10000"),
              "peak RSS with 10 documents of 1,000,000 characters and 100,000 annotations"),
    Benchmark("search", "bench_search.py", (), ("100", "20"),
              "search 1,000 documents (~50 MB)"),
    Benchmark("import", "bench_import.py", (), ("100", "20"),
              "import 1,000 text files (~50 MB)"),
    Benchmark("interchange", "bench_interchange.py", (), ("20", "10000"),
              "export and import 100,000 annotations (W3C JSON, project JSON, .qdpx)"),
    Benchmark("analysis", "bench_analysis.py", (), ("100", "20", "10000"),
              "matrix and co-occurrence on 100,000 annotations"),
    Benchmark("agreement", "bench_agreement.py", (), ("100", "10000", "5"),
              "inter-coder agreement: 100,000 annotations, 3 coders, 1,000 documents"),
    Benchmark("reanchor", "bench_reanchor.py", (), ("1",),
              "re-anchoring 500 annotations after 300 random edits"),
    Benchmark("backups", "bench_backups.py", (), ("10",),
              "back up, check and restore the sample and a ~100 MB project"),
    Benchmark("shared", "bench_shared.py", (), ("2", "200000", "4000"),
              "a shared project on a loopback PostgreSQL server: 100,000 annotations; open, "
              "tag, a change seen by a second instance"),
)  # fmt: skip
BY_NAME = {b.name: b for b in BENCHMARKS}


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
    }
    for distribution in ("PySide6-Essentials", "PySide6", "SQLAlchemy", "sqlmodel"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            info[distribution] = metadata.version(distribution)
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
        info["cpu_model"] = next(
            (line.split(":", 1)[1].strip() for line in cpuinfo.splitlines()
             if line.startswith("model name")), platform.processor() or "unknown")  # fmt: skip
        meminfo = Path("/proc/meminfo").read_text(encoding="ascii")
        kilobytes = int(next(line.split()[1] for line in meminfo.splitlines()
                             if line.startswith("MemTotal")))  # fmt: skip
        info["ram_gb"] = round(kilobytes / 1024 / 1024, 1)
    except (OSError, StopIteration):  # not Linux
        info["cpu_model"] = platform.processor() or "unknown"
    return info


def commit() -> dict[str, Any]:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    return {"commit": git("rev-parse", "HEAD"), "dirty": bool(git("status", "--porcelain"))}


def run(benchmark: Benchmark, quick: bool, quiet: bool) -> tuple[dict[str, Any], list[dict]]:
    args = benchmark.quick if quick else benchmark.args
    command = [sys.executable, str(HERE / benchmark.script), *args]
    print(f"== {benchmark.name}: {benchmark.what}", flush=True)
    load = os.getloadavg()[0]  # other work on the machine skews the figures: say how much
    figures: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix=f"bench-{benchmark.name}-") as home:
        env = dict(os.environ, PARALLAX_BENCH_JSON="1", QT_QPA_PLATFORM="offscreen")
        for variable, folder in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                                 ("XDG_STATE_HOME", "state")):  # fmt: skip
            env[variable] = str(Path(home) / folder)
        began = time.perf_counter()
        with subprocess.Popen(
            command, cwd=REPO, env=env, text=True, encoding="utf-8",
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        ) as process:  # fmt: skip
            assert process.stdout is not None and process.stderr is not None
            for line in process.stdout:
                if line.startswith(PREFIX):
                    figures.append({"benchmark": benchmark.name, **json.loads(line[len(PREFIX) :])})
                elif not quiet:
                    print(f"   {line.rstrip()}", flush=True)
            errors = process.stderr.read()
            returncode = process.wait()
        took = time.perf_counter() - began
    if returncode != 0:
        print(f"   FAILED (exit status {returncode}):\n{errors[-3000:]}", flush=True)
    print(f"   ({took:.0f} s, {len(figures)} figures)", flush=True)
    for found in figures:
        found["status"] = status(found)
    ran = {"name": benchmark.name, "command": shlex.join([f"tests/benchmarks/{benchmark.script}",
           *args]), "seconds": round(took, 1), "load_at_start": round(load, 2),
           "returncode": returncode}  # fmt: skip
    return ran, figures


def status(found: dict[str, Any]) -> str | None:
    target = found.get("target")
    if target is None:
        return None
    if found.get("better") == "higher":
        return "pass" if found["value"] >= target else "miss"
    return "pass" if found["value"] <= target else "miss"


def shown(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:,.2f} s"
    if unit == "%":
        return f"{value:.2f} %"
    if unit == "ms" and value < 10:
        return f"{value:.2f} ms"
    if unit == "ms" and value < 100:
        return f"{value:.1f} ms"
    return f"{value:,.0f} {unit}"


def target_text(found: dict[str, Any]) -> str:
    if found.get("target") is None:
        return ""
    sign = "≥" if found.get("better") == "higher" else "≤"
    return f"{sign} {found['target']:g} {found['unit']}"


def table(figures: list[dict[str, Any]], markdown: bool = False) -> str:
    rows = [
        (f["benchmark"], f["name"], shown(f["value"], f["unit"]), target_text(f),
         {"pass": "pass", "miss": "MISS"}.get(f["status"] or "", ""))
        for f in figures
    ]  # fmt: skip
    heads = ("benchmark", "figure", "measured", "target", "")
    if markdown:
        lines = ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in [heads, *rows]) for i in range(len(heads))]
    out = ["  ".join(h.ljust(w) for h, w in zip(heads, widths, strict=True))]
    out.append("  ".join("-" * w for w in widths))
    for row in rows:
        cells = [row[0].ljust(widths[0]), row[1].ljust(widths[1]), row[2].rjust(widths[2]),
                 row[3].rjust(widths[3]), row[4]]  # fmt: skip
        out.append("  ".join(cells))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: check that all run")
    parser.add_argument("--only", nargs="+", metavar="NAME", choices=list(BY_NAME),
                        help=f"run only these: {', '.join(BY_NAME)}")  # fmt: skip
    parser.add_argument("--json", default="benchmark-results.json", metavar="OUT",
                        help="where to write the results (default: %(default)s)")  # fmt: skip
    parser.add_argument("--markdown", action="store_true", help="also print a Markdown table")
    parser.add_argument("--quiet", action="store_true", help="only the table")
    args = parser.parse_args(argv)
    chosen = [BY_NAME[n] for n in args.only] if args.only else list(BENCHMARKS)
    load_before = os.getloadavg()
    started = datetime.now(UTC)
    runs, figures = [], []
    for benchmark in chosen:
        ran, found = run(benchmark, args.quick, args.quiet)
        runs.append(ran)
        figures += found
    results = {
        "date": started.isoformat(timespec="seconds"),
        "command": shlex.join(["tests/benchmarks/run_all.py", *(argv or sys.argv[1:])]),
        "quick": args.quick,
        "machine": {
            **machine(),
            "load_before": [round(x, 2) for x in load_before],
            "load_after": [round(x, 2) for x in os.getloadavg()],
        },
        "git": commit(),
        "benchmarks": runs,
        "figures": figures,
    }
    Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print()
    print(table(figures))
    if args.markdown:
        print()
        print(table(figures, markdown=True))
    misses = sum(f["status"] == "miss" for f in figures)
    met = sum(f["status"] == "pass" for f in figures)
    failed = [r["name"] for r in runs if r["returncode"] != 0]
    print(f"\n{met} targets met, {misses} missed{' (--quick: sizes not comparable)' * args.quick}"
          f"; {len(figures)} figures written to {args.json}"
          f"{'; FAILED: ' + ', '.join(failed) if failed else ''}")  # fmt: skip
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
