"""Re-anchoring benchmark: a 150,000-character document, 500 annotations, 300 random edits.

Run: .venv/bin/python tests/benchmarks/bench_reanchor.py [SEEDS] [--wrong]
(``--wrong`` prints each passage placed wrongly: its quote, where it went, where it belonged.)
Targets from the interchange issue: >= 95 % re-anchored exactly or with >= 80 % overlap,
<= 0.5 % anchored to a wrong place, <= 1 ms per annotation. The truth is known: every
character of the new text remembers which old character it was (or that it was typed in),
so each annotation's true new span is where its surviving characters went.
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from pathlib import Path

from figures import figure

from desktop.core import text as textmod
from desktop.core.anchoring import Placement, reanchor

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
WORDS = [
    "ngừng", "bắn", "Armenia", "Azerbaijan", "kêu", "gọi", "đàm", "phán", "gencatan",
    "senjata", "Turki", "Rusia",
]  # fmt: skip


def corpus(rng: random.Random, size: int, varied: bool) -> str:
    """Real sentences from the sample articles, shuffled into paragraphs. The two articles
    have ~100 sentences, so each recurs ~15 times in 150,000 characters: a harsh test of
    telling a passage from its copies. ``varied``: each sentence gets a number of its
    own, as sentences of a real long report differ."""
    sentences = [
        s.strip() + "."
        for path in sorted(SAMPLES.glob("*.txt"))
        for s in path.read_text(encoding="utf-8").replace("\n", " ").split(".")
        if len(s.strip()) > 20
    ]
    parts: list[str] = []
    length = 0
    while length < size:
        chosen = [rng.choice(sentences) for _ in range(rng.randint(2, 6))]
        if varied:
            chosen = [f"{s[:-1]} ({rng.randrange(10_000)})." for s in chosen]
        paragraph = " ".join(chosen)
        parts.append(paragraph)
        length += len(paragraph) + 1
    return "\n".join(parts)[:size]


def edit(rng: random.Random, text: str, count: int) -> tuple[str, list[int | None]]:
    """``count`` random edits (word or character inserted, deleted or replaced); returns
    the new text and, per new character, the old index it came from (None: typed)."""
    chars: list[tuple[str, int | None]] = [(c, i) for i, c in enumerate(text)]
    for _ in range(count):
        at = rng.randrange(len(chars))
        kind = rng.choice(("insert", "delete", "replace", "typo"))
        if kind == "insert":
            word = rng.choice(WORDS) + " "
            chars[at:at] = [(c, None) for c in word]
        elif kind == "delete":
            del chars[at : at + rng.randint(1, 25)]
        elif kind == "replace":
            span = rng.randint(1, 12)
            chars[at : at + span] = [(c, None) for c in rng.choice(WORDS)]
        else:
            chars[at] = (rng.choice("aeiouđăâ"), None)
    return "".join(c for c, _ in chars), [origin for _, origin in chars]


def truth(origins: list[int | None], start: int, end: int) -> tuple[int, int] | None:
    kept = [i for i, origin in enumerate(origins) if origin is not None and start <= origin < end]
    return (kept[0], kept[-1] + 1) if kept else None


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    common = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return common / max(a[1] - a[0], b[1] - b[0], 1)


def run(seed: int, varied: bool, show_wrong: bool = False) -> Counter[str]:
    rng = random.Random(seed)
    old = corpus(rng, 150_000, varied)
    anchors = []
    for _ in range(500):
        start = rng.randrange(0, len(old) - 250)
        anchors.append(textmod.anchor(old, start, start + rng.randint(5, 200)))
    new, origins = edit(rng, old, 300)
    # The truth for every anchor, from where its characters went (one pass, indexed).
    where: dict[int, int] = {o: i for i, o in enumerate(origins) if o is not None}
    began = time.perf_counter()
    placements = reanchor(old, new, anchors)
    took = time.perf_counter() - began
    outcome: Counter[str] = Counter()
    for anchor, placed in zip(anchors, placements, strict=True):
        kept = [where[o] for o in range(anchor.start, anchor.end) if o in where]
        true = (min(kept), max(kept) + 1) if kept else None
        outcome[f"method {placed.method}"] += 1
        wrong = (placed.method != "orphan") and (
            true is None or overlap((placed.start, placed.end), true) == 0
        )
        if wrong and show_wrong:
            show(new, anchor, placed, true, f"seed {seed}{' varied' if varied else ''}")
        if true is None:
            outcome["text gone"] += 1
            outcome["good" if placed.method == "orphan" else "wrong"] += 1
        elif placed.method == "orphan":
            outcome["orphan"] += 1
        elif (placed.start, placed.end) == true:
            outcome["exact"] += 1
            outcome["good"] += 1
        elif overlap((placed.start, placed.end), true) >= 0.8:
            outcome["overlap >= 80 %"] += 1
            outcome["good"] += 1
        elif overlap((placed.start, placed.end), true) == 0:
            outcome["wrong"] += 1
        else:
            outcome["partial"] += 1
    outcome["microseconds"] = round(took * 1_000_000)
    return outcome


def show(new: str, anchor: textmod.Anchor, placed: Placement, true: tuple[int, int] | None,
         where: str) -> None:  # fmt: skip
    def around(start: int, end: int) -> str:
        return f"{new[max(0, start - 32) : start]!r} [{new[start:end]!r}] {new[end : end + 32]!r}"

    print(f"wrong ({where}): {placed.method} {placed.score:.0f} at {placed.start}, "
          f"true {true}; old {anchor.start}")  # fmt: skip
    print(f"  stored {anchor.prefix!r} [{anchor.quote!r}] {anchor.suffix!r}")
    print(f"  placed {around(placed.start, placed.end)}")
    if true is not None:
        print(f"  true   {around(*true)}")


def main() -> int:
    arguments = [a for a in sys.argv[1:] if a != "--wrong"]
    seeds = int(arguments[0]) if arguments else 5
    for varied in (True, False):
        total: Counter[str] = Counter()
        for seed in range(seeds):
            outcome = run(seed, varied, "--wrong" in sys.argv)
            total.update(outcome)
        count = 500 * seeds
        name = "varied sentences" if varied else "sentences recurring ~15 times"
        print(f"{name}, {seeds} seeds: {100 * total['good'] / count:.1f} % exact or >= 80 % "
              f"overlap (exact {total['exact']}, overlap {total['overlap >= 80 %']}), "
              f"{100 * total['wrong'] / count:.2f} % wrong place, "
              f"{100 * total['orphan'] / count:.1f} % orphans, {total['partial']} partial, "
              f"{total['microseconds'] / count / 1000:.3f} ms per annotation")  # fmt: skip
        print("  methods:", {k[7:]: v for k, v in sorted(total.items()) if k.startswith("method")})
        figure(f"re-anchor, {name}: exact or >= 80 % overlap", 100 * total["good"] / count, "%",
               95, higher_is_better=True)  # fmt: skip
        figure(f"re-anchor, {name}: wrong place", 100 * total["wrong"] / count, "%", 0.5)
        figure(f"re-anchor, {name}: time per annotation",
               total["microseconds"] / count / 1000, "ms", 1)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
