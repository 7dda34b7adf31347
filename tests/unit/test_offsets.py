"""Code point <-> UTF-16 conversion, over the characters that break naive conversions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.ui.qt_offsets import OffsetMap, utf16_length

# Emoji (astral), a flag (two regional indicators), CJK Extension B, combining marks,
# ZWJ sequences, ZWNJ, Arabic and Hebrew (RTL) and RTL marks, Vietnamese, plain ASCII.
TRICKY = [
    "😀", "👩‍👩‍👧", "🇻🇳", "🇹🇷", "𠀀", "𪜀", "e\u0301", "\u0323", "\u200d", "\u200c",
    "سلام", "שלום", "\u200f", "\u202b", "Việt", "đ", "a", " ", "\n", "\t", "𝕏", "\U0010ffff",
]  # fmt: skip
texts = st.lists(
    st.one_of(st.sampled_from(TRICKY), st.characters(codec="utf-8", exclude_categories=("Cs",))),
    max_size=40,
).map("".join)


@settings(max_examples=2500, deadline=None)
@given(texts, st.data())
def test_code_points_round_trip_through_utf16(text: str, data: st.DataObject) -> None:
    offsets = OffsetMap(text)
    cp = data.draw(st.integers(0, len(text)))
    qt = offsets.to_qt(cp)
    assert qt == utf16_length(text[:cp])
    assert offsets.from_qt(qt) == cp
    assert offsets.from_qt(qt, round_up=True) == cp


@settings(max_examples=2000, deadline=None)
@given(texts, st.data())
def test_any_utf16_position_maps_to_a_whole_character(text: str, data: st.DataObject) -> None:
    offsets = OffsetMap(text)
    qt = data.draw(st.integers(0, utf16_length(text)))
    down, up = offsets.from_qt(qt), offsets.from_qt(qt, round_up=True)
    assert 0 <= down <= up <= len(text)
    assert up - down in (0, 1)
    # Rounding lands on real character boundaries that bracket the Qt position.
    assert utf16_length(text[:down]) <= qt <= utf16_length(text[:up])


def test_spans_widen_to_whole_characters() -> None:
    offsets = OffsetMap("a😀b")
    assert offsets.span_from_qt(1, 2) == (1, 2)  # half an emoji selected: take it all
    assert offsets.span_to_qt(1, 2) == (1, 3)
