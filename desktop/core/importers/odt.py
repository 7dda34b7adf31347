"""OpenDocument text (.odt): headings, paragraphs, lists and tables in document order, and
the metadata in meta.xml.

Footnotes and endnotes are kept, not dropped: in the articles Parallax is used on they
often carry the substance (sources, caveats). Their bodies go after the text, each behind
its mark (``[1] …``), with the mark left in the sentence, as a printed endnote list does;
put inline, a note would split its sentence in two. Tables of contents and indexes are
left out (they repeat the headings), as are comments, tracked deletions and alt text.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from desktop.core.importers.archive import Package
from desktop.core.importers.base import ImportedText, ImportFailure
from desktop.core.messages import QT_TRANSLATE_NOOP

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
KIND = "OpenDocument text"


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_PARAGRAPHS = {_q("text:p"), _q("text:h")}
_TABLE = _q("table:table")
_ROW = _q("table:table-row")
_CELL = _q("table:table-cell")  # covered cells (under a merged one) are left out
_ROW_GROUPS = {
    _q(n) for n in ("table:table-header-rows", "table:table-rows", "table:table-row-group")
}
# Blocks whose text is not the document's own (generated, deleted, or for reviewers).
_SKIPPED_BLOCKS = {
    _q(n)
    for n in (
        "text:tracked-changes", "text:table-of-content", "text:illustration-index",
        "text:table-index", "text:object-index", "text:user-index",
        "text:alphabetical-index", "office:forms", "office:annotation",
        "text:sequence-decls", "text:variable-decls", "text:user-field-decls",
    )
}  # fmt: skip
_SKIPPED_INLINE = {_q(n) for n in ("office:annotation", "text:ruby-text", "text:note-citation")}
_WHITESPACE = re.compile(r"[ \t\r\n]+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def read(data: bytes) -> ImportedText:
    package = Package(data, KIND)
    if _encrypted(package):
        raise ImportFailure(
            QT_TRANSLATE_NOOP(
                "ImportFailure",
                "is a password-protected OpenDocument file; save an unprotected copy and "
                "import that",
            )
        )
    content = package.xml("content.xml")
    text_body = content.find("office:body/office:text", _NS)
    if text_body is None:
        body = content.find("office:body", _NS)
        kinds = [child.tag.rsplit("}", 1)[-1] for child in body] if body is not None else []
        what = f" (it holds a {kinds[0]})" if kinds else ""
        raise ImportFailure(f"is not an OpenDocument text document{what}")
    walker = _Walker()
    try:
        walker.block(text_body)
    except RecursionError:
        raise ImportFailure(
            QT_TRANSLATE_NOOP("ImportFailure", "is nested too deeply to read")
        ) from None
    lines = [line for line in walker.lines + walker.notes if line.strip()]
    meta = package.xml("meta.xml").find("office:meta", _NS) if "meta.xml" in package.names else None
    return ImportedText(
        text="\n".join(lines),
        title=_meta(meta, "dc:title"),
        language=_meta(meta, "dc:language"),
        # dc:creator is whoever saved the file last; the initial creator is the author.
        author=_meta(meta, "meta:initial-creator") or _meta(meta, "dc:creator"),
        # dc:date is the last save; the creation date is nearer to publication.
        published=_date(_meta(meta, "meta:creation-date") or _meta(meta, "dc:date")),
        encoding="odt",
    )


def _encrypted(package: Package) -> bool:
    """An ODT saved with a password lists encryption data for content.xml in its manifest."""
    if "META-INF/manifest.xml" not in package.names:
        return False
    manifest = package.xml("META-INF/manifest.xml")
    path = _q("manifest:full-path")
    return any(
        entry.get(path) == "content.xml" and entry.find("manifest:encryption-data", _NS) is not None
        for entry in manifest.iter(_q("manifest:file-entry"))
    )


class _Walker:
    """Collects the lines of the body in document order, and the note bodies apart."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.notes: list[str] = []

    def block(self, element: Element) -> None:
        tag = element.tag
        if tag in _SKIPPED_BLOCKS:
            return
        if tag in _PARAGRAPHS:
            # Reserve the line first: text boxes inside it add their lines after it.
            index = len(self.lines)
            self.lines.append("")
            self.lines[index] = self.inline(element)
        elif tag == _TABLE:
            for row in _rows(element):
                cells = (self.cell(cell) for cell in row if cell.tag == _CELL)
                self.lines.append("\t".join(c for c in cells if c))
        else:  # lists, list items, sections, the body itself: their blocks in order
            for child in element:
                self.block(child)

    def cell(self, cell: Element) -> str:
        """A table cell's paragraphs on one line (nested tables flattened into it)."""
        inner = _Walker()
        inner.block_children(cell)
        self.notes += inner.notes
        return " ".join(" ".join(line.split()) for line in inner.lines if line.strip())

    def block_children(self, element: Element) -> None:
        for child in element:
            self.block(child)

    def inline(self, element: Element) -> str:
        parts = [_spaces(element.text)]
        for child in element:
            if child.tag in _SKIPPED_INLINE:
                pass
            elif child.tag == _q("text:s"):
                parts.append(" " * _count(child.get(_q("text:c"))))
            elif child.tag == _q("text:tab"):
                parts.append("\t")
            elif child.tag == _q("text:line-break"):
                parts.append("\n")
            elif child.tag == _q("text:note"):
                mark = "".join(child.findtext("text:note-citation", "", _NS).split())
                parts.append(f"[{mark}]")
                body = child.find("text:note-body", _NS)
                if body is not None:
                    inner = _Walker()
                    inner.block_children(body)
                    text = " ".join(line.strip() for line in inner.lines if line.strip())
                    self.notes += [f"[{mark}] {text}", *inner.notes]
            elif child.tag == _q("draw:frame"):
                # A text box (a caption, a pull quote) holds paragraphs of its own.
                for box in child.findall("draw:text-box", _NS):
                    self.block_children(box)
            elif child.tag == _q("text:number"):  # a heading's or list item's label
                parts.append(f"{child.text or ''} ")
            else:  # spans, links, fields, ruby bases: their text in place (markers: none)
                parts.append(self.inline(child))
            parts.append(_spaces(child.tail))
        return "".join(parts)


def _rows(table: Element) -> list[Element]:
    """The table's own rows, through header and row groups but not into nested tables
    (a nested table is read as part of its cell)."""
    rows: list[Element] = []
    for child in table:
        if child.tag == _ROW:
            rows.append(child)
        elif child.tag in _ROW_GROUPS:
            rows += _rows(child)
    return rows


def _spaces(data: str | None) -> str:
    """ODF collapses white space in character data; spaces meant to stay are text:s."""
    return _WHITESPACE.sub(" ", data) if data else ""


def _count(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def _meta(meta: Element | None, name: str) -> str:
    return (meta.findtext(name, "", _NS) if meta is not None else "").strip()


def _date(value: str) -> str:
    found = _DATE.match(value)
    return found.group(0) if found else ""
