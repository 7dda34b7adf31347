"""Language detection: the numpy counting of n-grams gives py3langid's own counts."""

from __future__ import annotations

import random

import numpy as np
from py3langid.langid import (  # type: ignore[import-untyped]
    MODEL_FILE,
    LanguageIdentifier,
    visit_counts,
)

from desktop.core import language

TEXTS = [
    "Thổ Nhĩ Kỳ kêu gọi ngừng bắn ở Nagorno-Karabakh; Nga đề nghị đàm phán. " * 40,
    "Россия предложила провести переговоры между Арменией и Азербайджаном. " * 40,
    "Meski terjadi gencatan senjata pada 1994, tensi kedua negara tidak surut. " * 40,
    "土耳其呼吁停火，俄罗斯提议在亚美尼亚和阿塞拜疆之间举行谈判。" * 40,
    "Türkiye ateşkes çağrısı yaptı. مصر تدعو إلى وقف إطلاق النار. 😀",
    "",
    "a",
    "ab",
    "中",
]


def samples() -> list[bytes]:
    rng = random.Random(7)
    found = [LanguageIdentifier._encode(t) for t in TEXTS]
    found += [bytes(rng.randrange(256) for _ in range(rng.randrange(0, 400))) for _ in range(60)]
    found += [
        "".join(chr(rng.randrange(32, 0x3000)) for _ in range(rng.randrange(0, 300))).encode()
        for _ in range(60)
    ]
    return found


def test_the_shipped_model_is_counted_with_numpy_as_py3langid_counts() -> None:
    identifier = language._identifier()
    # Another model (a py3langid upgrade) falls back to py3langid's own counting: check it
    # again (language_counts.py says how), then update MODEL_CRC and DEPTH.
    assert identifier.counting is not None
    for data in samples():
        theirs = visit_counts(
            identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, data
        )
        ours = identifier.counting(data)
        assert (ours is None and theirs is None) or list(ours.items()) == list(theirs.items())


def test_detection_gives_py3langid_s_own_scores() -> None:
    theirs = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ours = language._identifier()
    for text in TEXTS:
        assert ours.classify(text) == theirs.classify(text)
        data = theirs._encode(text)
        assert np.array_equal(ours._raw_score(data), theirs._raw_score(data))
    assert [language.detect(t) for t in TEXTS[:2]] == ["vi", "ru"]
