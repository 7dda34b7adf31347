"""Search benchmark: 1,000 documents (~50 MB) in six languages; prints its figures.

Run: .venv/bin/python tests/benchmarks/bench_search.py [DOCUMENTS] [KB_PER_DOCUMENT]
The corpus issue's target: a search over 1,000 documents / 50 MB answers in <= 20 ms
(p95): the matching documents, the notes, and the hits of a first page (~200 hits).
Each query is timed cold (first time: texts read and kept) and warm (again); then
locating every hit in every matching document ("Tag all results") is timed too.
Documents are varied so words are rare, common, or in a phrase; all are real words.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from figures import figure

from desktop.core.project import ProjectService
from desktop.core.store import Store

SENTENCES = [
    "Thổ Nhĩ Kỳ kêu gọi ngừng bắn ở Nagorno-Karabakh; Nga đề nghị đàm phán.",
    "Bất chấp thỏa thuận ngừng bắn đạt được năm 1994, căng thẳng vẫn kéo dài.",
    "Россия предложила провести переговоры между Арменией и Азербайджаном.",
    "Meski terjadi gencatan senjata pada 1994, tensi kedua negara tidak surut.",
    "Cumhurbaşkanı Erdoğan, Azerbaycan'a desteğini yineledi.",
    "土耳其呼吁停火，俄罗斯提议在亚美尼亚和阿塞拜疆之间举行谈判。",
    "قال الرئيس التركي إن الهدنة يجب أن تحترم.",
]
RARE = ["Stepanakert", "Shusha", "Hadrut", "Martuni", "Lachin", "Kalbajar"]
QUERIES = [
    "ngung ban",  # in every other document: a phrase typed without quotes
    '"thoa thuan ngung ban"',
    "erdogan",
    "переговоры",
    "停火",
    "stepanakert",  # rare: in a few documents
    "gencat*",
    "armenia -azerbaijan",
    "الهدنة",
    "zzzz",  # nowhere
]


def main() -> int:
    documents = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000
    size = (int(sys.argv[2]) if len(sys.argv) > 2 else 50) * 1024
    random.seed(7)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.create(Path(folder) / "p.parallax")
        service = ProjectService(store)
        start, total = time.perf_counter(), 0
        for n in range(documents):
            pool = SENTENCES[n % 3 : n % 3 + 5]
            words: list[str] = []
            length = 0
            while length < size:
                sentence = random.choice(pool)
                if random.random() < 0.002:
                    sentence += f" {random.choice(RARE)}."
                words.append(sentence)
                length += len(sentence) + 1
            text = " ".join(words)
            total += len(text)
            service.add_document(f"Document {n}", text)
        took = time.perf_counter() - start
        print(f"{documents:,} documents, {total / 1_000_000:.1f} M characters added and "
              f"indexed in {took:.1f} s")  # fmt: skip
        print(f"{'query':<28}{'docs':>6}{'page':>6}{'hits':>7}{'cold ms':>9}{'p50 ms':>8}"
              f"{'p95 ms':>8}{'all hits':>10}{'all ms':>8}")  # fmt: skip
        every: list[float] = []
        colds: list[float] = []
        for query in QUERIES:
            begin = time.perf_counter()
            results = service.search.search(query)
            cold = (time.perf_counter() - begin) * 1000
            times = []
            for _ in range(20):
                begin = time.perf_counter()
                service.search.search(query)
                times.append((time.perf_counter() - begin) * 1000)
            every += times
            colds.append(cold)
            p95 = statistics.quantiles(times, n=20)[-1]
            begin = time.perf_counter()
            whole = service.search.search(query, everything=True)
            every_ms = (time.perf_counter() - begin) * 1000
            print(f"{query:<28}{len(results.document_ids):>6}{len(results.documents):>6}"
                  f"{results.hit_count:>7}{cold:>9.1f}{statistics.median(times):>8.1f}"
                  f"{p95:>8.1f}{whole.hit_count:>10,}{every_ms:>8.0f}")  # fmt: skip
        print(f"all warm searches: p50 {statistics.median(every):.1f} ms, "
              f"p95 {statistics.quantiles(every, n=20)[-1]:.1f} ms")  # fmt: skip
        over = f"search {documents:,} documents ({total / 1_000_000:.0f} M characters)"
        figure(f"{over}, warm p50", statistics.median(every), "ms")
        figure(f"{over}, warm p95", statistics.quantiles(every, n=20)[-1], "ms", 20)
        figure(f"{over}, cold (first) query, worst", max(colds), "ms")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
