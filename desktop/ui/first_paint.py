"""For the start-up benchmark only, off by default: with ``PARALLAX_REPORT_FIRST_PAINT`` set,
print the milliseconds to the main window's first paint and close the window.

The value is when the clock started, in epoch seconds (the benchmark sets it just before
it starts the process); any other value, such as ``1``, means this process's own start
(read from Linux's /proc, in steps of 10 ms).
"""

from __future__ import annotations

import os
import time

from PySide6.QtWidgets import QWidget

from desktop.ui.after_first_paint import after_first_paint

VARIABLE = "PARALLAX_REPORT_FIRST_PAINT"


def watch(window: QWidget) -> None:
    value = os.environ.get(VARIABLE)
    if value:
        since = _since(value)

        def report() -> None:
            # Called once the whole window (children too) is drawn, as before.
            print(f"first paint {(time.time() - since) * 1000:.1f} ms", flush=True)
            window.close()

        after_first_paint(window, report)


def _since(value: str) -> float:
    if value.replace(".", "", 1).isdigit() and float(value) > 1e9:
        return float(value)
    # This process's start: clock ticks after boot, field 22 of its stat (10 ms steps).
    with open("/proc/self/stat", encoding="ascii") as stat:
        ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime", encoding="ascii") as uptime:
        up = float(uptime.read().split()[0])
    return time.time() - (up - ticks / os.sysconf("SC_CLK_TCK"))
