"""How far an export is: the ``progress`` callback every format's writer takes.

``progress(done, total)`` counts annotations; it is called every few thousand of them in
the loops that make the file, and may raise to stop the export, which then writes nothing
(the file is written whole at the end, through ``files.write_atomically``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from typing import TypeVar

T = TypeVar("T")
Progress = Callable[[int, int], None]
EVERY = 2000  # annotations between two reports


class Counter:
    """Counts the annotations of one export as its loops take them, reporting to
    ``progress`` (None: nothing to report, and the loops run untouched); made once the
    total is known, it reports (0, total) at once."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = total
        self.done = 0
        self._reported = -EVERY
        self.report(0)  # the count before the loops, which a raising callback stops

    def over(self, items: Sequence[T]) -> Iterable[T]:
        """``items``, counted as they are taken. Handed out in slices, so each item
        costs nothing more: the callback runs between two slices."""
        if self.progress is None:
            return items
        return chain.from_iterable(self._slices(items))

    def _slices(self, items: Sequence[T]) -> Iterator[Sequence[T]]:
        for at in range(0, len(items), EVERY):
            self.report(self.done + at)
            yield items[at : at + EVERY]
        self.done += len(items)
        self.report(self.done)

    def report(self, done: int) -> None:
        """Call ``progress`` if a few thousand were taken since the last call, or all."""
        if self.progress is not None and (
            done - self._reported >= EVERY or (done >= self.total and done > self._reported)
        ):
            self._reported = done
            self.progress(done, self.total)
