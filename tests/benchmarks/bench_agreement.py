"""Agreement benchmark: 100,000 annotations by 3 coders over 1,000 documents of ~10,000
characters, 10 tags; prints its figures.

Run: .venv/bin/python tests/benchmarks/bench_agreement.py [DOCUMENTS] [ANNOTATIONS] [TAGS]
Times the statistics on the annotations as a view holds them (agreement_units.measure:
character and passage level, per tag and pooled, with the disagreements list), and the
whole service call (agreement_table.compute: the project read once, then measured). No
target is set by the issue; a view recomputes only when asked.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from figures import figure
from sqlalchemy import insert

from desktop.core import agreement_table
from desktop.core.agreement_units import measure
from desktop.core.model import Annotation, AnnotationTag
from desktop.core.project import ProjectService
from desktop.core.store import Store

CODERS = ("ana", "ben", "cleo")


def main() -> int:
    documents = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000
    annotations = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    tag_count = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.create(Path(folder) / "a.parallax")
        service = ProjectService(store)
        text = "Thổ Nhĩ Kỳ kêu gọi ngừng bắn ở Nagorno-Karabakh. " * 200  # 10,000 characters
        document_ids = [service.add_document(f"D{n}", f"{n} {text}").id for n in range(documents)]
        tags = [service.codebook.create_tag(f"Tag {n}", "theme").id for n in range(tag_count)]
        rows, links = [], []
        # Coders mostly mark the same passages with slightly different bounds: realistic
        # agreement, so passages match and the disagreements list is not everything.
        for number in range(1, annotations + 1):
            if number % 3 == 1:
                document_id = rng.choice(document_ids)
                start = rng.randrange(0, 9_700)
                length = rng.randrange(20, 300)
                chosen = rng.sample(tags, rng.choice((1, 1, 2)))
            begin = max(0, start + rng.randrange(-15, 15))
            end = begin + max(1, length + rng.randrange(-30, 30))
            rows.append({"id": number, "uuid": f"a{number}", "document_id": document_id,
                         "start": begin, "end": end, "quote": text[begin:end],
                         "coder": CODERS[number % 3]})  # fmt: skip
            kept = chosen if rng.random() < 0.85 else rng.sample(tags, 1)
            links += [{"annotation_id": number, "tag_id": tag} for tag in kept]
        with store.write() as session:  # bulk set-up in one transaction
            session.execute(insert(Annotation), rows)
            session.execute(insert(AnnotationTag), links)
        held = service.annotations()
        lengths = {d.id: d.length for d in service.documents()}
        print(f"{documents:,} documents (~{len(text):,} characters), {len(held):,} annotations "
              f"by {len(CODERS)} coders, {tag_count} tags")  # fmt: skip
        samples, processor, result = [], [], None
        for _ in range(5):
            began, used = time.perf_counter(), time.process_time()
            result = measure(held, lengths, CODERS, tags)
            samples.append((time.perf_counter() - began) * 1000)
            processor.append((time.process_time() - used) * 1000)
        assert result is not None
        median = statistics.median(samples)
        # CPU time too: on a loaded machine the wall clock says more about the others.
        print(f"measure (characters + passages, {tag_count} tags): median {median:.0f} ms, "
              f"worst of 5 {max(samples):.0f} ms; CPU median "
              f"{statistics.median(processor):.0f} ms; load {os.getloadavg()[0]:.2f}")  # fmt: skip
        figure(f"agreement on {len(held):,} annotations, 3 coders (median of 5)", median, "ms")
        figure("the same, CPU time (median of 5)", statistics.median(processor), "ms")
        began = time.perf_counter()
        agreement_table.compute(service, CODERS, document_ids, tags)
        whole = (time.perf_counter() - began) * 1000
        print(f"compute from the project (read + measure): {whole:.0f} ms")
        figure(f"agreement from the project, {len(held):,} annotations", whole, "ms")
        characters, passages = result.overall.characters, result.overall.passages
        print(f"overall: characters α {characters.alpha:.3f} ({characters.units:,} units), "
              f"passages α {passages.alpha:.3f} ({passages.units:,} units), "
              f"{len(result.disagreements):,} disagreements")  # fmt: skip
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
