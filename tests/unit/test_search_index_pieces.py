"""The index's folding and spacing done in pieces (so a long text does not hold the GIL in
one call) give exactly what one call on the whole text gives, wherever the pieces fall."""

from __future__ import annotations

import random

import pytest

from desktop.core import search_index
from desktop.core.search_index import _spaced_piece, fold_same_length, spaced

SAMPLES = {
    "vietnamese": "Đường Thổ Nhĩ Kỳ — ngừng bắn ở Hà Nội, “Ôi!”  ___ ĐƯỜNG 2024.",
    # Decomposed: a base letter followed by one or more combining marks.
    "combining": "e\u0301te\u0301 a\u0300\u0323 o\u0302\u0301 n\u0303 \u0301\u0301 x\u0308\u0304y",
    "arabic": "السَّلَامُ عَلَيْكُمْ، بِسْمِ اللَّهِ الرَّحْمَٰنِ ١٢٣",
    "hebrew": "שָׁלוֹם עֲלֵיכֶם",
    "devanagari": "नमस्ते दुनिया क्षत्रिय",
    "emoji": "👍🏽 family 👨‍👩‍👧 flag 🇻🇳 ₽ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \U0001f600\U0001f600",
    "surrogates": "a\ud83dz \udc00 b\ud800\udc00c",  # lone surrogates, as Python keeps them
    "cjk_thai": "2024年の東京、北京です。ภาษาไทยง่าย 한국어 단어 𠀋𠂉",
    "gaps": "  ,,, -- __ \u200b\u2066x\u2069 ..  \n\n\t end  ",
    "private": "\ue000\ue001 ab\U000f0000c",
    "ascii": "The quick, brown fox_jumps -- over (the) lazy dog!!  ",
    "ligatures": "Straße ﬁnal Æsir œuvre İstanbul ılık Łódź Ørsted",
}


def _whole_fold(text: str) -> str:
    return text.translate(search_index._TABLE)


def _texts() -> list[str]:
    rng = random.Random(5)
    mixed = "".join(rng.choice(list(SAMPLES.values())) for _ in range(40))
    shuffled = "".join(rng.sample(mixed, len(mixed)))  # marks and gaps in every order
    return [*SAMPLES.values(), mixed, shuffled]


@pytest.mark.parametrize("piece", [1, 2, 3, 5, 7, 16, 61])
def test_pieces_fold_and_space_as_one_call(monkeypatch: pytest.MonkeyPatch, piece: int) -> None:
    texts = _texts()
    # What a single call gives, before the pieces are made small enough to cut every text.
    whole = [(_whole_fold(t), _spaced_piece(_whole_fold(t))) for t in texts]
    monkeypatch.setattr(search_index, "PIECE", piece)
    for text, (folded, body) in zip(texts, whole, strict=True):
        assert fold_same_length(text) == folded
        assert spaced(folded) == body
    # Folding at every cut point, not only at multiples of the piece.
    for text in texts:
        folded = _whole_fold(text)
        for cut in range(1, len(text)):
            assert fold_same_length(text[:cut]) + fold_same_length(text[cut:]) == folded


def test_a_long_text_is_cut_and_matches_one_call(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(9)
    text = "".join(rng.choice(list(SAMPLES.values())) for _ in range(12_000))
    assert len(text) > 4 * search_index.PIECE
    folded = _whole_fold(text)
    body = _spaced_piece(folded)
    pieces: list[int] = []

    def counted(piece: str) -> str:
        pieces.append(len(piece))
        return _spaced_piece(piece)

    monkeypatch.setattr(search_index, "_spaced_piece", counted)
    assert fold_same_length(text) == folded
    assert spaced(folded) == body
    assert len(pieces) > 4 and max(pieces) < search_index.PIECE + 100
