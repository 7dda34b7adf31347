"""What is wrong in a file that cannot be imported, collected as it is read so that one
message names the first few problems at once: a refusal per problem would make fixing a
file a long loop of tries, and a list of thousands would bury the first."""

from __future__ import annotations

from pathlib import Path

from desktop.core.incoming import IncomingError
from desktop.core.messages import QT_TRANSLATE_NOOP, joined, plural

SHOWN = 5  # problems named in a message; the rest are counted


class Problems:
    def __init__(self, limit: int = SHOWN) -> None:
        self.limit = limit
        self.shown: list[str] = []
        self.count = 0

    def add(self, where: str, what: str) -> None:
        """One problem; ``where`` ("line 4", "annotations[2].quote") may be empty when
        ``what`` says it itself."""
        self.count += 1
        if len(self.shown) < self.limit:
            self.shown.append(
                QT_TRANSLATE_NOOP("ImportProblems", "{where}: {what}").format(
                    where=where, what=what
                )
                if where
                else what
            )

    def raise_if_any(
        self, file: Path | str, as_what: str, error: type[Exception] = IncomingError
    ) -> None:
        """``error`` naming ``file`` and the first problems, one a line, if there are any:
        “FILE cannot be imported as AS_WHAT:”, “  - where: what”, “  … and 3 more
        problems.”"""
        if not self.count:
            return
        heading = QT_TRANSLATE_NOOP("ImportProblems", "{file} cannot be imported as {format}:")
        lines = [heading.format(file=file, format=as_what)]
        lines += [joined(("  - ", p), "") for p in self.shown]
        if more := self.count - len(self.shown):
            more_problems = plural(
                more,
                QT_TRANSLATE_NOOP("ImportProblems", "… and {n} more problem."),
                QT_TRANSLATE_NOOP("ImportProblems", "… and {n} more problems."),
            )
            lines.append(joined(("  ", more_problems), ""))
        raise error(joined(lines))
