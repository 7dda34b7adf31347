"""CSV as every table export writes it (exporters/tables.py, agreement_table.py): UTF-8
with a byte-order mark, so Excel opens Vietnamese or Arabic text correctly, Python's csv
quoting (RFC 4180), and text a spreadsheet would run as a formula defused."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any


def safe_cell(value: Any) -> Any:
    """Text a spreadsheet would run as a formula (a quote opening "- Lavrov said", a title
    "=HYPERLINK(…)") is written with a leading apostrophe, as OWASP advises; numbers stay."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    """The whole file: byte-order mark, header, rows."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(h) for h in header])
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def csv_row_bytes(rows: Sequence[Sequence[Any]]) -> bytes:
    """``csv_bytes``'s rows without the header and the byte-order mark (a file written a
    batch at a time)."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([safe_cell(v) for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8")
