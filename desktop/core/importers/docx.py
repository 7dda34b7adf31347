"""Word documents (.docx): paragraphs and tables in document order, and core properties."""

from __future__ import annotations

import io
import zipfile

from desktop.core.importers.base import ImportedText, ImportFailure
from desktop.core.messages import QT_TRANSLATE_NOOP

DAMAGED = QT_TRANSLATE_NOOP("ImportFailure", "is a damaged Word document ({reason})")


def read(data: bytes) -> ImportedText:
    import docx  # python-docx; imported here so starting the app does not pay for it
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        unreadable = QT_TRANSLATE_NOOP(
            "ImportFailure", "is not a readable Word document ({reason})"
        )
        raise ImportFailure(unreadable.format(reason=error)) from None
    except Exception as error:
        raise ImportFailure(DAMAGED.format(reason=type(error).__name__)) from None
    lines: list[str] = []
    try:  # python-docx reads a part's elements as they are asked for: damage shows now
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                lines.append(block.text)
            elif isinstance(block, Table):
                for row in block.rows:
                    cells = dict.fromkeys(
                        cell.text.strip() for cell in row.cells
                    )  # merged cells repeat
                    lines.append("\t".join(c for c in cells if c))
    except Exception as error:
        raise ImportFailure(DAMAGED.format(reason=type(error).__name__)) from None
    try:
        properties = document.core_properties
        title, language = properties.title or "", properties.language or ""
        author, created = properties.author or "", properties.created
    except Exception:  # damaged properties (a date out of range, a wrong root): the text stays
        title = language = author = ""
        created = None
    return ImportedText(
        text="\n".join(line for line in lines if line.strip()),
        title=title.strip(),
        language=language.strip(),
        author=author.strip(),
        published=created.date().isoformat() if created else "",
        encoding="docx",
    )
