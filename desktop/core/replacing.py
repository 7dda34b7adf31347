"""Replacing a document's text: where each annotation goes, and the records undo needs.

Every annotation is re-anchored (``anchoring.reanchor``): it stays where its quote still
is, follows its quote and context, or takes a close fuzzy match (a corrected word inside
it). What cannot be found with confidence becomes an *orphan*: kept with its old quote,
context, tags and note, its offsets only a guess at where it was (clamped into the new
text), listed for review and never painted, exported or counted as if placed.

The planning here is pure; ``ProjectService`` reads, writes and keeps its caches.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from desktop.core import text as textmod
from desktop.core.anchoring import Method, Progress, reanchor
from desktop.core.messages import QT_TRANSLATE_NOOP
from desktop.core.model import Annotation, Dismissal, Document, Tag
from desktop.core.records import AnnotationInfo
from desktop.core.service_base import ProjectError

Dismissed = tuple[int, int, int]  # (tag id, start, end) of a suggestion turned down


@dataclass(frozen=True, slots=True)
class Replanted:
    """Where one annotation goes in the new text."""

    annotation: AnnotationInfo  # as it was before
    method: Method
    start: int  # in the new text; for an orphan, about where it was
    end: int
    score: float  # 100 for the quote itself, the fuzzy score otherwise


@dataclass(frozen=True, slots=True)
class TextReplacement:
    """What replacing a document's text would do; nothing has been written."""

    document_id: int
    old_length: int
    text: str  # the new text, normalised
    placed: tuple[Replanted, ...]  # one per annotation, in reading order
    dismissals: tuple[Dismissed, ...] = ()  # those found again in the new text

    def count(self, method: Method) -> int:
        return self.counts()[method]

    def counts(self) -> Counter[str]:
        return Counter(item.method for item in self.placed)

    def passage(self, item: Replanted) -> str:
        """The new text where ``item`` goes (for an orphan, where it would have been)."""
        return self.text[item.start : item.end]


@dataclass(frozen=True, slots=True)
class TextChange:
    """A replacement done: everything undo needs to put the old text back exactly."""

    plan: TextReplacement
    old_text: str
    before: tuple[AnnotationInfo, ...]  # every annotation of the document, as it was
    after: tuple[AnnotationInfo, ...]  # and as it is now
    dismissals_before: tuple[Dismissed, ...]

    @property
    def document_id(self) -> int:
        return self.plan.document_id

    @property
    def orphans(self) -> tuple[AnnotationInfo, ...]:
        return tuple(a for a in self.after if a.orphan)


def checked_text(new_text: str, old: str) -> str:
    """``new_text`` normalised as stored; ProjectError when it is empty or the same."""
    new = textmod.normalise(new_text)
    if not new.strip():
        raise ProjectError(
            QT_TRANSLATE_NOOP("Replacing", "The new text is empty: a document needs some text.")
        )
    if new == old:
        raise ProjectError(
            QT_TRANSLATE_NOOP(
                "Replacing", "Nothing to replace: the new text is the same as the document's."
            )
        )
    return new


def plan(
    document_id: int,
    old: str,
    new: str,
    annotations: Sequence[AnnotationInfo],
    dismissals: Sequence[Dismissed] = (),
    progress: Progress | None = None,
) -> TextReplacement:
    """Where each annotation (and dismissed suggestion) of ``old`` belongs in ``new``.
    ``progress(done, total)`` counts the annotations placed (see ``reanchor``); it may
    raise to stop the planning, which has changed nothing."""
    anchors = [textmod.Anchor(a.start, a.end, a.quote, a.prefix, a.suffix) for a in annotations]
    # A dismissal keeps no quote: it is the old text's, so only an exact find keeps it.
    kept = [d for d in dismissals if 0 <= d[1] < d[2] <= len(old)]
    anchors += [textmod.anchor(old, start, end) for _, start, end in kept]
    placements = reanchor(old, new, anchors, _counting(progress, len(annotations)))
    length = len(new)
    placed = []
    for annotation, found in zip(annotations, placements, strict=False):
        start, end = found.start, found.end
        if found.method == "orphan":  # a guess, but one inside the text
            start = min(max(0, start), length - 1)
            end = min(max(end, start + 1), length)
        placed.append(Replanted(annotation, found.method, start, end, found.score))
    moved = dict.fromkeys(
        (tag_id, found.start, found.end)
        for (tag_id, _, _), found in zip(kept, placements[len(annotations) :], strict=True)
        if found.method in ("position", "exact")
    )
    return TextReplacement(document_id, len(old), new, tuple(placed), tuple(moved))


def _counting(progress: Progress | None, annotations: int) -> Progress | None:
    """``progress`` told of the annotations only (the dismissals placed after them)."""
    if progress is None:
        return None
    told = progress
    return lambda done, _total: told(min(done, annotations), annotations)


def outcome(replacement: TextReplacement, now: datetime) -> tuple[AnnotationInfo, ...]:
    """Each annotation as it will be. Only those that moved, changed their passage or
    became orphans are marked as changed (``updated_at``); an orphan keeps its quote."""
    text, after = replacement.text, []
    for item in replacement.placed:
        before = item.annotation
        if item.method == "orphan":
            changed = not before.orphan
            moved = replace(before, start=item.start, end=item.end, orphan=True)
        else:
            anchor = textmod.anchor(text, item.start, item.end)
            changed = before.orphan or (anchor.start, anchor.end, anchor.quote) != (
                before.start, before.end, before.quote
            )  # fmt: skip
            moved = replace(
                before, start=anchor.start, end=anchor.end, quote=anchor.quote,
                prefix=anchor.prefix, suffix=anchor.suffix, orphan=False,
            )  # fmt: skip
        # A changed one counts up its version: an edit made against the old one is stale.
        after.append(
            replace(moved, updated_at=now, version=moved.version + 1) if changed else moved
        )
    return tuple(after)


def dismissals_of(session: Session, document_id: int) -> tuple[Dismissed, ...]:
    rows = session.exec(
        select(Dismissal.tag_id, Dismissal.start, Dismissal.end)
        .where(Dismissal.document_id == document_id)
        .order_by(col(Dismissal.id))
    )
    return tuple((tag_id, start, end) for tag_id, start, end in rows)


def put(
    session: Session,
    document_id: int,
    text: str,
    annotations: Sequence[AnnotationInfo],
    dismissals: Sequence[Dismissed],
) -> None:
    """Write ``text`` and exactly these annotation states and dismissals for the
    document, in the caller's transaction. The document must hold exactly these
    annotations (undo runs in order, so anything else means it changed behind us)."""
    row = session.get(Document, document_id)
    if row is None:
        raise ProjectError(
            QT_TRANSLATE_NOOP("Replacing", "The document is no longer in the project.")
        )
    present = set(
        session.exec(select(Annotation.id).where(Annotation.document_id == document_id)).all()
    )
    if present != {a.id for a in annotations}:
        raise ProjectError("the document's annotations changed since")
    row.text, row.text_sha256 = text, textmod.sha256(text)
    session.add(row)
    if annotations:  # one executemany by primary key: thousands of rows in milliseconds
        session.execute(
            update(Annotation),
            [
                {"id": a.id, "start": a.start, "end": a.end, "quote": a.quote,
                 "prefix": a.prefix, "suffix": a.suffix, "orphan": a.orphan,
                 "updated_at": a.updated_at, "version": a.version}
                for a in annotations
            ],
        )  # fmt: skip
    session.execute(delete(Dismissal).where(col(Dismissal.document_id) == document_id))
    tags = set(session.exec(select(Tag.id)).all())
    session.add_all(
        Dismissal(document_id=document_id, tag_id=tag_id, start=start, end=end)
        for tag_id, start, end in dismissals
        if tag_id in tags
    )
    session.flush()
