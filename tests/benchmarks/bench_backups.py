"""Backup benchmark: back up, check, list and restore the sample and a ~100 MB project.

Run: .venv/bin/python tests/benchmarks/bench_backups.py [MEGABYTES]
The window backs up off its thread; these figures say what that thread (and a start-up
or a restore, which wait for it) costs. Everything is written under a temporary folder.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from figures import figure
from sqlalchemy import insert

from desktop.core import backups
from desktop.core import text as textmod
from desktop.core.model import Annotation, AnnotationTag, Document
from desktop.core.project import ProjectService
from desktop.core.sample import fill_sample
from desktop.core.store import Store

SENTENCES = (
    "Thổ Nhĩ Kỳ kêu gọi ngừng bắn ở Nagorno-Karabakh. ",
    "Rusia menyerukan gencatan senjata segera. ",
    "Liên Hợp Quốc họp khẩn cấp về thương vong. ",
    "Azerbaijan dan Armenia saling tuduh. ",
)


SIZE = ""  # which project is measured, in the figures' names


def timed(name: str, action: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    result = action()
    took = (time.perf_counter() - start) * 1000
    print(f"  {name:<52} {took:8.1f} ms")
    figure(f"backups, {SIZE}: {name}", took, "ms")
    return result


def fill_large(store: Store, megabytes: int) -> None:
    """Documents of ~40,000 characters and 50 annotations each, to about ``megabytes``."""
    rng = random.Random(7)
    service = ProjectService(store)
    service.initialise("Large")
    tags = [service.codebook.create_tag(f"Tag {n}", ("actor", "theme")[n % 2]) for n in range(40)]
    number = 0
    while store.path.stat().st_size + _wal(store.path) < megabytes * 1_000_000:
        documents, annotations, links = [], [], []
        with store.read() as session:
            first = (
                session.connection()
                .exec_driver_sql("SELECT coalesce(max(id), 0) + 1 FROM document")
                .scalar()
            )
        for at in range(first, first + 100):
            body = "".join(rng.choice(SENTENCES) for _ in range(900))
            documents.append({"id": at, "uuid": f"doc-{at}", "title": f"D{at}", "text": body,
                              "text_sha256": hashlib.sha256(body.encode()).hexdigest(),
                              "position": at})  # fmt: skip
            for _ in range(50):
                number += 1
                start = rng.randrange(0, len(body) - 300)
                anchor = textmod.anchor(body, start, start + rng.randrange(5, 200))
                annotations.append({"id": number, "uuid": f"ann-{number}", "document_id": at,
                                    "start": anchor.start, "end": anchor.end,
                                    "quote": anchor.quote, "prefix": anchor.prefix,
                                    "suffix": anchor.suffix, "note": ""})  # fmt: skip
                links.append({"annotation_id": number, "tag_id": rng.choice(tags).id})
        with store.write() as session:
            session.execute(insert(Document), documents)
            session.execute(insert(Annotation), annotations)
            session.execute(insert(AnnotationTag), links)


def _wal(path: Path) -> int:
    wal = Path(f"{path}-wal")
    return wal.stat().st_size if wal.exists() else 0


def measure(name: str, store: Store) -> None:
    global SIZE
    SIZE = f"{name} project ({store.path.stat().st_size / 1e6:.0f} MB)"
    service = ProjectService(store)
    print(f"{name}: {store.path.stat().st_size / 1e6:.1f} MB, {len(service.documents())} "
          f"documents, {len(service.annotations()):,} annotations")  # fmt: skip
    made = timed("make_backup (copy, quick_check, rename, rotate)",
                 lambda: backups.make_backup(store, "benchmark"))  # fmt: skip
    timed("make_backup again", lambda: backups.make_backup(store, "benchmark"))
    kept = backups.Backups(store)
    timed("changed? (first: reads the newest backup)", kept.changed)
    timed("changed? (then: one small read)", kept.changed)
    timed("list_backups (counts from each)", lambda: backups.list_backups(made.path.parent))
    timed("integrity_check of one backup", lambda: backups.integrity(made.path))
    timed("restore (backs up first)", lambda: service.restore_backup(made))


def main() -> int:
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_DATA_HOME"] = str(Path(folder) / "data")  # backups go here
        sample = Store.create(Path(folder) / "sample.parallax", fill_sample)
        measure("sample", sample)
        sample.close()
        start = time.perf_counter()
        large = Store.create(Path(folder) / "large.parallax", lambda s: fill_large(s, megabytes))
        print(f"(built in {time.perf_counter() - start:.1f} s)")
        measure("large", large)
        large.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
