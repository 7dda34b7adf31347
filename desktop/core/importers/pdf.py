"""PDFs: the text layer of every page, and the document information."""

from __future__ import annotations

import io
import re

from desktop.core.importers.base import ImportedText, ImportFailure
from desktop.core.messages import QT_TRANSLATE_NOOP

_GAPS = re.compile(r"[ \t]+")
_PDF_DATE = re.compile(r"D?:?(\d{4})(\d{2})?(\d{2})?")
# pypdf's own errors, and what it lets through on damage ("Unsupported filter": NotImplemented).
DAMAGED = QT_TRANSLATE_NOOP("ImportFailure", "is a damaged PDF ({reason})")
_DAMAGED = (ValueError, KeyError, TypeError, AttributeError, NotImplementedError)


def read(data: bytes) -> ImportedText:
    from pypdf import PdfReader  # imported here so starting the app does not pay for it
    from pypdf.errors import PyPdfError

    if not data.lstrip()[:5] == b"%PDF-":
        raise ImportFailure(QT_TRANSLATE_NOOP("ImportFailure", "is not a PDF file"))
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ImportFailure(
                QT_TRANSLATE_NOOP(
                    "ImportFailure", "is an encrypted PDF; save an unprotected copy and import that"
                )
            )
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
        # Read here: each may be a reference to an object that is missing or damaged.
        title = str((info.title if info else "") or "").strip()
        author = str((info.author if info else "") or "").strip()
        created = info.get("/CreationDate") if info else None
    except ImportFailure:
        raise
    except (PyPdfError, *_DAMAGED) as error:
        raise ImportFailure(DAMAGED.format(reason=error)) from None
    except Exception as error:  # pypdf fails on some damage in ways of its own
        raise ImportFailure(DAMAGED.format(reason=type(error).__name__)) from None
    # Text extraction reads gaps between placed words as tabs or runs of spaces.
    lines = (_GAPS.sub(" ", line).strip() for page in pages for line in page.splitlines())
    text = "\n".join(line for line in lines if line)
    if not text:
        no_text = QT_TRANSLATE_NOOP(
            "ImportFailure",
            "has no text layer (scanned pages?): Parallax needs text; run OCR on it first",
        )
        raise ImportFailure(no_text)
    return ImportedText(
        text=text,
        title=title,
        author=author,
        published=_date(created),
        encoding="pdf",
    )


def _date(value: object) -> str:
    """A PDF date (``D:20201001…``) as ``2020-10-01``; empty when there is none."""
    found = _PDF_DATE.match(str(value or ""))
    if not found:
        return ""
    parts = [p for p in found.groups() if p]
    return "-".join(parts)
