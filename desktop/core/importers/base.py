"""What every importer returns and how it says no (zip-based files: ``archive.py``)."""

from __future__ import annotations

from dataclasses import dataclass

MAX_BYTES = 64 * 1024 * 1024  # a larger file is refused, not read


class ImportFailure(Exception):
    """A file that cannot be imported; the message says why, for the user."""


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
