"""Suggested passages: where a tag's name or aliases occur in a document.

Matching ignores case and diacritics ("Erdogan" finds "Erdoğan", "tho nhi ky" finds
"Thổ Nhĩ Kỳ") and takes whole words only, in every script. Offsets are found in a folded
copy of the text and mapped back to code points of the stored text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlmodel import col, select

from desktop.core.folding import fold
from desktop.core.messages import QT_TRANSLATE_NOOP
from desktop.core.model import Dismissal
from desktop.core.project_store import ProjectStore
from desktop.core.records import AliasInfo, AnnotationInfo, TagInfo
from desktop.core.service_base import ProjectError, writing


@dataclass(frozen=True, slots=True)
class Suggestion:
    document_id: int
    tag_id: int
    start: int
    end: int
    quote: str
    matched: str  # the name or alias found there


# A text uses few distinct characters: fold each once (5x faster on a long article).
_fold_char = functools.cache(fold)


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the index it came from."""
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return "".join(pieces), origin


def find_in_text(
    document_id: int, text: str, tags: Sequence[TagInfo], aliases: Iterable[AliasInfo]
) -> list[Suggestion]:
    """Every whole-word occurrence of every tag's name and aliases, in reading order."""
    names: dict[int, set[str]] = {t.id: {t.name} for t in tags}
    for alias in aliases:
        names.setdefault(alias.tag_id, set()).add(alias.text)
    folded, origin = _folded_with_map(text)
    found: dict[tuple[int, int, int], Suggestion] = {}
    for tag_id, variants in names.items():
        for variant in sorted(variants, key=len, reverse=True):
            needle = " ".join(fold(variant).split())
            if not needle:
                continue
            pattern = re.compile(r"(?<!\w)" + re.escape(needle).replace(r"\ ", r"\s+") + r"(?!\w)")
            for match in pattern.finditer(folded):
                start = origin[match.start()]
                end = origin[match.end() - 1] + 1
                while end < len(text) and unicodedata.combining(text[end]):
                    end += 1
                key = (tag_id, start, end)
                if key not in found:
                    found[key] = Suggestion(
                        document_id, tag_id, start, end, text[start:end], variant
                    )
    # "Putin" inside "Vladimir Putin" is the same finding: keep the longest for a tag.
    kept: list[Suggestion] = []
    reach: dict[int, int] = {}  # tag id -> furthest end of a kept suggestion so far
    for suggestion in sorted(found.values(), key=lambda s: (s.start, -s.end)):
        if suggestion.end > reach.get(suggestion.tag_id, -1):
            kept.append(suggestion)
            reach[suggestion.tag_id] = suggestion.end
    return sorted(kept, key=lambda s: (s.start, s.end, s.tag_id))


class SuggestionService:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def dismissed(self, document_id: int) -> set[tuple[int, int, int]]:
        with self.store.read() as session:
            rows = session.exec(select(Dismissal).where(Dismissal.document_id == document_id))
            return {(d.tag_id, d.start, d.end) for d in rows}

    def open_suggestions(
        self,
        document_id: int,
        text: str,
        tags: Sequence[TagInfo],
        aliases: Iterable[AliasInfo],
        annotations: Iterable[AnnotationInfo],
    ) -> list[Suggestion]:
        """Suggestions not yet coded with their tag there, nor dismissed."""
        # An orphan's offsets are a guess: it hides no suggestion.
        coded = [(a.start, a.end, set(a.tag_ids)) for a in annotations if not a.orphan]
        dismissed = self.dismissed(document_id)
        result = []
        for suggestion in find_in_text(document_id, text, tags, aliases):
            key = (suggestion.tag_id, suggestion.start, suggestion.end)
            if key in dismissed:
                continue
            if any(
                s < suggestion.end and suggestion.start < e and suggestion.tag_id in ids
                for s, e, ids in coded
            ):
                continue
            result.append(suggestion)
        return result

    def dismiss(self, suggestion: Suggestion) -> None:
        with writing(self.store) as session:
            exists = session.exec(
                select(Dismissal.id).where(
                    Dismissal.document_id == suggestion.document_id,
                    Dismissal.tag_id == suggestion.tag_id,
                    Dismissal.start == suggestion.start,
                    col(Dismissal.end) == suggestion.end,
                )
            ).first()
            if exists is None:
                session.add(
                    Dismissal(
                        document_id=suggestion.document_id, tag_id=suggestion.tag_id,
                        start=suggestion.start, end=suggestion.end,
                    )
                )  # fmt: skip

    def undismiss(self, suggestion: Suggestion) -> None:
        with writing(self.store) as session:
            rows = session.exec(
                select(Dismissal).where(
                    Dismissal.document_id == suggestion.document_id,
                    Dismissal.tag_id == suggestion.tag_id,
                    Dismissal.start == suggestion.start,
                    col(Dismissal.end) == suggestion.end,
                )
            ).all()
            if not rows:
                raise ProjectError(
                    QT_TRANSLATE_NOOP("Project", "That suggestion was not dismissed.")
                )
            for row in rows:
                session.delete(row)
