"""Scroll benchmark: page through a large, densely highlighted document; frame times.

Run: .venv/bin/python tests/benchmarks/bench_scroll.py [CHARS] [ANNOTATIONS] [PAGES]
A 1,000,000-character document with 10,000 annotations (one every 100 characters, 5 to 200
long, so most of the text is under one or more highlights) in a 700 × 900 pane, scrolled a
page at a time. A frame is the scroll (the highlights coming into view are applied then)
and the synchronous repaint of the text; both parts are reported too. First just after
the document opened, while the rest of its highlights are still being applied between
events (page by page from the top, then jumps to random places, as a drag of the scroll
bar does), then once every highlight is in place. No issue sets a target: one 60 Hz
frame (16 ms) is the yardstick.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_reader import build
from figures import figure
from PySide6.QtWidgets import QApplication

from desktop.core.project import ProjectService
from desktop.ui.reader.document_pane import DocumentPane

FRAME = 16.0


def page_down(
    app: QApplication, pane: DocumentPane, pages: int, between: bool, jump: bool = False
) -> list[tuple[float, float]]:
    """(scroll ms, paint ms) per page; ``between``: let the event loop run between pages;
    ``jump``: to a random place rather than a page down."""
    bar = pane.view.verticalScrollBar()
    rng = random.Random(3)
    frames = []
    for _ in range(pages):
        if bar.value() >= bar.maximum() and not jump:
            break
        start = time.perf_counter()
        bar.setValue(rng.randrange(bar.maximum()) if jump else bar.value() + bar.pageStep())
        scrolled = time.perf_counter()
        pane.view.viewport().repaint()
        frames.append(((scrolled - start) * 1000, (time.perf_counter() - scrolled) * 1000))
        if between:
            app.processEvents()  # what the event loop does until the next frame
    return frames


def report(name: str, frames: list[tuple[float, float]]) -> None:
    whole = [a + b for a, b in frames]
    p95 = statistics.quantiles(whole, n=20)[18]
    print(f"{name:<44} {len(frames):>5} frames   p50 {statistics.median(whole):6.1f} ms   "
          f"p95 {p95:6.1f} ms   max {max(whole):6.1f} ms   (scroll p50 "
          f"{statistics.median(a for a, _ in frames):5.1f}, paint p50 "
          f"{statistics.median(b for _, b in frames):5.1f})")  # fmt: skip
    figure(f"{name}, frame p50", statistics.median(whole), "ms")
    figure(f"{name}, frame p95", p95, "ms", FRAME, note="target: one 60 Hz frame")
    figure(f"{name}, slowest frame", max(whole), "ms")


def main() -> int:
    chars = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    pages = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        store, document_id = build(Path(folder) / "s.parallax", chars, count)
        service = ProjectService(store)

        def opened() -> DocumentPane:
            pane = DocumentPane()
            pane.resize(700, 900)
            pane.show()
            pane.set_document(service.document(document_id), service.document_text(document_id))
            pane.set_annotations(service.annotations(document_id), service.tags())
            app.processEvents()
            return pane

        pane = opened()
        print(f"{chars:,} characters, {count:,} annotations, "
              f"{pane.view.verticalScrollBar().pageStep()} lines a page")  # fmt: skip
        what = f"scroll {chars:,} characters, {count:,} annotations"
        report(f"{what}, just opened: page down", page_down(app, pane, min(pages, 100), True))
        pane.close()
        pane = opened()
        report(f"{what}, just opened: jumps", page_down(app, pane, 50, True, jump=True))
        pane.painter.finish()
        pane.view.verticalScrollBar().setValue(0)
        app.processEvents()
        report(f"{what}, all highlights applied", page_down(app, pane, pages, between=False))
        pane.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
