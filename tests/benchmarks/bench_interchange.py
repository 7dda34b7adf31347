"""Interchange benchmark: export, read and merge 100,000 annotations; prints its figures.

Run: .venv/bin/python tests/benchmarks/bench_interchange.py [DOCUMENTS] [ANNOTATIONS]
Targets (the packaging issue): export 100,000 annotations <= 2 s, import them <= 3 s.
The merge is timed into a second project holding the same texts under other uuids (so
every document is matched by its text hash), then again when all of it is already there.
A W3C file carries no texts, so it is imported into that project; the .qdpx file carries
them, so it is imported (read and merged) into an empty project, as `parallax import
FILE --project NEW` does.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from figures import figure
from sqlalchemy import insert

from desktop.core import merging
from desktop.core import text as textmod
from desktop.core.exporters import project_json, refi_qda, w3c
from desktop.core.importers import project_json as project_json_import
from desktop.core.importers import refi_qda as refi_qda_import
from desktop.core.importers import w3c as w3c_import
from desktop.core.model import Annotation, AnnotationTag
from desktop.core.project import ProjectService
from desktop.core.store import Store

SENTENCES = (
    "Thổ Nhĩ Kỳ kêu gọi ngừng bắn ở Nagorno-Karabakh. ",
    "Rusia menyerukan gencatan senjata segera. ",
    "Liên Hợp Quốc họp khẩn cấp về thương vong 😀. ",
    "Azerbaijan dan Armenia saling tuduh. ",
)


TOOK: dict[str, float] = {}  # seconds, by name


def timed(name: str, action: Callable[[], Any], target: float | None = None) -> Any:
    # The CPU time too: on a shared machine the wall time waits for other jobs and disks.
    start, cpu = time.perf_counter(), time.process_time()
    result = action()
    TOOK[name] = took = time.perf_counter() - start
    print(f"{name:<58} {took:7.2f} s  (CPU {time.process_time() - cpu:.2f} s)")
    figure(name, took, "s", target)
    return result


def main() -> int:
    documents = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    annotations = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        store = Store.create(root / "a.parallax", lambda s: ProjectService(s).initialise("A"))
        service = ProjectService(store, coder="ana")
        texts = [
            "".join(rng.choice(SENTENCES) for _ in range(250)) for _ in range(documents)
        ]  # about 10,000 characters each
        ids = [service.add_document(f"D{n}", t, language="vi").id for n, t in enumerate(texts)]
        tags = [
            service.codebook.create_tag(f"Tag {n}", ("actor", "theme")[n % 2]) for n in range(60)
        ]
        rows, links = [], []
        for number in range(1, annotations + 1):
            at = rng.randrange(documents)
            start = rng.randrange(0, len(texts[at]) - 300)
            anchor = textmod.anchor(texts[at], start, start + rng.randrange(5, 200))
            rows.append({"id": number, "uuid": f"00000000-0000-4000-8000-{number:012d}",
                         "document_id": ids[at], "start": anchor.start, "end": anchor.end,
                         "quote": anchor.quote, "prefix": anchor.prefix, "suffix": anchor.suffix,
                         "note": "ghi chú" if number % 10 == 0 else ""})  # fmt: skip
            for tag in rng.sample(tags, rng.choice((1, 1, 2))):
                links.append({"annotation_id": number, "tag_id": tag.id})
        with store.write() as session:
            session.execute(insert(Annotation), rows)
            session.execute(insert(AnnotationTag), links)
        print(f"{documents} documents of ~{len(texts[0]):,} characters, {annotations:,} "
              f"annotations, {len(links):,} tag uses")  # fmt: skip

        many = f"{annotations:,} annotations"
        timed(f"export W3C JSON, {many}", lambda: w3c.export(service, root / "a.json"), 2)
        timed(f"export project JSON, {many}",
              lambda: project_json.export(service, root / "p.json"))  # fmt: skip
        timed(f"export REFI-QDA .qdpx, {many}",
              lambda: refi_qda.export_qdpx(service, root / "a.qdpx"), 2)  # fmt: skip

        other_store = Store.create(root / "b.parallax", lambda s: ProjectService(s).initialise("B"))
        other = ProjectService(other_store, coder="binh")
        for n, body in enumerate(texts):
            other.add_document(f"Copy {n}", body)
        incoming = timed("read W3C JSON", lambda: w3c_import.read(root / "a.json"))
        plan = timed("preview the merge (reads only)", lambda: merging.preview(other, incoming))
        print(f"    {plan.summary().splitlines()[0]}")
        timed(
            "merge W3C into a project with the same texts", lambda: merging.merge(other, incoming)
        )
        both = TOOK["read W3C JSON"] + TOOK["merge W3C into a project with the same texts"]
        print(f"{'  import W3C JSON (read + merge)':<58} {both:7.2f} s")
        figure(f"import W3C JSON, {many} (read + merge)", both, "s", 3)
        again = timed("merge it again (everything already there)",
                      lambda: merging.merge(other, w3c_import.read(root / "a.json")))  # fmt: skip
        print(f"    {again.plan.summary().splitlines()[0]}")

        empty = Store.create(root / "c.parallax", lambda s: ProjectService(s).initialise("C"))
        into = ProjectService(empty)
        timed("import project JSON into an empty project (lossless)",
              lambda: project_json_import.import_project(into, root / "p.json"))  # fmt: skip
        timed("read REFI-QDA .qdpx", lambda: refi_qda_import.read_qdpx(root / "a.qdpx"))
        fresh = Store.create(root / "d.parallax", lambda s: ProjectService(s).initialise("D"))
        timed(f"import REFI-QDA .qdpx into an empty project, {many} (read + merge)",
              lambda: merging.merge(ProjectService(fresh),
                                    refi_qda_import.read_qdpx(root / "a.qdpx")), 3)  # fmt: skip
        landed = len(ProjectService(fresh).annotations())
        print(f"    {landed:,} annotations in the new project")
        for opened in (store, other_store, empty, fresh):
            opened.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
