"""A zip member deflated in a second thread while its content is still being made."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from queue import SimpleQueue

BATCH = 4 << 20  # bytes handed to the writer at a time


class TooLarge(Exception):
    """The member reached the size at which ``writestr`` gives it ZIP64 fields, which a
    member written as it comes must be given before its first byte: write it whole."""


def write_streamed(archive: zipfile.ZipFile, name: str, pieces: Iterable[bytes]) -> None:
    """``archive.writestr(name, b"".join(pieces))``, to the same bytes, but deflated in a
    second thread as the pieces come: zlib lets Python run meanwhile, and deflating took a
    quarter of exporting 100,000 annotations as ``.qdpx``. Raises ``TooLarge`` (the
    archive is then spoilt) rather than write a member ``writestr`` would write otherwise."""
    # Imported here: the command line loads this module, and rarely exports.
    from concurrent.futures import ThreadPoolExecutor
    from queue import SimpleQueue

    member = zipfile.ZipInfo(name, date_time=time.localtime(time.time())[:6])
    member.compress_type = archive.compression
    member.external_attr = 0o600 << 16  # as writestr gives a file
    waiting: SimpleQueue[bytes | None] = SimpleQueue()
    size = 0
    with archive.open(member, "w") as out, ThreadPoolExecutor(1) as pool:
        written = pool.submit(_write, waiting, out)
        try:
            for batch in _batches(pieces):
                size += len(batch)
                if size * 1.05 > zipfile.ZIP64_LIMIT:  # writestr's test
                    raise TooLarge(name)
                waiting.put(batch)
        finally:
            waiting.put(None)
            failure = written.exception()  # once the writer is done
        if failure is not None:
            raise failure


def _batches(pieces: Iterable[bytes]) -> Iterator[bytes]:
    """The pieces joined into a few megabytes each. The writer waits for the interpreter
    each time zlib is done with a batch (up to 5 ms while Python runs here): with a
    hundred small pieces it fell behind."""
    batch: list[bytes] = []
    size = 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece)
        if size >= BATCH:
            yield b"".join(batch)
            batch, size = [], 0
    if batch:
        yield b"".join(batch)


def _write(waiting: SimpleQueue[bytes | None], out: IO[bytes]) -> None:
    while (piece := waiting.get()) is not None:
        out.write(piece)
