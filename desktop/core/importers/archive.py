"""Zip-based files (ODT, EPUB, REFI-QDA ``.qdpx``, brat ``.zip``) opened without trusting
them, and XML parsed without entity expansion or external fetching."""

from __future__ import annotations

import io
import lzma
import re
import stat
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml import ElementTree as SafeTree

from desktop.core.importers import base
from desktop.core.importers.base import ImportFailure
from desktop.core.messages import QT_TRANSLATE_NOOP, Count

MAX_ENTRIES = 50_000  # entries in one zip archive
MAX_RATIO = 100  # unpacked / packed size of one member: text packs 3–20 times, a bomb ~1000
RATIO_FLOOR = 1024 * 1024  # members smaller than this unpacked are not judged by ratio
_DRIVE = re.compile(r"[A-Za-z]:")
_ENCODING = re.compile(rb"<\?xml[^>]*?\sencoding\s*=\s*[\"']([^\"']*)")
# What a damaged zip raises when opened (NotImplementedError: "zip file version 6.4") …
UNREADABLE_ZIP = (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError,
                  NotImplementedError)  # fmt: skip
# … and when a member is unpacked (LZMAError: a member compressed with LZMA, damaged).
_DAMAGED = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, ValueError)


class Package:
    """A zip-based file (ODT, EPUB, REFI-QDA), from memory or from disk, never unpacked to
    disk. A hostile archive is refused as a whole: entry names that would escape a folder
    (``../``, absolute, drive letters, or those spelt with backslashes), symbolic links,
    names listed twice (a checker and a reader could see different members), too many
    entries. Members are read on demand against one budget of unpacked bytes and a limit on
    how far each may expand, so a zip bomb is refused instead of filling memory; XML is
    parsed with defusedxml, which refuses entity declarations (billion laughs) and external
    references."""

    def __init__(self, source: bytes | Path, kind: str, *, budget: int | None = None) -> None:
        self.kind = kind
        try:
            # A path is opened lazily: a .qdpx may hold gigabytes of video never read.
            self._zip = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
            infos = self._zip.infolist()
        except UNREADABLE_ZIP:
            unreadable = QT_TRANSLATE_NOOP(
                "ImportFailure", "is not a readable {kind} (not a zip archive, or a damaged one)"
            )
            raise ImportFailure(unreadable.format(kind=kind)) from None
        try:
            _check_entries(infos)
        except ImportFailure:
            self._zip.close()
            raise
        self.names = frozenset(info.filename for info in infos)
        # Looked up now, not at import, so a test may lower the file size limit.
        self._budget = base.MAX_BYTES * 4 if budget is None else budget
        self._left = self._budget

    def read(self, name: str) -> bytes:
        try:
            info = self._zip.getinfo(name)
        except KeyError:
            missing = QT_TRANSLATE_NOOP("ImportFailure", "is a damaged {kind}: {name} is missing")
            raise ImportFailure(missing.format(kind=self.kind, name=name)) from None
        limit = min(self._left, max(RATIO_FLOOR, info.compress_size * MAX_RATIO))
        # The header's size may lie; reading one byte past the limit tells for sure.
        if info.file_size > limit:
            raise self._too_big(name, info.file_size)
        try:
            with self._zip.open(info) as member:
                data = member.read(limit + 1)
        except _DAMAGED as error:
            damaged = QT_TRANSLATE_NOOP("ImportFailure", "is a damaged {kind} ({name}: {reason})")
            raise ImportFailure(damaged.format(kind=self.kind, name=name, reason=error)) from None
        except (RuntimeError, NotImplementedError):  # a password or an unknown compression
            locked = QT_TRANSLATE_NOOP(
                "ImportFailure",
                "has a part ({name}) that is encrypted or compressed in a way Parallax "
                "cannot unpack",
            )
            raise ImportFailure(locked.format(name=name)) from None
        if len(data) > limit:
            raise self._too_big(name, len(data))
        self._left -= len(data)
        return data

    def xml(self, name: str) -> Element:
        return parse_xml(self.read(name), self.kind, name)

    def _too_big(self, name: str, size: int) -> ImportFailure:
        if size > self._left:
            too_big = QT_TRANSLATE_NOOP(
                "ImportFailure",
                "would unpack to more than {size} MB, which Parallax "
                "refuses (a damaged file or a “zip bomb”)",
            )
            return ImportFailure(too_big.format(size=Count(self._budget // 1_048_576)))
        expands = QT_TRANSLATE_NOOP(
            "ImportFailure",
            "has a part ({name}) that would unpack to over {ratio} times its packed "
            "size, which Parallax refuses (a damaged file or a “zip bomb”)",
        )
        return ImportFailure(expands.format(name=name, ratio=MAX_RATIO))

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check_entries(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        crowded = QT_TRANSLATE_NOOP(
            "ImportFailure",
            "holds {count} entries; Parallax refuses archives of more than "
            "{limit} (a damaged file or a “zip bomb”)",
        )
        raise ImportFailure(crowded.format(count=Count(len(infos)), limit=Count(MAX_ENTRIES)))
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        path = name.replace("\\", "/")
        if not path or "\x00" in path or path.startswith("/") or _DRIVE.match(path):
            absolute = QT_TRANSLATE_NOOP(
                "ImportFailure",
                "holds an entry with an absolute path (“{name}”), which Parallax refuses",
            )
            raise ImportFailure(absolute.format(name=name))
        if ".." in path.split("/"):
            outside = QT_TRANSLATE_NOOP(
                "ImportFailure",
                "holds an entry whose path leads out of its folder (“{name}”), which "
                "Parallax refuses",
            )
            raise ImportFailure(outside.format(name=name))
        if stat.S_ISLNK(info.external_attr >> 16):
            link = QT_TRANSLATE_NOOP(
                "ImportFailure", "holds a symbolic link (“{name}”), which Parallax refuses"
            )
            raise ImportFailure(link.format(name=name))
        if name in seen:
            twice = QT_TRANSLATE_NOOP(
                "ImportFailure", "lists the entry “{name}” twice, which Parallax refuses"
            )
            raise ImportFailure(twice.format(name=name))
        seen.add(name)


def parse_xml(data: bytes, kind: str, name: str) -> Element:
    """``data`` parsed safely; ``ImportFailure`` for malformed or hostile XML."""
    try:
        if _without_dtd(data):  # nothing for defusedxml to refuse: the same parse, in C
            root: Element = ElementTree.fromstring(data)
        else:
            root = SafeTree.fromstring(data)
    except DefusedXmlException:
        entities = QT_TRANSLATE_NOOP(
            "ImportFailure",
            "has XML ({name}) that declares entities or external references, which "
            "Parallax refuses to read (they can hide an “XML bomb”)",
        )
        raise ImportFailure(entities.format(name=name)) from None
    except ParseError as error:
        malformed = QT_TRANSLATE_NOOP(
            "ImportFailure", "is a damaged {kind}: {name} is not well-formed XML ({reason})"
        )
        raise ImportFailure(malformed.format(kind=kind, name=name, reason=error)) from None
    except (LookupError, ValueError) as error:  # <?xml encoding="…"?> unknown, or multi-byte
        encoding = QT_TRANSLATE_NOOP(
            "ImportFailure",
            "is a damaged {kind}: {name} declares an encoding its XML cannot be read in ({reason})",
        )
        raise ImportFailure(encoding.format(kind=kind, name=name, reason=error)) from None
    return root


def _without_dtd(data: bytes) -> bool:
    """Whether ``data`` surely holds no document type declaration, the only place where
    entities are declared (a reference to another one is an error in any parser): UTF-8
    or ASCII as declared or assumed (no NUL bytes, as UTF-16 has) and no "<!DOCTYPE" in
    it. defusedxml then has nothing to refuse, and ElementTree's own parser reads it
    exactly alike, in C: a quarter faster for a 70 MB project.qde."""
    declared = _ENCODING.match(data, 3 if data.startswith(b"\xef\xbb\xbf") else 0)
    if declared and declared[1].lower() not in (b"utf-8", b"utf8", b"us-ascii", b"ascii"):
        return False
    return b"\x00" not in data and b"<!DOCTYPE" not in data
