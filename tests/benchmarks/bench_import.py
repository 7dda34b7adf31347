"""Import benchmark: many plain-text files into a project; prints its figures.

Run: .venv/bin/python tests/benchmarks/bench_import.py [FILES] [KB_PER_FILE]
The corpus issue's target: 1,000 files totalling ~50 MB in <= 20 s. Files
are a mix of UTF-8, Windows-1251 and UTF-16, in several languages.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from figures import figure

from desktop.core.importing import Importer
from desktop.core.project import ProjectService
from desktop.core.store import Store

TEXTS = [
    ("Thổ Nhĩ Kỳ kêu gọi ngừng bắn ở Nagorno-Karabakh; Nga đề nghị đàm phán. ", "utf-8"),
    ("Россия предложила провести переговоры между Арменией и Азербайджаном. ", "cp1251"),
    ("Meski terjadi gencatan senjata pada 1994, tensi kedua negara tidak surut. ", "utf-16"),
    ("土耳其呼吁停火，俄罗斯提议在亚美尼亚和阿塞拜疆之间举行谈判。", "gb18030"),
]


def main() -> int:
    files = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000
    size = (int(sys.argv[2]) if len(sys.argv) > 2 else 50) * 1024
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in"
        source.mkdir()
        total = 0
        for n in range(files):
            sentence, encoding = TEXTS[n % len(TEXTS)]
            body = f"{n}: " + sentence * (size // len(sentence.encode("utf-8")) + 1)
            whole = body.encode(encoding)  # cut by characters, so every file stays valid
            data = body[: len(body) * size // len(whole)].encode(encoding)
            (source / f"{n:04}.txt").write_bytes(data)
            total += len(data)
        store = Store.create(Path(folder) / "p.parallax")
        service = ProjectService(store)
        start = time.perf_counter()
        counts = Counter(o.status for o in Importer(service).import_all([source]))
        took = time.perf_counter() - start
        print(f"{files:,} files, {total / 1_048_576:.1f} MB: {took:.1f} s "
              f"({files / took:.0f} files/s) {dict(counts)}")  # fmt: skip
        figure(f"import {files:,} text files ({total / 1_048_576:.0f} MB)", took, "s", 20)
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
