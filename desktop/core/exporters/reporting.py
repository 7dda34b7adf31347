"""How far an export is: the ``progress`` callback every format's writer takes.

``progress(done, total)`` counts the export's steps: each annotation and tag link as it
is read, then each annotation as the file is made of it (``total`` is known before the
first read). It is called every few thousand steps, and once more right before the
finished file is renamed into place; it may raise to stop the export, which then leaves
no file and a file already at the path as it was (``files.write_atomically``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TypeVar

from desktop.core.files import write_atomically
from desktop.core.service_base import collection_paused

T = TypeVar("T")
Progress = Callable[[int, int], None]
EVERY = 2000  # steps between two reports


class Counter:
    """Counts the steps of one export as its reads and loops take them, reporting to
    ``progress`` (None: nothing to report, and the loops run untouched); made once the
    total is known, it reports (0, total) at once."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = total
        self.done = 0
        self._reported = -EVERY
        self.report(0)  # the count before the work, which a raising callback stops

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

    def add(self, steps: int) -> None:
        """``steps`` more taken (a batch of rows read)."""
        self.done += steps
        self.report(self.done)

    def report(self, done: int) -> None:
        """Call ``progress`` if a few thousand were taken since the last call, or all."""
        if self.progress is not None and (
            done - self._reported >= EVERY or (done >= self.total and done > self._reported)
        ):
            self._reported = done
            self.progress(done, self.total)

    def last_chance(self) -> None:
        """The file is made: ``progress`` hears the whole count once more, and may still
        stop the export before the file takes its place (``files.write_atomically``)."""
        if self.progress is not None:
            self.progress(self.total, self.total)


@dataclass(slots=True)
class Made:
    """An export's file as it is made: its pieces, the counter of its steps, and the count
    the export returns (which the pieces may set as they are made)."""

    pieces: Iterable[bytes]
    counter: Counter
    count: int = 0


def write_counted(path: Path | str, make: Callable[[], Made]) -> int:
    """Write what ``make`` gives to ``path`` through ``files.write_atomically`` (which
    refuses a path it cannot write before ``make`` is called), each piece as it is made;
    the counter has its last chance to stop the export before the file takes its place.
    Returns the ``Made``'s count."""
    made: list[Made] = []

    def pieces() -> Iterator[bytes]:
        made.append(make())
        yield from made[0].pieces

    # The collector held off until the export's many rows are freed: rows.annotation_rows.
    with collection_paused():
        write_atomically(path, pieces(), last_chance=lambda: made[0].counter.last_chance())
    return made[0].count
