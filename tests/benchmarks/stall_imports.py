"""bench_stall's imports through the window: another coder's W3C export of annotations on
documents the window holds (merged, its preview accepted as it opens), and a folder of
text files (its summary closed once it shows). Each action returns once the import has
ended; ``wait`` runs the event loop meanwhile."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from sqlalchemy import insert

from desktop.core import text as textmod
from desktop.core.exporters import w3c
from desktop.core.model import Annotation, AnnotationTag
from desktop.core.project import ProjectService
from desktop.core.store import Store
from desktop.ui.interchange.merge_preview import MergePreview
from desktop.ui.main_window import MainWindow

SENTENCES = [
    "Lực lượng hai bên tiếp tục giao tranh dữ dội. ",
    "Hội đồng Bảo an kêu gọi ngừng bắn. ",
    "Sebuah laporan baru diterbitkan hari ini. ",
]


def their_w3c(folder: Path, texts: list[str], count: int) -> Path:
    """A W3C file of ``count`` annotations under 20 tags of their own, spread over
    documents with these ``texts`` (matched to the window's by their hash)."""
    store = Store.create(folder / "theirs.parallax", lambda s: ProjectService(s).initialise("B"))
    service = ProjectService(store, coder="binh")
    ids = [service.add_document(f"Theirs {n}", t).id for n, t in enumerate(texts)]
    tags = [service.codebook.create_tag(f"Their tag {n}", ("actor", "theme")[n % 2]).id
            for n in range(20)]  # fmt: skip
    rng = random.Random(5)
    rows, links = [], []
    for number in range(1, count + 1):
        at = rng.randrange(len(texts))
        start = rng.randrange(0, len(texts[at]) - 300)
        anchor = textmod.anchor(texts[at], start, start + rng.randrange(5, 200))
        rows.append({"id": number, "uuid": f"00000000-0000-4000-8000-{number:012d}",
                     "document_id": ids[at], "start": anchor.start, "end": anchor.end,
                     "quote": anchor.quote, "prefix": anchor.prefix, "suffix": anchor.suffix,
                     "note": "", "coder": "binh"})  # fmt: skip
        links.append({"annotation_id": number, "tag_id": tags[number % 20]})
    with store.write() as session:
        session.execute(insert(Annotation), rows)
        session.execute(insert(AnnotationTag), links)
    path = folder / "theirs.json"
    w3c.export(service, path)
    store.close()
    return path


def text_files(folder: Path, count: int) -> Path:
    """A folder of ``count`` short articles, each its own."""
    files = folder / "articles"
    files.mkdir()
    rng = random.Random(9)
    for n in range(count):
        text = "".join(rng.choice(SENTENCES) for _ in range(300)) + f"({n})"
        (files / f"article {n}.txt").write_text(text, "utf-8")
    return files


def merge(window: MainWindow, path: Path, wait: Callable[[int], None]) -> None:
    """Import the annotations of ``path``, accepting the preview as it opens."""
    opened = MergePreview.open
    MergePreview.open = lambda self: QTimer.singleShot(0, self.accept)  # type: ignore[method-assign]
    try:
        window.import_annotations(path)
        while window.merge_run is not None and window.merge_run.running():
            wait(20)
    finally:
        MergePreview.open = opened  # type: ignore[method-assign]


def import_files(window: MainWindow, files: Path, wait: Callable[[int], None]) -> None:
    """Import every file of ``files``; its summary closed once it shows."""
    window.import_paths([files])
    run = window.import_run
    while run is not None and run.running():
        wait(20)
    if run is not None and run.summary is not None:
        run.summary.accept()
