"""Reading one file of any supported format into normalised text and metadata."""

from __future__ import annotations

import codecs
from dataclasses import replace
from pathlib import Path

from desktop.core import language as languages
from desktop.core import text as textmod
from desktop.core.importers import docx, epub, html, odt, pdf, plain
from desktop.core.importers.base import (
    MAX_BYTES,
    ImportedText,
    ImportFailure,
    read_whole,
    without_surrogates,
)
from desktop.core.importers.plain import EncodingGuess
from desktop.core.messages import QT_TRANSLATE_NOOP

FORMATS = {
    ".txt": "Plain text",
    ".text": "Plain text",
    ".md": "Markdown",
    ".markdown": "Markdown",
    ".html": "Web page",
    ".htm": "Web page",
    ".xhtml": "Web page",
    ".docx": "Word document",
    ".odt": "OpenDocument text",
    ".epub": "EPUB e-book",
    ".pdf": "PDF",
}
_PLAIN = {".txt", ".text", ".md", ".markdown"}
_WEB_PAGES = {".html", ".htm", ".xhtml"}


def supported(path: Path) -> bool:
    return path.suffix.lower() in FORMATS


def read_file(
    path: Path, *, encoding: str | None = None, language: str | None = None
) -> ImportedText:
    """The normalised text and metadata of ``path``; ``ImportFailure`` says why not.
    ``encoding`` overrides detection for plain text and web pages; ``language`` overrides
    the file's own and detection (which is then not run)."""
    suffix = path.suffix.lower()
    data = _read_bytes(path)
    if suffix in _WEB_PAGES:
        found = html.read(data, encoding)
    elif suffix == ".docx":
        found = docx.read(data)
    elif suffix == ".pdf":
        found = pdf.read(data)
    elif suffix == ".odt":
        found = odt.read(data)
    elif suffix == ".epub":
        found = epub.read(data)
    else:
        found = plain.read(data, encoding)
    body = textmod.normalise(without_surrogates(found.text))
    if not body.strip():
        raise ImportFailure(QT_TRANSLATE_NOOP("ImportFailure", "has no text"))
    return replace(
        found,
        text=body,
        title=_field(found.title) or _field(path.stem),
        language=language or languages.primary(found.language) or languages.detect(body),
        author=_field(found.author),
        published=_field(found.published),
        url=_field(found.url),
        source=_field(found.source),
    )


def reviewable(path: Path) -> bool:
    """Whether the encoding of ``path`` is guessed, so the user may be asked to check it."""
    return path.suffix.lower() in _PLAIN | _WEB_PAGES


def guess(path: Path) -> EncodingGuess:
    """How ``path`` (plain text or a web page) would be decoded if imported as it is, with
    a preview of its text; ``ImportFailure`` when it could not be imported at all."""
    data = _read_bytes(path)
    if path.suffix.lower() not in _WEB_PAGES:
        return plain.guess(data)
    page = html.read(data)  # a page's declared charset wins over detection
    try:
        detected: EncodingGuess | None = plain.guess(data)
    except ImportFailure:
        detected = None
    if detected is not None and (
        _same(detected.encoding, page.encoding) or (detected.certain and data.isascii())
    ):
        guessed = replace(detected, encoding=page.encoding)
    else:  # declared, and the bytes alone do not confirm it; usually right, though
        guessed = EncodingGuess(page.encoding, False, 0.9, "declared in the page", "")
    return replace(guessed, preview=plain.preview(page.text))


def preview(path: Path, encoding: str) -> str:
    """The first characters of ``path`` decoded with ``encoding`` (a web page's readable
    text, not its markup); ``ImportFailure`` when the bytes are not valid in it."""
    data = _read_bytes(path)
    if path.suffix.lower() in _WEB_PAGES:
        return plain.preview(html.read(data, encoding).text)
    return plain.preview(plain.decode(data, encoding)[0])


def _read_bytes(path: Path) -> bytes:
    if path.suffix.lower() not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        reads = QT_TRANSLATE_NOOP(
            "ImportFailure", "is not a format Parallax imports (it reads {formats})"
        )
        raise ImportFailure(reads.format(formats=known))
    data = read_whole(path, limit=MAX_BYTES, what=QT_TRANSLATE_NOOP("ImportFailure", "a document"))
    if not data.strip():
        raise ImportFailure(QT_TRANSLATE_NOOP("ImportFailure", "is empty"))
    return data


def _same(one: str, other: str) -> bool:
    try:
        return codecs.lookup(one).name == codecs.lookup(other).name
    except LookupError:
        return False


def _field(value: str) -> str:
    """A metadata value as stored: normalised like the text, on one line."""
    return " ".join(textmod.normalise(without_surrogates(value)).split())
