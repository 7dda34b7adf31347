"""Agreement units (desktop/core/agreement_units.py) and the project-level table
(agreement_table.py) on a fixture measured by hand; the sweep checked against a naive
per-character count on random annotations."""

from __future__ import annotations

import csv
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core import agreement, agreement_table
from desktop.core.agreement_units import Agreement, Figures, measure
from desktop.core.files import ExportError
from desktop.core.project import ProjectService
from desktop.core.records import AnnotationInfo, TagInfo
from desktop.core.store import Store

# Two coders, tags X and Y. D1 has 100 distinct characters, D2 50; ben made nothing in D2.
#   ana D1: [0,10) X   [20,40) X Y   [30,50) X   [60,70) Y      D2: [0,10) X
#   ben D1: [0,8) X    [20,50) X     [62,72) Y   [80,90) X
TEXT_1 = "".join(chr(0x4E00 + i) for i in range(100))
TEXT_2 = "".join(chr(0x0410 + i % 32) for i in range(50))
SPANS = (
    ("ana", "D1", 0, 10, "X"), ("ana", "D1", 20, 40, "XY"), ("ana", "D1", 30, 50, "X"),
    ("ana", "D1", 60, 70, "Y"), ("ana", "D2", 0, 10, "X"),
    ("ben", "D1", 0, 8, "X"), ("ben", "D1", 20, 50, "X"), ("ben", "D1", 62, 72, "Y"),
    ("ben", "D1", 80, 90, "X"),
)  # fmt: skip
TEXTS = {"D1": TEXT_1, "D2": TEXT_2}
IDS = {"D1": 1, "D2": 2, "X": 10, "Y": 11}
MOMENT = datetime(2026, 1, 1, tzinfo=UTC)


def info(number: int, coder: str, document: str, start: int, end: int, tags: str,
         orphan: bool = False) -> AnnotationInfo:  # fmt: skip
    text = TEXTS.get(document, "")
    return AnnotationInfo(
        number, f"u{number}", IDS.get(document, 0), start, end, text[start:end], "", "", "",
        coder, MOMENT, MOMENT, tuple(IDS[t] for t in tags), orphan,
    )  # fmt: skip


def fixture_annotations() -> list[AnnotationInfo]:
    return [info(n, *row) for n, row in enumerate(SPANS, start=1)]


def measured(**options: bool) -> Agreement:
    return measure(fixture_annotations(), {1: 100, 2: 50}, ["ana", "ben"], [10, 11], **options)


def check(found: Figures, units: int, percent: float, kappa: float | None,
          alpha: float | None, specific: float | None) -> None:  # fmt: skip
    assert found.units == units
    assert found.percent == pytest.approx(percent)
    assert found.kappa == (None if kappa is None else pytest.approx(kappa))
    assert found.alpha == (None if alpha is None else pytest.approx(alpha))
    assert found.specific == (None if specific is None else pytest.approx(specific))


def test_character_level_by_hand() -> None:
    """D2 is not pairable (ben did not code it): 100 characters of D1 per tag.

    X: ana's union [0,10) ∪ [20,50) (her [20,40) and [30,50) merged) = 40 characters; ben's
    [0,8) ∪ [20,50) ∪ [80,90) = 48. Both 38, ana only 2, ben only 10, neither 50.
      percent 88/100; κ: p_e = 0.40·0.48 + 0.60·0.52 = 0.504, κ = 0.376/0.496;
      α: n = 200, n_1 = 88, n_0 = 112, o_01 + o_10 = 24: 1 − 199·24 / (2·88·112);
      specific: o_11 / n_1 = 76/88.
    Y: ana [20,40) ∪ [60,70) = 30, ben [62,72) = 10; both 8, ana only 22, ben only 2, neither 68.
      percent 76/100; p_e = 0.3·0.1 + 0.7·0.9 = 0.66, κ = 0.10/0.34;
      α: n_1 = 40, n_0 = 160, o_01 + o_10 = 48 (each of 24 units adds 2): 1 − 199·48 /
      (2·40·160) = 0.25375 — the many characters ana alone marked; specific 16/40.
    Pooled: (1,1) 46, (1,0) 24, (0,1) 12, (0,0) 118 of 200: percent 164/200;
      p_e = 0.35·0.29 + 0.65·0.71 = 0.563, κ = 0.257/0.437;
      α: n = 400, n_1 = 128, n_0 = 272, o_01 + o_10 = 72: 1 − 399·72 / (2·128·272).
    """
    result = measured()
    x, y = result.tags
    check(x.characters, 100, 0.88, 0.376 / 0.496, 1 - 199 * 24 / (2 * 88 * 112), 76 / 88)
    check(y.characters, 100, 0.76, 0.10 / 0.34, 1 - 199 * 48 / (2 * 40 * 160), 16 / 40)
    check(result.overall.characters, 200, 0.82, 0.257 / 0.437,
          1 - 399 * 72 / (2 * 128 * 272), 92 / 128)  # fmt: skip
    assert result.uncoded == ((2, "ben"),)


def test_passage_level_by_hand() -> None:
    """Passages of D1 (ana's X [20,40) and [30,50) merged into [20,50)):
      ana [0,10) X, [20,50) X, [20,40) Y, [60,70) Y;  ben [0,8) X, [20,50) X, [62,72) Y,
      [80,90) X. Matches (overlap ÷ longer ≥ ½), same tag first: [20,50)–[20,50) 1.0,
      [0,10)–[0,8) 0.8, [60,70)–[62,72) 0.8; ana's [20,40) Y overlaps ben's [20,50) by
      20/30 but ben's is taken. Groups: g1 X/X, g2 X/X, g3 ana Y alone, g4 Y/Y, g5 ben X
      alone; D2's ana [0,10) is a group of one ben did not code (not pairable).
    X: (1,1) g1 g2, (0,0) g3 g4, (0,1) g5: percent 4/5; p_e = 0.4·0.6 + 0.6·0.4 = 0.48,
      κ = 0.32/0.52; α: n_1 = 5, n_0 = 5, n = 10: 1 − 9·2/(2·5·5) = 0.64; specific 4/5.
    Y: (1,1) g4, (1,0) g3, (0,0) g1 g2 g5: percent 4/5; p_e = 0.4·0.2 + 0.6·0.8 = 0.56,
      κ = 0.24/0.44; α: n_1 = 3, n_0 = 7: 1 − 9·2/(2·3·7); specific 2/3.
    Pooled: (1,1) 3, (0,0) 5, (1,0) 1, (0,1) 1: percent 8/10; p_e = 0.16 + 0.36 = 0.52,
      κ = 0.28/0.48; α: n_1 = 8, n_0 = 12, n = 20: 1 − 19·4/(2·8·12); specific 6/8.
    """
    result = measured()
    x, y = result.tags
    check(x.passages, 5, 0.8, 0.32 / 0.52, 0.64, 0.8)
    check(y.passages, 5, 0.8, 0.24 / 0.44, 1 - 18 / 42, 2 / 3)
    check(result.overall.passages, 10, 0.8, 0.28 / 0.48, 1 - 76 / 192, 6 / 8)


def test_disagreements_side_by_side() -> None:
    """g3 (ana's Y passage, nothing of ben's matched) and g5 (ben's X, nothing of ana's),
    in text order; D2 is no disagreement: ben did not code it."""
    first, second = measured().disagreements
    assert (first.document_id, first.tag_id, first.gave) == (1, 11, (True, False))
    ana, ben = first.passages
    assert ben is None and ana is not None
    assert (ana.coder, ana.start, ana.end, ana.tag_ids, ana.annotation_ids) == (
        "ana", 20, 40, (11,), (2,),
    )  # fmt: skip
    assert ana.quote == TEXT_1[20:40]
    assert (second.document_id, second.tag_id, second.gave) == (1, 10, (False, True))
    assert second.passages[0] is None
    assert second.passages[1] is not None and second.passages[1].quote == TEXT_1[80:90]


def test_overlapping_passages_of_one_coder_are_merged_with_their_quote() -> None:
    """ana's [0,10) and [5,20) with X are one passage [0,20), its quote pieced together;
    her [20,30) X only touches it and stays a passage of its own. ben coded D1 (a Y
    passage) but marked no X, so each of ana's X passages is a disagreement."""
    annotations = [
        info(1, "ana", "D1", 0, 10, "X"), info(2, "ana", "D1", 5, 20, "X"),
        info(3, "ana", "D1", 20, 30, "X"), info(4, "ben", "D1", 50, 60, "Y"),
    ]  # fmt: skip
    result = measure(annotations, {1: 100}, ["ana", "ben"], [10])
    merged, touching = (d.passages[0] for d in result.disagreements)
    assert merged is not None and touching is not None
    assert (merged.start, merged.end, merged.annotation_ids) == (0, 20, (1, 2))
    assert merged.quote == TEXT_1[0:20]
    assert (touching.start, touching.end, touching.quote) == (20, 30, TEXT_1[20:30])
    # Characters: ana's union is 30 characters, each counted once; ben none: 70 agree.
    assert result.tags[0].characters.percent == pytest.approx(0.70)


def test_perfect_agreement() -> None:
    """Identical passages: characters agree perfectly (with variation: uncoded text), κ and
    α are 1. Passages: every group (1,1) for the one tag: no variation, κ and α None."""
    annotations = [info(1, "ana", "D1", 10, 30, "X"), info(2, "ben", "D1", 10, 30, "X")]
    result = measure(annotations, {1: 100}, ["ana", "ben"], [10])
    check(result.tags[0].characters, 100, 1.0, 1.0, 1.0, 1.0)
    check(result.tags[0].passages, 1, 1.0, None, None, 1.0)
    assert result.disagreements == ()


def test_no_variation_and_unused_tag() -> None:
    """Both coders coded D1 (with Y) but nobody used X: every character 0 for X, so κ and
    α are undefined (None) and percent agreement is 1; no passage unit is X's but ana's
    and ben's matched Y passage, on which both gave X 0."""
    annotations = [info(1, "ana", "D1", 10, 30, "Y"), info(2, "ben", "D1", 12, 30, "Y")]
    result = measure(annotations, {1: 100}, ["ana", "ben"], [10, 11])
    check(result.tags[0].characters, 100, 1.0, None, None, None)
    check(result.tags[0].passages, 1, 1.0, None, None, None)


def test_zero_length_documents_and_nothing_to_measure() -> None:
    empty = measure([], {5: 0}, ["ana", "ben"], [10])
    for figures in (empty.tags[0].characters, empty.tags[0].passages,
                    empty.overall.characters):  # fmt: skip
        assert figures == Figures(0, None, None, None, None)
    assert empty.uncoded == ((5, "ana"), (5, "ben"))
    # Counted as coded although nobody annotated it: a zero-length text adds no unit.
    assert (
        measure([], {5: 0}, ["ana", "ben"], [10], absent_is_missing=False).tags[0]
        == (empty.tags[0])
    )


def test_absent_coder_counted_as_coding_nothing() -> None:
    """With absent_is_missing=False ben's silence in D2 counts as 0: X gains D2's
    characters, 10 of them (1,0) and 40 (0,0): (1,1) 38, (1,0) 12, (0,1) 10, (0,0) 90."""
    x = measured(absent_is_missing=False).tags[0]
    assert x.characters.units == 150
    assert x.characters.percent == pytest.approx(128 / 150)
    assert measured(absent_is_missing=False).uncoded == ()


def test_orphans_other_coders_and_unchosen_documents_are_left_out() -> None:
    extra = [
        info(20, "ana", "D1", 0, 100, "XY", orphan=True),  # its offsets are a guess
        info(21, "cleo", "D1", 0, 100, "XY"),  # a coder not chosen
        info(22, "ben", "D3", 0, 10, "X"),  # a document not chosen
        info(23, "ben", "D1", 95, 95, "X"),  # an empty span marks nothing
    ]
    assert measure([*fixture_annotations(), *extra], {1: 100, 2: 50}, ["ana", "ben"],
                   [10, 11]) == measured()  # fmt: skip


def test_a_coder_whose_only_annotation_is_an_orphan_did_not_code() -> None:
    annotations = [info(1, "ana", "D1", 0, 10, "X"), info(2, "ben", "D1", 0, 10, "X", True)]
    result = measure(annotations, {1: 100}, ["ana", "ben"], [10])
    assert result.uncoded == ((1, "ben"),)
    assert result.tags[0].characters.units == 0


def test_three_coders() -> None:
    """ana and ben mark [0,10), cleo [0,5), in a text of 10: 5 characters (1,1,1), 5
    (1,1,0): percent 2/3, α −0.16 (see test_agreement); κ is for two coders: None.
    Passages: cleo's [0,5) is half of the longer [0,10): one group, (1,1,1) — no variation."""
    annotations = [info(1, "ana", "D1", 0, 10, "X"), info(2, "ben", "D1", 0, 10, "X"),
                   info(3, "cleo", "D1", 0, 5, "X")]  # fmt: skip
    result = measure(annotations, {1: 10}, ["ana", "ben", "cleo"], [10])
    check(result.tags[0].characters, 10, 2 / 3, None, -0.16, 0.8)
    check(result.tags[0].passages, 1, 1.0, None, None, 1.0)


def test_greedy_matching_keeps_one_passage_per_coder_per_group() -> None:
    """ana [0,10) and [4,14); ben [2,12) overlaps both by 8 of 10, ben [6,16) the second by
    8 and the first by 4 (no match). Best first: ben [2,12) with ana [0,10) (earlier),
    ben [6,16) with ana [4,14): two groups, full agreement on passages."""
    annotations = [info(1, "ana", "D1", 0, 10, "X"), info(2, "ana", "D1", 4, 14, "Y"),
                   info(3, "ben", "D1", 2, 12, "X"), info(4, "ben", "D1", 6, 16, "Y")]  # fmt: skip
    result = measure(annotations, {1: 20}, ["ana", "ben"], [10, 11])
    assert result.disagreements == ()
    assert result.overall.passages.units == 4  # 2 groups × 2 tags
    assert result.overall.passages.percent == 1.0


def test_passages_below_half_the_longer_do_not_match() -> None:
    """ana [0,10), ben [5,25): 5 shared, the longer 20: no match, two disagreements."""
    annotations = [info(1, "ana", "D1", 0, 10, "X"), info(2, "ben", "D1", 5, 25, "X")]
    result = measure(annotations, {1: 30}, ["ana", "ben"], [10])
    assert [d.gave for d in result.disagreements] == [(True, False), (False, True)]
    assert result.tags[0].passages.percent == 0.0


def naive_characters(
    annotations: list[AnnotationInfo], lengths: dict[int, int], coders: list[str], tag: int
) -> dict[agreement.Values, int]:
    """The character-level tally one character at a time (for checking the sweep)."""
    rows = []
    for document, length in lengths.items():
        mine = [a for a in annotations if a.document_id == document and not a.orphan]
        present = [any(a.coder == c for a in mine) for c in coders]
        for position in range(length):
            rows.append(tuple(
                None if not p else int(any(a.coder == c and tag in a.tag_ids
                                           and a.start <= position < a.end for a in mine))
                for c, p in zip(coders, present, strict=True)
            ))  # fmt: skip
    return agreement.tally(rows)


@pytest.mark.parametrize("seed", range(8))
def test_sweep_matches_a_character_by_character_count(seed: int) -> None:
    rng = random.Random(seed)
    coders = ["ana", "ben", "cleo"]
    lengths = {1: rng.randrange(0, 80), 2: rng.randrange(20, 80), 3: 40}
    annotations = []
    for number in range(rng.randrange(0, 40)):
        document = rng.choice([1, 2, 3])
        start = rng.randrange(0, lengths[document] + 1)
        end = min(start + rng.randrange(0, 25), lengths[document])
        annotations.append(AnnotationInfo(
            number, "", document, start, end, "q" * (end - start), "", "", "",
            rng.choice(coders), MOMENT, MOMENT, tuple(rng.sample([10, 11], rng.randrange(0, 3))),
            rng.random() < 0.1,
        ))  # fmt: skip
    result = measure(annotations, lengths, coders, [10, 11])
    for tag, row in zip([10, 11], result.tags, strict=True):
        expected = naive_characters(annotations, lengths, coders, tag)
        assert row.characters.units == agreement.pairable_units(expected)
        assert row.characters.alpha == agreement.krippendorff_alpha(expected)
        assert row.characters.percent == agreement.percent_agreement(expected)


@pytest.fixture
def project(empty_store: Store) -> tuple[ProjectService, dict[str, int]]:
    """The fixture above in a real project (D2 holds "ana"'s passage only)."""
    service = ProjectService(empty_store, coder="ana")
    ids = {
        "D1": service.add_document("One", TEXT_1).id,
        "D2": service.add_document("Two", TEXT_2).id,
        "X": service.codebook.create_tag("Turkey", "actor").id,
        "Y": service.codebook.create_tag("=Ceasefire", "theme").id,
    }
    for coder, document, start, end, tags in SPANS:
        service.create_annotation(ids[document], start, end, [ids[t] for t in tags], coder=coder)
    return service, ids


def test_compute_from_the_project(project: tuple[ProjectService, dict[str, int]]) -> None:
    service, ids = project
    result = agreement_table.compute(service, ["ana", "ben"], [ids["D1"], ids["D2"], 999],
                                     [ids["X"], ids["Y"], 999])  # fmt: skip
    assert result.document_ids == (ids["D1"], ids["D2"])  # 999 is no document: left out
    assert result.tag_ids == (ids["X"], ids["Y"])
    expected = measured()
    assert [t.characters for t in result.tags] == [t.characters for t in expected.tags]
    assert [t.passages for t in result.tags] == [t.passages for t in expected.tags]
    assert result.overall == expected.overall
    quotes = [p.quote for d in result.disagreements for p in d.passages if p]
    assert quotes == [TEXT_1[20:40], TEXT_1[80:90]]
    assert agreement_table.coders_of(service.annotations()) == ["ana", "ben"]


def test_table_csv(project: tuple[ProjectService, dict[str, int]], tmp_path: Path) -> None:
    service, ids = project
    result = agreement_table.compute(service, ["ana", "ben"], [ids["D1"], ids["D2"]],
                                     [ids["X"], ids["Y"]])  # fmt: skip
    path = tmp_path / "agreement.csv"
    assert agreement_table.export_table_csv(result, service.tags(), path) == 3
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows[0] == list(agreement_table.TABLE_HEADER)
    # X: characters 100 units, 88 %, specific 76/88, κ 0.376/0.496, α; passages 5, 80 %…
    assert rows[1] == ["actor", "Turkey", "", "100", "88.0", "86.36", "0.7581", "0.7577",
                       "5", "80.0", "80.0", "0.6154", "0.64"]  # fmt: skip
    assert rows[2][:2] == ["theme", "'=Ceasefire"]  # not run as a formula by a spreadsheet
    assert rows[3][:3] == ["", "all tags", ""]
    assert rows[3][3:5] == ["200", "82.0"]


def test_table_csv_undefined_cells_and_a_failed_export(tmp_path: Path) -> None:
    result = measure([], {1: 10}, ["ana", "ben"], [10])
    assert agreement_table.table_rows(result, [])[0] == ["", "", "", 0, "", "", "", "",
                                                         0, "", "", "", ""]  # fmt: skip
    existing = tmp_path / "kept.csv"
    existing.write_bytes(b"before")
    existing.chmod(0o444)
    with pytest.raises(ExportError):
        agreement_table.export_table_csv(result, [], existing)
    assert existing.read_bytes() == b"before"
    with pytest.raises(ExportError):
        agreement_table.export_table_csv(result, [], tmp_path / "missing" / "a.csv")


def three_coders_one_out_of_step() -> Agreement:
    """A text of 30 characters, tags X and Y. ana and ben mark [0,10) X, cleo [10,20) X;
    all three mark [20,25) Y: cleo is out of step with both others on X."""
    annotations = [
        info(1, "ana", "D1", 0, 10, "X"), info(2, "ben", "D1", 0, 10, "X"),
        info(3, "cleo", "D1", 10, 20, "X"), info(4, "ana", "D1", 20, 25, "Y"),
        info(5, "ben", "D1", 20, 25, "Y"), info(6, "cleo", "D1", 20, 25, "Y"),
    ]  # fmt: skip
    return measure(annotations, {1: 30}, ["ana", "ben", "cleo"], [10, 11])


def test_pairs_of_three_coders_by_hand() -> None:
    """Characters, X: [0,10) (1,1,0), [10,20) (0,0,1), [20,30) (0,0,0).
      ana–ben: 10 (1,1), 20 (0,0): percent 1, p_e = (1/3)² + (2/3)² = 5/9, κ = 1.
      ana–cleo (and ben–cleo): 10 (1,0), 10 (0,1), 10 (0,0): percent 1/3,
      p_e = 5/9, κ = (1/3 − 5/9)/(4/9) = −1/2.
    Pooled with Y ([20,25) (1,1,1), 25 characters (0,0,0)): 60 units;
      ana–cleo agree on 10 + 5 + 25 = 40: percent 2/3; each gave 1 to 15 of 60:
      p_e = 1/16 + 9/16 = 5/8, κ = (2/3 − 5/8)/(3/8) = 1/9; ana–ben: percent 1, κ 1.
    Passages: groups g1 {ana, ben [0,10) X}, g2 {cleo [10,20) X}, g3 {all [20,25) Y}.
      X: g1 (1,1,0), g2 (0,0,1), g3 (0,0,0): ana–cleo percent 1/3, κ −1/2 (as above),
      2 disagreements; ana–ben percent 1, κ 1, none.
      Pooled (Y: g1 g2 (0,0,0), g3 (1,1,1)): ana–cleo (1,0) (0,1) (0,0)×3 (1,1): percent
      4/6, each gave 1 to 2 of 6: p_e = 1/9 + 4/9 = 5/9, κ = (2/3 − 5/9)/(4/9) = 1/4.
    Y alone: everyone agrees."""
    result = three_coders_one_out_of_step()
    x, y = result.tags
    assert [(p.first, p.second) for p in x.pairs] == [(0, 1), (0, 2), (1, 2)]
    ana_ben, ana_cleo, ben_cleo = x.pairs
    check(ana_ben.characters, 30, 1.0, 1.0, 1.0, 1.0)
    check(ana_cleo.characters, 30, 1 / 3, -0.5, ana_cleo.characters.alpha, 0.0)
    assert ben_cleo.characters == ana_cleo.characters
    check(ana_ben.passages, 3, 1.0, 1.0, 1.0, 1.0)
    check(ana_cleo.passages, 3, 1 / 3, -0.5, ana_cleo.passages.alpha, 0.0)
    assert [p.disagreements for p in x.pairs] == [0, 2, 2]
    assert [p.disagreements for p in y.pairs] == [0, 0, 0]
    assert all(p.passages.percent == 1.0 for p in y.pairs)
    ana_ben, ana_cleo, ben_cleo = result.overall.pairs
    check(ana_cleo.characters, 60, 2 / 3, 1 / 9, ana_cleo.characters.alpha, 1 / 3)
    check(ana_ben.characters, 60, 1.0, 1.0, 1.0, 1.0)
    check(ana_cleo.passages, 6, 4 / 6, 1 / 4, ana_cleo.passages.alpha, 1 / 2)
    assert [p.disagreements for p in result.overall.pairs] == [0, 2, 2]
    assert len(result.disagreements) == 2
    # α over all three stays as it was: the pairs add figures, they change none.
    assert result.overall.characters.kappa is None
    assert result.overall.characters.alpha is not None


def test_two_coders_have_no_pairs() -> None:
    result = measured()
    assert result.overall.pairs == () and all(t.pairs == () for t in result.tags)
    assert agreement_table.pair_rows(result, []) == []
    assert b"coder_a" not in agreement_table.table_csv(result, [])


def test_a_pair_where_one_did_not_code_the_document() -> None:
    """cleo made nothing in D2: her pairs there have no units; ana–ben keep D2's."""
    annotations = [info(1, "ana", "D1", 0, 10, "X"), info(2, "ben", "D1", 0, 10, "X"),
                   info(3, "cleo", "D1", 0, 10, "X"), info(4, "ana", "D2", 0, 10, "X"),
                   info(5, "ben", "D2", 20, 30, "X")]  # fmt: skip
    result = measure(annotations, {1: 20, 2: 50}, ["ana", "ben", "cleo"], [10])
    ana_ben, ana_cleo, _ = result.tags[0].pairs
    assert ana_ben.characters.units == 70 and ana_cleo.characters.units == 20
    assert ana_ben.disagreements == 2 and ana_cleo.disagreements == 0
    assert ana_cleo.characters.percent == 1.0


def test_pairs_csv_section(tmp_path: Path) -> None:
    result = three_coders_one_out_of_step()
    tags = [TagInfo(10, "u10", "X", "actor", None, "#ff0000", "", "", 0),
            TagInfo(11, "u11", "=Y", "theme", 10, "#00ff00", "", "", 1)]  # fmt: skip
    path = tmp_path / "pairs.csv"
    assert agreement_table.export_table_csv(result, tags, path) == 3
    rows = list(csv.reader(path.read_bytes().decode("utf-8-sig").splitlines()))
    assert rows[0] == list(agreement_table.TABLE_HEADER)
    assert [r[1] for r in rows[1:4]] == ["X", "'=Y", "all tags"]
    assert rows[4] == []
    assert rows[5] == list(agreement_table.PAIRS_HEADER)
    pairs = rows[6:]
    assert len(pairs) == 9  # 3 pairs × (2 tags + all tags)
    assert pairs[1] == ["actor", "X", "", "ana", "cleo", "30", "33.33", "0.0", "-0.5", pairs[1][9],
                        "3", "33.33", "0.0", "-0.5", pairs[1][14], "2"]  # fmt: skip
    assert pairs[3][:3] == ["theme", "'=Y", "X"]  # formula guarded; the parent named
    assert [[*r[1:5], r[-1]] for r in pairs[6:]] == [
        ["all tags", "", "ana", "ben", "0"], ["all tags", "", "ana", "cleo", "2"],
        ["all tags", "", "ben", "cleo", "2"],
    ]  # fmt: skip
