"""What every importer returns and how it says no (zip-based files: ``archive.py``)."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from desktop.core.messages import QT_TRANSLATE_NOOP

MAX_BYTES = 64 * 1024 * 1024  # a larger file is refused, not read
LONE_SURROGATE = (
    "holds a lone surrogate escape (\\uD800–\\uDFFF without its pair), which is not text"
)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class ImportFailure(Exception):
    """A file that cannot be imported; the message says why, for the user, as words that
    follow the file's name (“is a folder, not a document”): the caller names the file."""


@dataclass(frozen=True, slots=True)
class ImportedText:
    """A file's readable text and the metadata the file itself carries."""

    text: str
    title: str = ""
    language: str = ""
    author: str = ""
    published: str = ""
    url: str = ""
    source: str = ""
    encoding: str = ""  # how the bytes were decoded (a guess for plain text)


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside UTF-16/32 mean a binary file (an image, an archive…)."""
    return b"\x00" in data[:8192]


def without_surrogates(text: str) -> str:
    """``text`` with lone surrogates as U+FFFD: they are no characters, and SQLite cannot
    store them. Decoding as unicode_escape or UTF-7 makes them (``\\ud800``, ``+2AA-``),
    as can a PDF's broken character map; one for one, so offsets stay."""
    return _SURROGATE.sub("\ufffd", text)


def lone_surrogate(value: Any, body: str | None = None) -> bool:
    """Whether parsed JSON holds an unpaired surrogate in a string or a key: no text, and
    SQLite refuses to store it. Only an escape can make one, so given the ``body`` it was
    parsed from, most files are never walked; the walk is not recursive (nesting as deep
    as the parser took cannot overflow it)."""
    if body is not None and not _SURROGATE_ESCAPE.search(body):
        return False
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack += [*item, *item.values()]
        elif isinstance(item, list):
            stack += item
    return False


def check_file(path: Path, what: str) -> None:
    """``ImportFailure`` unless ``path`` is a file that can be opened, for readers that
    open it themselves later (a zip archive read member by member). ``what`` is the kind
    of file expected, with its article: “a REFI-QDA project”."""
    with _opened(path, what):
        pass


def read_whole(path: Path, *, limit: int, what: str) -> bytes:
    """The bytes of ``path``; ``ImportFailure`` when it does not exist, is a folder, is
    larger than ``limit`` bytes (checked before reading, so a huge file is never loaded)
    or cannot be read. ``what`` as for ``check_file``."""
    with _opened(path, what) as handle:
        size = os.fstat(handle.fileno()).st_size  # of the file opened, not a later one
        if size > limit:
            too_big = QT_TRANSLATE_NOOP("ImportFailure", "is {size}; {what} may be at most {limit}")
            raise ImportFailure(too_big.format(size=_size(size), what=what, limit=_size(limit)))
        return handle.read()


@contextmanager
def _opened(path: Path, what: str) -> Iterator[BinaryIO]:
    if path.is_dir():  # opening one says “permission denied” on Windows
        raise ImportFailure(
            QT_TRANSLATE_NOOP("ImportFailure", "is a folder, not {what}").format(what=what)
        )
    try:
        with path.open("rb") as handle:
            yield handle
    except FileNotFoundError:
        raise ImportFailure(
            QT_TRANSLATE_NOOP("ImportFailure", "does not exist (moved or deleted?)")
        ) from None
    except OSError as error:
        unreadable = QT_TRANSLATE_NOOP("ImportFailure", "cannot be read: {reason}")
        raise ImportFailure(unreadable.format(reason=error.strerror or error)) from None


def _size(count: int) -> str:
    # Rounded up, so a file just over a limit never reads as the limit itself.
    return f"{math.ceil(count / 2**20):,} MB" if count >= 2**20 else f"{count:,} bytes"
