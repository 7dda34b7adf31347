"""Memory benchmark: peak RSS of the real window with 10 large documents open.

Run: .venv/bin/python tests/benchmarks/bench_memory.py [DOCUMENTS] [CHARS] [ANNOTATIONS]
A project of 10 documents of 1,000,000 characters (~1.2 MB of UTF-8 each) with 100,000
annotations in all is built by a separate process, so building it costs this one nothing.
This process then opens the main window on it (1600 × 1000), opens every document in a
pane of its own and lets every highlight be applied. Peak RSS is the kernel's high-water
mark of this process (VmHWM in /proc/self/status: Linux only). Target (the packaging
issue): <= 400 MB.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from figures import figure

SENTENCES = (
    "Thổ Nhĩ Kỳ kêu gọi ngừng bắn ở Nagorno-Karabakh; Nga đề nghị đàm phán. ",
    "Meski terjadi gencatan senjata pada 1994, tensi kedua negara tidak surut. ",
    "Liên Hợp Quốc họp khẩn cấp về thương vong 😀 của dân thường. ",
    "Azerbaijan dan Armenia saling tuduh atas serangan di Stepanakert. ",
)


def build_large(path: Path, documents: int, chars: int, annotations: int) -> None:
    """A project of ``documents`` texts of ``chars`` characters in paragraphs, and
    ``annotations`` annotations (5 to 200 characters, one to three of 40 tags) spread
    evenly over them. Bulk inserts: minutes of single actions, built in seconds."""
    from sqlalchemy import insert

    from desktop.core import text as textmod
    from desktop.core.model import Annotation, AnnotationTag
    from desktop.core.project import ProjectService
    from desktop.core.store import Store

    rng = random.Random(13)
    store = Store.create(path, lambda s: ProjectService(s).initialise("Large"))
    service = ProjectService(store, coder="bench")
    tags = [service.codebook.create_tag(f"Tag {n}", ("actor", "theme")[n % 2]).id
            for n in range(40)]  # fmt: skip
    number = 0
    for n in range(documents):
        parts, length = [], 0
        while length < chars:
            paragraph = "".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 8))) + "\n"
            parts.append(paragraph)
            length += len(paragraph)
        text = "".join(parts)[:chars]
        document = service.add_document(f"Large {n + 1}", text, language="vi")
        rows, links = [], []
        for _ in range(annotations // documents):
            number += 1
            start = rng.randrange(0, chars - 250)
            anchor = textmod.anchor(text, start, start + rng.randrange(5, 200))
            rows.append({"uuid": f"00000000-0000-4000-8000-{number:012d}",
                         "document_id": document.id, "start": anchor.start, "end": anchor.end,
                         "quote": anchor.quote, "prefix": anchor.prefix,
                         "suffix": anchor.suffix, "note": ""})  # fmt: skip
        with store.write() as session:
            session.execute(insert(Annotation), rows)
            ids = session.connection().exec_driver_sql(
                "SELECT id FROM annotation WHERE document_id = ?", (document.id,)
            )
            for (annotation_id,) in ids.fetchall():
                for tag_id in rng.sample(tags, rng.choice((1, 1, 2, 3))):
                    links.append({"annotation_id": annotation_id, "tag_id": tag_id})
            session.execute(insert(AnnotationTag), links)
    store.close()


def build_elsewhere(path: Path, documents: int, chars: int, annotations: int) -> None:
    """``build_large`` in a process of its own (its memory is not this process's)."""
    code = (
        "import sys; from pathlib import Path; from bench_memory import build_large; "
        "build_large(Path(sys.argv[1]), *map(int, sys.argv[2:]))"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(path), str(documents), str(chars), str(annotations)],
        cwd=Path(__file__).parent, check=True,
    )  # fmt: skip


def status(field: str) -> float:
    """A VmXXX line of /proc/self/status, in MB."""
    with open("/proc/self/status", encoding="ascii") as lines:
        for line in lines:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise LookupError(field)


def main() -> int:
    documents = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    chars = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    annotations = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_DATA_HOME"] = str(Path(folder) / "data")  # backups go here
        path = Path(folder) / "m.parallax"
        began = time.perf_counter()
        build_elsewhere(path, documents, chars, annotations)
        size = path.stat().st_size / 1e6
        print(f"{documents} documents of {chars:,} characters, {annotations:,} annotations "
              f"(built in {time.perf_counter() - began:.0f} s, {size:.0f} MB)")  # fmt: skip

        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from desktop.core.store import Store
        from desktop.ui.main_window import open_window

        app = QApplication([])
        print(f"{'Qt and Parallax imported':<44} RSS {status('VmRSS'):6.0f} MB")
        store = Store.open(path)
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        window = open_window(store, settings)
        window.resize(1600, 1000)
        window.show()
        app.processEvents()
        print(f"{'window open on the project':<44} RSS {status('VmRSS'):6.0f} MB")
        began = time.perf_counter()
        for document in window.session.documents():
            window.open_document(document.id)
            app.processEvents()
        panes = window.reader.panes()
        while any(p.painter.busy for p in panes):
            app.processEvents()
        took = time.perf_counter() - began
        print(f"{f'{len(panes)} documents open, all highlighted':<44} RSS {status('VmRSS'):6.0f}"
              f" MB (took {took:.1f} s)")  # fmt: skip
        peak = status("VmHWM")
        print(f"{'peak (VmHWM)':<44}     {peak:6.0f} MB")
        figure(f"peak RSS, {len(panes)} open documents of {chars:,} characters, "
               f"{annotations:,} annotations", peak, "MB", 400)  # fmt: skip
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
