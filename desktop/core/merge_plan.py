"""What a merge will do (``MergePlan``, made by ``merging``) and what it did
(``MergeResult``, which ``merge_undo`` takes back)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from desktop.core.incoming import IncomingAnnotation, IncomingDocument, IncomingTag
from desktop.core.messages import QT_TRANSLATE_NOOP, Count, joined, plural
from desktop.core.records import AnnotationInfo

SHOWN = 200  # conflicts and skipped lines kept for the preview; the rest are counted

Ref = int | str  # a row already in the project (its id) or a new one (the file's key)


@dataclass(slots=True)  # not frozen: 100,000 of them are made, four times as fast
class Planned:
    incoming: IncomingAnnotation
    document: Ref
    start: int
    end: int
    tags: tuple[Ref, ...]
    existing: int | None = None  # the annotation it replaces


@dataclass(frozen=True, slots=True)
class Conflict:
    """One annotation both sides hold, differently."""

    where: str
    document: str  # its title
    quote: str
    ours: str  # what differs, in words
    theirs: str
    kept: Literal["ours", "theirs"]


@dataclass(slots=True)
class MergePlan:
    source: Path
    format: str
    new_documents: list[IncomingDocument] = field(default_factory=list)
    matched_documents: int = 0
    new_tags: list[tuple[IncomingTag, str, str]] = field(default_factory=list)  # tag, kind, name
    parents: dict[str, Ref] = field(default_factory=dict)  # new tag's key → its parent
    matched_tags: int = 0
    added: list[Planned] = field(default_factory=list)
    updated: list[Planned] = field(default_factory=list)
    unchanged: int = 0
    relocated: int = 0  # found by their quote, not at the file's offsets
    conflicts: list[Conflict] = field(default_factory=list)
    conflict_count: int = 0
    skipped: list[str] = field(default_factory=list)
    skipped_count: int = 0
    # the texts and titles of every document involved
    texts: dict[Ref, str] = field(default_factory=dict, repr=False)
    titles: dict[Ref, str] = field(default_factory=dict, repr=False)

    @property
    def writes(self) -> bool:
        return bool(self.new_documents or self.new_tags or self.added or self.updated)

    def skip(self, line: str, count: int = 1) -> None:
        self.skipped_count += count
        if len(self.skipped) < SHOWN:
            self.skipped.append(line)

    def conflict(self, conflict: Conflict) -> None:
        self.conflict_count += 1
        if len(self.conflicts) < SHOWN:
            self.conflicts.append(conflict)

    def summary(self) -> str:
        """What the merge does, in a few lines for the user."""
        annotations = plural(
            len(self.added),
            QT_TRANSLATE_NOOP(
                "Merge",
                "{n} annotation added, {updated} updated, {unchanged} already in the project.",
            ),
            QT_TRANSLATE_NOOP(
                "Merge",
                "{n} annotations added, {updated} updated, {unchanged} already in the project.",
            ),
            updated=Count(len(self.updated)),
            unchanged=Count(self.unchanged),
        )
        parts = QT_TRANSLATE_NOOP(
            "Merge",
            "Documents: {documents} added, {matched_documents} matched. "
            "Tags: {tags} created, {matched_tags} matched.",
        )
        lines = [
            annotations,
            parts.format(
                documents=Count(len(self.new_documents)),
                matched_documents=Count(self.matched_documents),
                tags=Count(len(self.new_tags)),
                matched_tags=Count(self.matched_tags),
            ),
        ]
        if self.relocated:
            lines.append(
                plural(
                    self.relocated,
                    QT_TRANSLATE_NOOP("Merge", "{n} annotation found by their quote."),
                    QT_TRANSLATE_NOOP("Merge", "{n} annotations found by their quote."),
                )
            )
        nameless = sum(1 for p in self.added if not p.incoming.coder)
        if nameless:  # doccano, brat, Label Studio without e-mails: nobody to name
            lines.append(
                plural(
                    nameless,
                    QT_TRANSLATE_NOOP(
                        "Merge",
                        "{n} added annotation has no coder name (the file names none): "
                        "it is listed as “(no name)” under Coders.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Merge",
                        "{n} added annotations have no coder name (the file names none): "
                        "they are listed as “(no name)” under Coders.",
                    ),
                )
            )
        if self.conflict_count:
            theirs = sum(1 for c in self.conflicts if c.kept == "theirs")
            lines.append(
                plural(
                    self.conflict_count,
                    QT_TRANSLATE_NOOP(
                        "Merge",
                        "{n} conflict (the newer version kept; "
                        "{theirs} of the listed ones from the file).",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Merge",
                        "{n} conflicts (the newer version kept; "
                        "{theirs} of the listed ones from the file).",
                    ),
                    theirs=Count(theirs),
                )
            )
        if self.skipped_count:
            skipped = QT_TRANSLATE_NOOP("Merge", "{count} skipped (listed).")
            lines.append(skipped.format(count=Count(self.skipped_count)))
        return joined(lines)


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge wrote, enough to take it back."""

    plan: MergePlan
    documents: tuple[int, ...]
    tags: tuple[int, ...]
    annotations: tuple[int, ...]
    replaced: tuple[AnnotationInfo, ...]  # updated annotations as they were before
