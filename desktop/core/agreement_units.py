"""From annotations to agreement: the units coders are compared on, per tag and overall.

Given coders (the ``coder`` names annotations carry), documents and tags, each chosen
coder either *coded* a document — made at least one annotation in it, with any tag —
or did not, and then gives no value for anything in it (missing, which κ and α allow
for) rather than "no passage anywhere": a coder who never opened a document does not
disagree with those who did. ``absent_is_missing=False`` counts every coder as having
coded every document. Orphans (a replaced text no longer holds them) are left out, as
analysis.py does: their offsets are a guess. So are empty spans: they mark no text.

Character level. The units are every character of the chosen documents, once per tag:
a coder codes a character 1 when it lies inside one of their passages with the tag, else
0. A coder's overlapping (or touching) passages with one tag count as their union: a
character is coded once however many of the coder's passages cover it. Nothing walks
the characters: each coder's spans are merged, their boundaries swept in order, and each
run between two boundaries adds its length to the tally of its pattern (which coders
cover it); the characters nobody covers are the document's length minus those runs.

Passage level. A *passage* is a stretch a coder marked with one of the chosen tags: the
coder's overlapping passages with one tag are merged into one (as above; touching ones
stay two), and the coder's passages with the same span become one carrying all their
tags. Two coders' passages *match* when they overlap by at least half of the longer one
(``|p ∩ q| ≥ ½·max(|p|, |q|)``): symmetric, and a short passage inside a long one does not
match it — half of each passage is shared — while a little slack at either end does not
break a match. Matching is greedy, best first: pairs that share a tag, then larger
overlap, then earlier text; a pair joins two groups only when they hold no passage of
the same coder, so a group holds at most one passage of each coder. Each group is a
unit, for every tag: a coder gives the tag 1 when their passage in the group carries it,
0 when their passage lacks it or they have none there. A group nobody gave the tag to
is a unit on which the coders agree it is not that tag: without such units there would
be no agreement on absence, and κ and α would be ≤ 0 at any disagreement (for two
coders κ's numerator is then −2bc). Unmatched passages are groups of one: disagreements.

Overall, units are pooled across tags: a character (or group) is one unit per chosen
tag, so a tag used more weighs more, as each of its characters does.

Pairs. With three coders or more, each pair of them is also measured alone, on the same
units (each unit's pattern cut down to the two coders' values, see agreement.pair): a team
needs to see which coder is out of step, which α over all of them cannot say. A pair's
disagreements are the passage-level disagreements where those two gave different values.

Disagreements are listed from the passage level: every group and tag where two coders
who coded the document gave different values, with each coder's passage there (span,
quote, tags, annotation ids) or None, in document, then text order — what a view needs
to show them side by side and open the reader there. A merged passage's quote is pieced
together from its annotations' quotes (each is exactly its span of the text).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from desktop.core import agreement
from desktop.core.agreement import Values
from desktop.core.records import AnnotationInfo
from desktop.core.service_base import collection_paused


@dataclass(frozen=True, slots=True)
class Figures:
    """The statistics of one tally (see agreement.py); None where undefined."""

    units: int  # pairable units: characters, or passage groups
    percent: float | None  # percent agreement, 0–1
    specific: float | None  # specific agreement on "gave the tag", 0–1
    kappa: float | None  # Cohen's κ: exactly two coders, else None
    alpha: float | None  # Krippendorff's α, nominal


def figures(data: agreement.Tally, coders: int) -> Figures:
    return Figures(
        units=agreement.pairable_units(data),
        percent=agreement.percent_agreement(data),
        specific=agreement.specific_agreement(data, 1),
        kappa=agreement.cohen_kappa(data) if coders == 2 else None,
        alpha=agreement.krippendorff_alpha(data),
    )


@dataclass(frozen=True, slots=True)
class Passage:
    """One coder's passage (its overlapping passages with a tag merged, see above)."""

    coder: str
    document_id: int
    start: int
    end: int
    quote: str
    tag_ids: tuple[int, ...]  # the chosen tags it carries
    annotation_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Disagreement:
    document_id: int
    tag_id: int
    passages: tuple[Passage | None, ...]  # per coder, in the coders' order
    gave: tuple[bool | None, ...]  # per coder: gave the tag; None: did not code it


@dataclass(frozen=True, slots=True)
class PairAgreement:
    """Two of the coders compared alone, on the units all of them were compared on."""

    first: int  # positions in Agreement.coders, first < second
    second: int
    characters: Figures  # κ defined: two coders
    passages: Figures
    disagreements: int  # passage-level disagreements between these two


@dataclass(frozen=True, slots=True)
class TagAgreement:
    tag_id: int | None  # None: all chosen tags pooled
    characters: Figures
    passages: Figures
    pairs: tuple[PairAgreement, ...] = ()  # every pair of coders, when three or more


@dataclass(frozen=True, slots=True)
class Agreement:
    coders: tuple[str, ...]
    document_ids: tuple[int, ...]
    tag_ids: tuple[int, ...]
    tags: tuple[TagAgreement, ...]  # in the order of tag_ids
    overall: TagAgreement
    disagreements: tuple[Disagreement, ...]
    uncoded: tuple[tuple[int, str], ...]  # (document id, coder) with no annotation there


def measure(
    annotations: Iterable[AnnotationInfo],
    lengths: Mapping[int, int],
    coders: Sequence[str],
    tag_ids: Sequence[int],
    *,
    absent_is_missing: bool = True,
) -> Agreement:
    """Agreement of ``coders`` on ``tag_ids`` in the documents ``lengths`` names (document
    id → length in code points, in the order to list them)."""
    coder_index = {name: i for i, name in enumerate(dict.fromkeys(coders))}
    coders = tuple(coder_index)
    chosen = set(tag_ids)
    tag_ids = tuple(dict.fromkeys(tag_ids))
    order = {t: i for i, t in enumerate(tag_ids)}
    spans: dict[int, dict[int, dict[int, list[_Piece]]]] = {d: {} for d in lengths}
    coded: dict[int, set[int]] = {d: set() for d in lengths}
    characters: dict[int, dict[Values, int]] = {t: {} for t in tag_ids}
    passages: dict[int, dict[Values, int]] = {t: {} for t in tag_ids}
    disagreements: list[Disagreement] = []
    uncoded: list[tuple[int, str]] = []
    with collection_paused():  # a few hundred thousand tuples that all live to the end
        for annotation in annotations:
            by_tag = spans.get(annotation.document_id)
            index = coder_index.get(annotation.coder)
            if by_tag is None or index is None or annotation.orphan:
                continue
            coded[annotation.document_id].add(index)
            piece: _Piece | None = None
            for tag_id in annotation.tag_ids:
                if tag_id in chosen:
                    piece = piece or _piece(annotation, lengths[annotation.document_id])
                    if piece is None:
                        break
                    by_tag.setdefault(tag_id, {}).setdefault(index, []).append(piece)
        for document_id, length in lengths.items():
            present = tuple(not absent_is_missing or i in coded[document_id]
                            for i in range(len(coders)))  # fmt: skip
            uncoded += [(document_id, c) for c, p in zip(coders, present, strict=True) if not p]
            zeros: Values = tuple(0 if p else None for p in present)
            found = _document(characters, spans[document_id], present, zeros, length)
            _passage_units(_groups(found), passages, disagreements, coders, present, zeros,
                           document_id, order)  # fmt: skip
    count = len(coders)
    pooled_characters: dict[Values, int] = {}
    pooled_passages: dict[Values, int] = {}
    for tag_id in tag_ids:
        agreement.add(pooled_characters, characters[tag_id])
        agreement.add(pooled_passages, passages[tag_id])
    disagreed: dict[int, list[Disagreement]] = {t: [] for t in tag_ids}
    for each in disagreements:
        disagreed[each.tag_id].append(each)
    return Agreement(
        coders=coders,
        document_ids=tuple(lengths),
        tag_ids=tag_ids,
        tags=tuple(
            TagAgreement(
                t,
                figures(characters[t], count),
                figures(passages[t], count),
                pairs(characters[t], passages[t], disagreed[t], count),
            )
            for t in tag_ids
        ),
        overall=TagAgreement(
            None,
            figures(pooled_characters, count),
            figures(pooled_passages, count),
            pairs(pooled_characters, pooled_passages, disagreements, count),
        ),
        disagreements=tuple(disagreements),
        uncoded=tuple(uncoded),
    )


def pairs(
    characters: agreement.Tally,
    passages: agreement.Tally,
    disagreements: Sequence[Disagreement],
    coders: int,
) -> tuple[PairAgreement, ...]:
    """Each pair of ``coders`` (three or more; none for two: the table is that pair) on
    the units of one tag, or all tags pooled, and those units' disagreements."""
    if coders < 3:
        return ()
    return tuple(
        PairAgreement(
            first,
            second,
            figures(agreement.pair(characters, first, second), 2),
            figures(agreement.pair(passages, first, second), 2),
            sum(1 for d in disagreements if differ(d, first, second)),
        )
        for first, second in itertools.combinations(range(coders), 2)
    )


def differ(found: Disagreement, first: int, second: int) -> bool:
    """Coders ``first`` and ``second`` both coded the document and gave different values."""
    a, b = found.gave[first], found.gave[second]
    return a is not None and b is not None and a != b


# A piece of a coder's passage: (start, end, annotation id, quote).
_Piece = tuple[int, int, int, str]


def _piece(annotation: AnnotationInfo, length: int) -> _Piece | None:
    """The annotation's span clipped to the text (with its quote); None if empty."""
    start, end, quote = annotation.start, annotation.end, annotation.quote
    if start < 0 or end > length:
        start, end = max(start, 0), min(end, length)
        quote = quote[start - annotation.start : end - annotation.start]
    return (start, end, annotation.id, quote) if end > start else None


# A coder's passage while matching: (start, end, coder index, tags, annotation ids, pieces);
# its quote is pieced together, and a Passage record made, only if a disagreement shows it.
_Found = tuple[int, int, int, frozenset[int], tuple[int, ...], tuple[_Piece, ...]]


def _document(
    characters: Mapping[int, dict[Values, int]],
    spans: Mapping[int, Mapping[int, list[_Piece]]],
    present: tuple[bool, ...],
    zeros: Values,
    length: int,
) -> list[_Found]:
    """One document: add its characters to each tag's tally, and return every coder's
    passages, by start.

    Each coder's pieces with a tag are merged into runs where they share a character:
    the runs are the passages (one per coder and span, carrying all its tags), and their
    bounds the events of a sweep over the characters — a bit per coder, toggled at each
    bound, so that two touching runs of one coder toggle it twice at the same place and
    leave it set: the characters are coded as the union of the coder's spans."""
    merged: dict[tuple[int, int, int], tuple[set[int], list[int], tuple[_Piece, ...]]] = {}
    for tag_id, into in characters.items():
        by_coder = spans.get(tag_id)
        if not by_coder:
            into[zeros] = into.get(zeros, 0) + length
            continue
        events: list[tuple[int, int]] = []
        for index, pieces in by_coder.items():
            bit = 1 << index
            pieces.sort()
            first, reach, count = 0, pieces[0][1], len(pieces)
            for number in range(1, count + 1):
                if number < count and pieces[number][0] < reach:
                    if pieces[number][1] > reach:
                        reach = pieces[number][1]
                    continue
                start = pieces[first][0]
                events += ((start, bit), (reach, bit))
                key = (start, reach, index)
                found = merged.get(key)
                if found is None:
                    run = tuple(pieces[first:number])
                    merged[key] = ({tag_id}, [p[2] for p in run], run)
                else:
                    found[0].add(tag_id)
                    found[1].extend(p[2] for p in pieces[first:number])
                if number < count:
                    first, reach = number, pieces[number][1]
        events.sort()
        runs: dict[int, int] = {}
        mask, previous, covered = 0, 0, 0
        for position, bit in events:
            if position != previous and mask:
                runs[mask] = runs.get(mask, 0) + position - previous
                covered += position - previous
            mask ^= bit
            previous = position
        into[zeros] = into.get(zeros, 0) + length - covered
        for mask, run_length in runs.items():
            pattern = tuple(None if not p else (mask >> i) & 1 for i, p in enumerate(present))
            into[pattern] = into.get(pattern, 0) + run_length
    return [
        (
            start,
            end,
            index,
            frozenset(tags),
            tuple(ids) if len(ids) == 1 else tuple(sorted(set(ids))),
            run,
        )
        for (start, end, index), (tags, ids, run) in sorted(merged.items())
    ]


def _stitched(run: Sequence[_Piece]) -> str:
    """The text of overlapping pieces (sorted by start) from their quotes."""
    quote, reach = run[0][3], run[0][1]
    for start, end, _, piece in run[1:]:
        if end > reach:
            quote += piece[reach - start :]
            reach = end
    return quote


def _groups(passages: Sequence[_Found]) -> list[dict[int, _Found]]:
    """Greedy best-first matching of passages (sorted by start) into groups of at most one
    passage per coder (see the module's docstring), in text order: coder index → passage."""
    candidates: list[tuple[bool, float, int, int, int, int]] = []
    active: list[int] = []
    for number, (start, end, index, tags, _, _) in enumerate(passages):
        if active:
            active = [a for a in active if passages[a][1] > start]
        for other in active:
            other_start, other_end, other_index, other_tags = passages[other][:4]
            if other_index == index:
                continue
            shared = (end if end < other_end else other_end) - start
            longer = max(other_end - other_start, end - start)
            if 2 * shared >= longer:
                candidates.append(
                    (
                        tags.isdisjoint(other_tags),
                        -shared / longer,
                        other_start,
                        start,
                        other,
                        number,
                    )
                )
        active.append(number)
    group_of = list(range(len(passages)))
    members = {n: [n] for n in range(len(passages))}
    if candidates:
        candidates.sort()
        coders_in = {n: 1 << p[2] for n, p in enumerate(passages)}
        for *_, first, second in candidates:
            a, b = group_of[first], group_of[second]
            if a == b or coders_in[a] & coders_in[b]:
                continue
            for n in members[b]:
                group_of[n] = a
            members[a] += members.pop(b)
            coders_in[a] |= coders_in.pop(b)
    return [
        {passages[n][2]: passages[n] for n in numbers}
        for _, numbers in sorted(members.items(), key=lambda item: min(item[1]))
    ]


def _passage_units(
    groups: Sequence[dict[int, _Found]],
    into: Mapping[int, dict[Values, int]],
    disagreements: list[Disagreement],
    coders: Sequence[str],
    present: tuple[bool, ...],
    zeros: Values,
    document_id: int,
    order: Mapping[int, int],
) -> None:
    """Each group is a unit for every tag; a tag nobody in it gave counts with all zeros."""
    if not groups:
        return
    for data in into.values():
        data[zeros] = data.get(zeros, 0) + len(groups)
    coder_range = range(len(present))
    for group in groups:
        given = set().union(*(p[3] for p in group.values()))
        for tag_id in sorted(given, key=order.__getitem__) if len(given) > 1 else given:
            gave = tuple(
                None if not present[i] else (i in group and tag_id in group[i][3])
                for i in coder_range
            )
            key: Values = tuple(None if g is None else int(g) for g in gave)
            data = into[tag_id]
            data[zeros] -= 1
            data[key] = data.get(key, 0) + 1
            if True in gave and False in gave:
                passages = tuple(
                    _passage(group[i], coders, document_id) if i in group else None
                    for i in coder_range
                )
                disagreements.append(Disagreement(document_id, tag_id, passages, gave))


def _passage(found: _Found, coders: Sequence[str], document_id: int) -> Passage:
    start, end, index, tags, ids, run = found
    return Passage(coders[index], document_id, start, end, _stitched(run), tuple(sorted(tags)), ids)
