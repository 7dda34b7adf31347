from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import text


def test_normalise_makes_nfc_unix_newlines_and_drops_bom_and_controls() -> None:
    decomposed = unicodedata.normalize("NFD", "Việt Nam")
    raw = "\ufeff" + decomposed + "\r\nline two\rthree\x00\x07\tend\x85"
    assert text.normalise(raw) == "Việt Nam\nline two\nthree\tend"
    assert len(text.normalise(decomposed)) == 8  # "Việt Nam" is 8 code points in NFC


def test_normalise_keeps_emoji_rtl_and_joiners() -> None:
    sample = "سلام 👩‍👩‍👧 a\u200cb"
    assert text.normalise(sample) == sample


def test_anchor_keeps_quote_and_context() -> None:
    body = "x" * 40 + "Thổ Nhĩ Kỳ" + "y" * 40
    anchor = text.anchor(body, 40, 50)
    assert anchor.quote == "Thổ Nhĩ Kỳ"
    assert anchor.prefix == "x" * 32
    assert anchor.suffix == "y" * 32


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (2, 2), (3, 1), (0, 11)])
def test_anchor_refuses_spans_outside_the_text(start: int, end: int) -> None:
    with pytest.raises(text.OffsetError):
        text.anchor("0123456789", start, end)


def test_find_occurrence_counts_from_one() -> None:
    assert text.find_occurrence("ab ab ab", "ab", 2) == 3
    with pytest.raises(text.OffsetError):
        text.find_occurrence("ab", "ab", 2)


def test_segments_split_nested_and_overlapping_spans() -> None:
    result = text.segments([(0, 10, 1), (2, 4, 2), (8, 12, 3)])
    assert [(s.start, s.end, s.annotation_ids) for s in result] == [
        (0, 2, (1,)),
        (2, 4, (1, 2)),
        (4, 8, (1,)),
        (8, 10, (1, 3)),
        (10, 12, (3,)),
    ]


def test_segments_leave_gaps_uncovered_and_handle_identical_spans() -> None:
    result = text.segments([(5, 7, 1), (0, 2, 2), (5, 7, 3)])
    assert [(s.start, s.end, s.annotation_ids) for s in result] == [
        (0, 2, (2,)),
        (5, 7, (1, 3)),
    ]


@settings(max_examples=300)
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(1, 20)), max_size=12))
def test_segments_cover_exactly_the_union_of_spans(raw: list[tuple[int, int]]) -> None:
    spans = [(start, start + length, i) for i, (start, length) in enumerate(raw)]
    covered = {p for start, end, _ in spans for p in range(start, end)}
    result = text.segments(spans)
    from_segments = [p for s in result for p in range(s.start, s.end)]
    assert sorted(from_segments) == sorted(covered)
    for segment in result:
        expected = {i for start, end, i in spans if start <= segment.start and segment.end <= end}
        assert set(segment.annotation_ids) == expected
