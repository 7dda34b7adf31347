from __future__ import annotations

import pytest

from desktop.core.codebook import CodebookService
from desktop.core.folding import fold
from desktop.core.store import Store
from desktop.core.tag_search import rank_tags


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Thổ Nhĩ Kỳ", "tho nhi ky"),
        ("ĐƯỜNG", "duong"),
        ("Erdoğan", "erdogan"),
        ("İSTANBUL ılık", "istanbul ilik"),
        ("thỏa thuận ngừng bắn", "thoa thuan ngung ban"),
        ("Łódź", "lodz"),
        ("سلام", "سلام"),
    ],
)
def test_fold_ignores_case_and_diacritics(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_rank_by_name_alias_and_typos(store: Store) -> None:
    codebook = CodebookService(store)
    tags = codebook.tags()
    turkey = next(t for t in tags if t.name == "Turkey")
    aliases = codebook.aliases()
    assert rank_tags("tho nhi", tags, aliases)[0].tag.id == turkey.id
    assert rank_tags("tho nhi", tags, aliases)[0].matched == "Thổ Nhĩ Kỳ"
    assert rank_tags("erdogan", tags, aliases)[0].tag.name == "Erdoğan"
    assert rank_tags("ceasfire", tags, aliases)[0].tag.name == "Ceasefire & negotiation"
    assert rank_tags("blame", tags, aliases)[0].tag.name == "Accusation & blame"
    assert rank_tags("zzzzqqq", tags, aliases) == []
    assert [m.tag for m in rank_tags("", tags)] == tags
    assert len(rank_tags("a", tags, limit=3)) == 3
