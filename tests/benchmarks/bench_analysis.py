"""Compare benchmark: 1,000 documents × 100 tags × 100,000 annotations; prints its figures.

Run: .venv/bin/python tests/benchmarks/bench_analysis.py [DOCUMENTS] [TAGS] [ANNOTATIONS]
Targets from the compare issue: matrix <= 300 ms, co-occurrence <= 300 ms, passages by
tag for one tag <= 100 ms. Timed on the annotations as the window holds them (read once
from the project, which is timed too), since every view recomputes from those.
"""

from __future__ import annotations

import dataclasses
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from figures import figure
from sqlalchemy import insert

from desktop.core import analysis
from desktop.core.model import Annotation, AnnotationTag
from desktop.core.project import ProjectService
from desktop.core.store import Store


def timed(action: Callable[[], Any], repeat: int = 7) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def main() -> int:
    documents = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000
    tag_count = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    annotations = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.create(Path(folder) / "a.parallax")
        service = ProjectService(store)
        text = "Thổ Nhĩ Kỳ kêu gọi ngừng bắn ở Nagorno-Karabakh. " * 100  # 5,000 characters
        languages, outlets = ["id", "vi", "ru", "tr", "ar"], [f"Outlet {n}" for n in range(12)]
        document_ids = [
            service.add_document(f"D{n} " + text[:20], f"{n} {text}", language=languages[n % 5],
                                 source=outlets[n % 12]).id
            for n in range(documents)
        ]  # fmt: skip
        kinds = ("actor", "theme")
        tags = [service.codebook.create_tag(f"Tag {n}", kinds[n % 2]) for n in range(tag_count)]
        rows, links = [], []
        for number in range(1, annotations + 1):
            start = rng.randrange(0, 4_800)
            end = start + rng.randrange(5, 200)
            document_id = rng.choice(document_ids)
            rows.append({"id": number, "uuid": f"a{number}", "document_id": document_id,
                         "start": start, "end": end, "quote": "q"})  # fmt: skip
            for tag in rng.sample(tags, rng.choice((1, 1, 1, 2, 2, 3))):
                links.append({"annotation_id": number, "tag_id": tag.id})
        with store.write() as session:  # bulk set-up in one transaction
            session.execute(insert(Annotation), rows)
            session.execute(insert(AnnotationTag), links)
        start = time.perf_counter()
        held = service.annotations()
        read = (time.perf_counter() - start) * 1000
        listed = service.documents()
        print(f"{documents:,} documents, {tag_count} tags, {len(held):,} annotations, "
              f"{len(links):,} tag uses; read once: {read:.0f} ms")  # fmt: skip
        figure(f"read {len(held):,} annotations once (for the compare views)", read, "ms")
        by_document = analysis.columns(listed)
        by_outlet = analysis.columns(listed, "source")
        actors = [t.id for t in tags if t.kind == "actor"]
        themes = [t.id for t in tags if t.kind == "theme"]
        everyone = [t.id for t in tags]
        busiest = max(tags, key=lambda t: sum(t.id in a.tag_ids for a in held[:2000]))
        grouped: dict[int, list] = {}  # type: ignore[type-arg]
        for annotation in held:
            grouped.setdefault(annotation.document_id, []).append(annotation)
        cache = analysis.MatrixCache()
        cache.matrix(lambda d: grouped.get(d, []), by_document)

        def after_one_change() -> None:
            # What the window does after a tag: one document's annotations are new records.
            first = grouped[document_ids[0]]
            other = tags[0].id if first[0].tag_ids != (tags[0].id,) else tags[1].id
            first[0] = dataclasses.replace(first[0], tag_ids=(other,))
            cache.matrix(lambda d: grouped.get(d, []), by_document)

        for name, action, target in (
            ("matrix after one change (cached)", after_one_change, 300),
            ("matrix, one column per document", lambda: analysis.matrix(held, by_document), 300),
            ("matrix, grouped by outlet", lambda: analysis.matrix(held, by_outlet), 300),
            ("co-occurrence actor × theme",
             lambda: analysis.cooccurrence(held, actors, themes), 300),
            ("co-occurrence all × all",
             lambda: analysis.cooccurrence(held, everyone, everyone), 300),
            ("passages by tag, one tag", lambda: analysis.passages_with(
                held, [busiest.id], document_ids), 100),
        ):  # fmt: skip
            median, worst = timed(action)
            print(f"{name:<36} median {median:7.1f} ms   worst of 7 {worst:7.1f} ms")
            figure(f"{name}, {len(held):,} annotations (median of 7)", median, "ms", target)
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
