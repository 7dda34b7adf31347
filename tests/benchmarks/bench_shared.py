"""Shared-project benchmark on a loopback PostgreSQL server; prints its figures.

Run: .venv/bin/python tests/benchmarks/bench_shared.py [DOCUMENTS] [CHARS] [ANNOTATIONS]
Targets (the teams issue), with 100,000 annotations in the project: opening a 1 MB document
with its 10,000 annotations <= 300 ms; a tag action's round trip p95 <= 30 ms; a change
visible in a second instance <= 2 s.

The server is the one PARALLAX_TEST_POSTGRES names, else one started for the run by
tests/pg_server.py, with its test shortcuts turned back to a real server's (fsync,
synchronous commit, full-page writes on), so commits wait for the disk as in use. The
project is built as a file (bench_memory.build_large) and uploaded (core/transfer.py),
which is timed too.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench_memory import build_large
from figures import figure

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.core import transfer
from desktop.core.project import ProjectService
from desktop.core.shared_changes import ChangeListener
from desktop.core.shared_store import SharedStore
from desktop.core.store import Store
from tests import pg_server as pg


def durable(server: pg.Server) -> None:
    """A real server's settings: every commit waits for the disk."""
    with server.admin() as admin:
        for setting in ("fsync", "synchronous_commit", "full_page_writes"):
            admin.execute(f"ALTER SYSTEM SET {setting} = on")
        admin.execute("SELECT pg_reload_conf()")
        time.sleep(0.5)
        shown = [admin.execute(f"SHOW {s}").fetchone() for s in ("fsync", "synchronous_commit")]
    print(f"server: fsync={shown[0][0]} synchronous_commit={shown[1][0]}")  # type: ignore[index]


def p50_p95(values: list[float]) -> tuple[float, float]:
    """Median and 95th percentile in milliseconds, as the other benchmarks take them."""
    return statistics.median(values) * 1000, statistics.quantiles(values, n=20)[18] * 1000


def main() -> int:
    documents = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    chars = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    annotations = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
    with tempfile.TemporaryDirectory() as folder, pg.session_server() as server:
        durable(server)
        local = Path(folder) / "large.parallax"
        started = time.perf_counter()
        build_large(local, documents, chars, annotations)
        print(f"built {documents} x {chars:,} chars, {annotations:,} annotations locally: "
              f"{time.perf_counter() - started:.1f} s")  # fmt: skip
        address = server.create_database("bench_shared", owner=pg.APP_ROLE)
        source = Store.open(local)
        started = time.perf_counter()
        SharedStore.create(address, transfer.filling_from(source, [])).close()
        source.close()
        took = time.perf_counter() - started
        print(f"upload (copy + verify by checksums): {took:.1f} s")
        figure(f"upload {annotations:,} annotations to the server, verified", took, "s")

        # Opening a document: a new instance connects, then reads the text and annotations.
        opened: list[float] = []
        connected: list[float] = []
        for _ in range(5):
            started = time.perf_counter()
            store = SharedStore.open(address)
            service = ProjectService(store)
            connected.append(time.perf_counter() - started)
            document = service.documents()[0]
            started = time.perf_counter()
            text = service.document_text(document.id)
            found = service.annotations(document.id)
            opened.append(time.perf_counter() - started)
            store.close()
        print(f"open a {len(text):,}-character document with its {len(found):,} annotations: "
              f"median {statistics.median(opened) * 1000:.0f} ms, max {max(opened) * 1000:.0f} "
              f"ms (connecting and the document list before it: median "
              f"{statistics.median(connected) * 1000:.0f} ms)")  # fmt: skip
        figure(f"shared: open a 1 MB document with its {len(found):,} annotations (median of 5)",
               statistics.median(opened) * 1000, "ms", 300)  # fmt: skip

        # A tag action's round trip: one short transaction each, as the window makes them.
        store = SharedStore.open(address)
        service = ProjectService(store, coder="bench")
        document = service.documents()[1]
        tag = service.tags()[0]
        taken: list[float] = []
        for n in range(300):
            started = time.perf_counter()
            made = service.create_annotation(document.id, n * 50, n * 50 + 20, [tag.id])
            taken.append(time.perf_counter() - started)
        noted: list[float] = []
        for n in range(100):
            started = time.perf_counter()
            made = service.set_note(made.id, f"note {n}", seen=made.version)
            noted.append(time.perf_counter() - started)
        p50, p95 = p50_p95(taken)
        note50, note95 = p50_p95(noted)
        print(f"tag a passage (round trip, commit included): p50 {p50:.1f} ms, p95 {p95:.1f} ms;")
        print(f"edit a note (version checked): p50 {note50:.1f} ms, p95 {note95:.1f} ms")
        figure("shared: tag action round trip p95", p95, "ms", 30)

        # A change made in one instance, seen in another: its listener hears the commit and
        # it reads the document's annotations again (what the window's refresh does).
        other = SharedStore.open(address)
        reader = ProjectService(other)
        seen_at: list[float] = []
        arrived = threading.Event()

        def on_change(_payload: dict[str, Any]) -> None:
            reader.annotations(document.id)
            seen_at.append(time.perf_counter())
            arrived.set()

        listener = ChangeListener(other.url, other.instance, on_change)
        listener.start()
        delays: list[float] = []
        for n in range(20):
            arrived.clear()
            started = time.perf_counter()
            service.set_note(made.id, f"seen {n}")
            if not arrived.wait(10):
                print("a change was not heard within 10 s")
                return 1
            delays.append(seen_at[-1] - started)
            time.sleep(0.05)
        listener.stop()
        other.close()
        store.close()
        print(
            f"a change visible in a second instance (notified, its annotations re-read): "
            f"median {statistics.median(delays) * 1000:.0f} ms, max {max(delays) * 1000:.0f} ms"
        )
        figure("shared: a change visible in a second instance (max of 20)",
               max(delays) * 1000, "ms", 2000)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
