"""Reading one file of any supported format into normalised text and metadata."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop.core import language as languages
from desktop.core import text as textmod
from desktop.core.importers import docx, html, pdf, plain
from desktop.core.importers.base import MAX_BYTES, ImportedText, ImportFailure

FORMATS = {
    ".txt": "Plain text",
    ".text": "Plain text",
    ".md": "Markdown",
    ".markdown": "Markdown",
    ".html": "Web page",
    ".htm": "Web page",
    ".xhtml": "Web page",
    ".docx": "Word document",
    ".pdf": "PDF",
}


def supported(path: Path) -> bool:
    return path.suffix.lower() in FORMATS


def read_file(
    path: Path, *, encoding: str | None = None, language: str | None = None
) -> ImportedText:
    """The normalised text and metadata of ``path``; ``ImportFailure`` says why not.
    ``encoding`` overrides detection for plain text and web pages; ``language`` overrides
    the file's own and detection (which is then not run)."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise ImportFailure(f"is not a format Parallax imports (it reads {known})")
    if path.is_dir():
        raise ImportFailure("is a folder, not a file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportFailure(
                f"is {size / 1_048_576:.0f} MB; Parallax imports files up to "
                f"{MAX_BYTES // 1_048_576} MB"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFailure("no longer exists (moved or deleted?)") from None
    except OSError as error:
        raise ImportFailure(f"could not be read ({error.strerror or error})") from None
    if not data.strip():
        raise ImportFailure("is empty")
    if suffix in (".html", ".htm", ".xhtml"):
        found = html.read(data, encoding)
    elif suffix == ".docx":
        found = docx.read(data)
    elif suffix == ".pdf":
        found = pdf.read(data)
    else:
        found = plain.read(data, encoding)
    body = textmod.normalise(found.text)
    if not body.strip():
        raise ImportFailure("has no text")
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


def _field(value: str) -> str:
    """A metadata value as stored: normalised like the text, on one line."""
    return " ".join(textmod.normalise(value).split())
