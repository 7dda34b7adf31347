"""What every importer returns, how it says no, and how zip-based documents are opened."""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml import ElementTree as SafeTree

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


class Package:
    """A zip-based document (ODT, EPUB). Members are read against one budget of unpacked
    bytes, so a zip bomb is refused instead of filling memory, and XML is parsed with
    defusedxml, which refuses entity declarations (billion laughs) and external references."""

    def __init__(self, data: bytes, kind: str) -> None:
        self.kind = kind
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            self.names = frozenset(self._zip.namelist())
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError):
            raise ImportFailure(
                f"is not a readable {kind} (not a zip archive, or a damaged one)"
            ) from None
        self._left = MAX_BYTES * 4

    def read(self, name: str) -> bytes:
        try:
            info = self._zip.getinfo(name)
        except KeyError:
            raise ImportFailure(f"is a damaged {self.kind}: {name} is missing") from None
        # The header's size may lie; reading one byte past the budget tells for sure.
        if info.file_size > self._left:
            raise self._too_big()
        try:
            with self._zip.open(info) as member:
                data = member.read(self._left + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as error:
            raise ImportFailure(f"is a damaged {self.kind} ({name}: {error})") from None
        except (RuntimeError, NotImplementedError):  # a password or an unknown compression
            raise ImportFailure(
                f"has a part ({name}) that is encrypted or compressed in a way Parallax "
                "cannot unpack"
            ) from None
        if len(data) > self._left:
            raise self._too_big()
        self._left -= len(data)
        return data

    def xml(self, name: str) -> Element:
        return parse_xml(self.read(name), self.kind, name)

    def _too_big(self) -> ImportFailure:
        return ImportFailure(
            f"would unpack to more than {MAX_BYTES * 4 // 1_048_576} MB, which Parallax "
            "refuses (a damaged file or a “zip bomb”)"
        )


def parse_xml(data: bytes, kind: str, name: str) -> Element:
    """``data`` parsed safely; ``ImportFailure`` for malformed or hostile XML."""
    try:
        root: Element = SafeTree.fromstring(data)
    except DefusedXmlException:
        raise ImportFailure(
            f"has XML ({name}) that declares entities or external references, which "
            "Parallax refuses to read (they can hide an “XML bomb”)"
        ) from None
    except ParseError as error:
        raise ImportFailure(
            f"is a damaged {kind}: {name} is not well-formed XML ({error})"
        ) from None
    return root
