"""The benchmarks' machine-readable figures, for ``run_all.py``.

A benchmark calls ``figure(...)`` for each headline number it prints. With
``PARALLAX_BENCH_JSON=1`` in its environment (``run_all.py`` sets it) each call also prints
one line ``@figure {json}`` on stdout; otherwise nothing changes in what it prints.
"""

from __future__ import annotations

import json
import os
import sys

VARIABLE = "PARALLAX_BENCH_JSON"
PREFIX = "@figure "


def figure(
    name: str,
    value: float,
    unit: str,
    target: float | None = None,
    *,
    higher_is_better: bool = False,
    note: str = "",
) -> None:
    """One figure: ``value`` in ``unit``; ``target`` is the issue's limit (a maximum, or a
    minimum with ``higher_is_better``); None when no target was set."""
    if not os.environ.get(VARIABLE):
        return
    line = {
        "name": name,
        "value": round(float(value), 3),
        "unit": unit,
        "target": target,
        "better": "higher" if higher_is_better else "lower",
        "note": note,
    }
    print(PREFIX + json.dumps(line, ensure_ascii=False), flush=True)
    sys.stdout.flush()
