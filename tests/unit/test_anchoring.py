"""Re-anchoring annotations in a changed text: same place, exact quote by context, fuzzy
near the old place, or an orphan — never a silent move to a wrong place."""

from __future__ import annotations

from desktop.core import text as textmod
from desktop.core.anchoring import PositionMap, reanchor
from desktop.core.text import Anchor

OLD = (
    "Thổ Nhĩ Kỳ kêu gọi ngừng bắn ở Nagorno-Karabakh 😀.\n"
    "Nga đề nghị đàm phán giữa Armenia và Azerbaijan.\n"
    "Armenia cáo buộc Azerbaijan. Azerbaijan cáo buộc Armenia.\n"
    "Pháp và Đức kêu gọi ngừng bắn.\n"
)


def anchor_of(text: str, phrase: str, nth: int = 0) -> Anchor:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return textmod.anchor(text, start, start + len(phrase))


def placed(new: str, anchor: Anchor) -> tuple[str, str]:
    (result,) = reanchor(OLD, new, [anchor])
    return result.method, new[result.start : result.end]


def test_an_unchanged_text_keeps_every_place() -> None:
    anchors = [anchor_of(OLD, p) for p in ("ngừng bắn", "Armenia", "😀", "Đức")]
    assert [(p.start, p.end, p.method) for p in reanchor(OLD, OLD, anchors)] == [
        (a.start, a.end, "position") for a in anchors
    ]


def test_text_inserted_before_moves_the_passage_exactly() -> None:
    new = "Tin mới 𠀀 nhất:\n" + OLD
    anchor = anchor_of(OLD, "đàm phán giữa Armenia")
    (result,) = reanchor(OLD, new, [anchor])
    assert result.method == "exact"
    assert new[result.start : result.end] == "đàm phán giữa Armenia"
    assert result.start == anchor.start + len("Tin mới 𠀀 nhất:\n")  # code points


def test_a_repeated_quote_goes_where_its_context_fits() -> None:
    second = anchor_of(OLD, "Armenia", 2)  # "… cáo buộc Armenia." at the end of line 3
    new = OLD.replace("Nga đề nghị", "Nga, qua Ngoại trưởng Lavrov, đề nghị")
    method, text = placed(new, second)
    (result,) = reanchor(OLD, new, [second])
    assert (method, text) == ("exact", "Armenia")
    assert new[result.start - 20 : result.start] == "Azerbaijan cáo buộc "


def test_an_edited_quote_is_found_fuzzily_near_its_old_place() -> None:
    anchor = anchor_of(OLD, "Nga đề nghị đàm phán giữa Armenia và Azerbaijan")
    new = OLD.replace("đề nghị đàm phán", "đề nghị mở đàm phán")
    assert placed(new, anchor) == ("fuzzy", "Nga đề nghị mở đàm phán giữa Armenia và Azerbaijan")


def test_a_deleted_passage_becomes_an_orphan_not_a_guess() -> None:
    anchor = anchor_of(OLD, "Nga đề nghị đàm phán giữa Armenia và Azerbaijan.")
    new = OLD.replace("Nga đề nghị đàm phán giữa Armenia và Azerbaijan.\n", "")
    assert placed(new, anchor)[0] == "orphan"


def test_a_moved_paragraph_is_followed_when_its_quote_is_unique() -> None:
    lines = OLD.splitlines(keepends=True)
    new = "".join([lines[3], lines[1], lines[2], lines[0]])
    anchor = anchor_of(OLD, "Nagorno-Karabakh 😀")
    assert placed(new, anchor) == ("exact", "Nagorno-Karabakh 😀")


def test_the_position_map_is_exact_in_unchanged_lines() -> None:
    new = "Mở đầu.\n" + OLD
    mapping = PositionMap(OLD, new)
    at = OLD.index("Pháp")
    assert mapping.place(at) == (at + len("Mở đầu.\n"), 0)


SENTENCE = "Hôm nay, Thổ Nhĩ Kỳ kêu gọi ngừng bắn ở Nagorno-Karabakh ngay lập tức.\n"
QUOTE = "kêu gọi ngừng bắn ở Nagorno-Karabakh"


def test_an_edited_quote_is_not_moved_to_a_copy_of_its_sentence() -> None:
    # The context still brackets the edited quote where the old place maps; the intact
    # copy of the sentence further on is another passage, context and all: an orphan.
    old = SENTENCE + "Tin ngắn về cuộc xung đột, cập nhật lúc chín giờ.\n" + SENTENCE
    anchor = anchor_of(old, QUOTE)
    new = old.replace(QUOTE + " ngay", "kêu Karabakh ngay", 1)
    (result,) = reanchor(old, new, [anchor])
    assert result.method == "orphan"
    assert new[result.start : result.end] == "kêu Karabakh"  # the best guess: where it was


def test_the_same_place_holding_a_copy_is_not_taken_for_the_passage() -> None:
    # A first line removed: the passage moves up a line, and the next copy of its
    # sentence now sits at its old offset, with the same context.
    first = ("Tin ngắn về cuộc xung đột, cập nhật lúc chín giờ sáng nay. " * 2)[
        : len(SENTENCE) - 1
    ] + "\n"
    old = first + SENTENCE * 3
    anchor = anchor_of(old, QUOTE, 1)
    new = SENTENCE * 3
    assert new[anchor.start : anchor.end] == QUOTE
    (result,) = reanchor(old, new, [anchor])
    assert (result.method, result.start) == ("exact", anchor.start - len(first))
