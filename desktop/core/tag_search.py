"""Finding tags by what the user types: names and aliases, fuzzy, diacritics ignored."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from desktop.core.folding import fold
from desktop.core.records import AliasInfo, TagInfo

MIN_SCORE = 60.0


@dataclass(frozen=True, slots=True)
class TagMatch:
    tag: TagInfo
    matched: str  # the name or alias that matched best
    score: float


def _score(query: str, candidate: str) -> float:
    if candidate.startswith(query):
        return 100.0
    if any(word.startswith(query) for word in candidate.split()):
        return 95.0
    if query in candidate:
        return 90.0
    if len(candidate) < 0.6 * len(query):
        # Partial matching would find "as" (an alias of the US) inside "ceasfire".
        return float(fuzz.ratio(query, candidate))
    return float(fuzz.WRatio(query, candidate))


def rank_tags(
    query: str,
    tags: Sequence[TagInfo],
    aliases: Iterable[AliasInfo] = (),
    limit: int | None = None,
) -> list[TagMatch]:
    """Tags whose name or alias matches ``query``, best first; all tags for an empty query."""
    names: dict[int, list[str]] = {t.id: [t.name] for t in tags}
    for alias in aliases:
        if alias.tag_id in names:
            names[alias.tag_id].append(alias.text)
    folded_query = " ".join(fold(query).split())
    matches: list[TagMatch] = []
    for order, tag in enumerate(tags):
        if not folded_query:
            matches.append(TagMatch(tag, tag.name, 100.0 - order * 1e-6))
            continue
        best = max(names[tag.id], key=lambda n: _score(folded_query, fold(n)))
        score = _score(folded_query, fold(best))
        if score >= MIN_SCORE:
            matches.append(TagMatch(tag, best, score))
    order_of = {t.id: i for i, t in enumerate(tags)}
    matches.sort(key=lambda m: (-m.score, order_of[m.tag.id]))
    return matches[:limit] if limit else matches
