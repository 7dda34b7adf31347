"""EPUB 2 and 3 e-books: the chapters in reading (spine) order, and the package metadata.

The container names the package file (OPF); its spine gives the order of the XHTML
chapters, each read by the web-page reader, so a chapter is cleaned exactly as a saved
page is. Chapters the spine marks non-linear (covers, pop-up notes) come after the
others: they are outside the reading order but can still be the author's text.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import unquote
from xml.etree.ElementTree import Element

from desktop.core.importers import html
from desktop.core.importers.archive import Package
from desktop.core.importers.base import ImportedText, ImportFailure
from desktop.core.messages import QT_TRANSLATE_NOOP

_NS = {
    "container": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "enc": "http://www.w3.org/2001/04/xmlenc#",
}
KIND = "EPUB e-book"
CONTAINER = "META-INF/container.xml"
ENCRYPTION = "META-INF/encryption.xml"
# Font obfuscation is listed in encryption.xml too, but hides only fonts, not the text.
_FONT_OBFUSCATION = {"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"}
_CHAPTER_TYPES = {"application/xhtml+xml", "text/html"}
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def read(data: bytes) -> ImportedText:
    package = Package(data, KIND)
    opf_path = _package_path(package)
    opf = package.xml(opf_path)
    chapters = _chapters(opf, posixpath.dirname(opf_path))
    if not chapters:
        raise ImportFailure(
            QT_TRANSLATE_NOOP(
                "ImportFailure", "is an EPUB e-book with no chapters in its reading order"
            )
        )
    locked = _encrypted(package)
    if any(path in locked for path in chapters):
        raise ImportFailure(
            QT_TRANSLATE_NOOP(
                "ImportFailure",
                "is protected by DRM (its chapters are encrypted), so Parallax cannot read it; "
                "import a DRM-free copy instead",
            )
        )
    texts: list[str] = []
    languages: list[str] = []
    for path in chapters:
        chapter = _chapter(package, path)
        if chapter.text.strip():
            texts.append(chapter.text)
        languages.append(chapter.language)
    meta = _Metadata(opf)
    identifiers = meta.all("identifier")
    return ImportedText(
        text="\n\n".join(texts),
        title=meta.title(),
        language=meta.first("language") or next((lang for lang in languages if lang), ""),
        author=", ".join(meta.authors()),
        published=meta.date(),
        url=next((i for i in identifiers if i.startswith(("http://", "https://"))), ""),
        source=meta.first("publisher"),
        encoding="epub",
    )


def _package_path(package: Package) -> str:
    container = package.xml(CONTAINER)
    paths = [
        rootfile.get("full-path", "")
        for rootfile in container.iter(f"{{{_NS['container']}}}rootfile")
        if rootfile.get("media-type", "application/oebps-package+xml")
        == "application/oebps-package+xml"
    ]
    path = next((p for p in paths if p), "")
    if not path:
        raise ImportFailure(f"is a damaged {KIND}: its container names no package (OPF) file")
    return path


def _chapters(opf: Element, base: str) -> list[str]:
    """The chapters' paths in the archive: linear spine items, then non-linear ones."""
    manifest = {item.get("id", ""): item for item in opf.iterfind("opf:manifest/opf:item", _NS)}
    linear: list[str] = []
    aside: list[str] = []
    for itemref in opf.iterfind("opf:spine/opf:itemref", _NS):
        idref = itemref.get("idref", "")
        item = manifest.get(idref)
        if item is None:
            raise ImportFailure(
                f"is a damaged {KIND}: its reading order lists “{idref}”, "
                "which is not in its manifest"
            )
        if item.get("media-type", "") not in _CHAPTER_TYPES:
            continue  # a picture or SVG page: no text to read
        href = unquote(item.get("href", "").split("#", 1)[0])
        path = posixpath.normpath(posixpath.join(base, href))
        (aside if itemref.get("linear", "yes") == "no" else linear).append(path)
    return list(dict.fromkeys(linear + aside))


def _encrypted(package: Package) -> set[str]:
    """The archive paths encrypted with a real cipher (DRM), as encryption.xml lists them."""
    if ENCRYPTION not in package.names:
        return set()
    locked: set[str] = set()
    for entry in package.xml(ENCRYPTION).iter(f"{{{_NS['enc']}}}EncryptedData"):
        method = entry.find("enc:EncryptionMethod", _NS)
        if method is not None and method.get("Algorithm", "") in _FONT_OBFUSCATION:
            continue
        for reference in entry.iterfind("enc:CipherData/enc:CipherReference", _NS):
            locked.add(posixpath.normpath(unquote(reference.get("URI", ""))))
    return locked


def _chapter(package: Package, path: str) -> ImportedText:
    data = package.read(path)
    declared = _XML_ENCODING.match(data[:200])
    try:
        if declared is not None:
            try:
                return html.read(data, declared.group(1).decode("ascii"), keep_headers=True)
            except ImportFailure:  # a wrong declaration: detect instead
                pass
        return html.read(data, keep_headers=True)
    except ImportFailure as error:
        raise ImportFailure(f"has a chapter that cannot be read: {path} {error}") from None


class _Metadata:
    """The OPF's Dublin Core metadata, with EPUB 3 refinements (roles, title types)."""

    def __init__(self, opf: Element) -> None:
        self._opf = opf
        # EPUB 3 refines an element by id: <meta refines="#c1" property="role">aut</meta>.
        self._refined: dict[tuple[str, str], str] = {
            (meta.get("refines", "").lstrip("#"), meta.get("property", "")): (
                meta.text or ""
            ).strip()
            for meta in opf.iter(f"{{{_NS['opf']}}}meta")
            if meta.get("refines")
        }

    def _elements(self, name: str) -> list[Element]:
        # iter, not a path: OPF 1.x nests the Dublin Core in <dc-metadata>.
        return [e for e in self._opf.iter(f"{{{_NS['dc']}}}{name}") if (e.text or "").strip()]

    def all(self, name: str) -> list[str]:
        return [(e.text or "").strip() for e in self._elements(name)]

    def first(self, name: str) -> str:
        return next(iter(self.all(name)), "")

    def title(self) -> str:
        titles = self._elements("title")
        main = [t for t in titles if self._refined.get((t.get("id", ""), "title-type")) == "main"]
        return next(((t.text or "").strip() for t in main + titles), "")

    def authors(self) -> list[str]:
        """Creators who are authors (or whose role is not said); all of them if none is."""
        creators = self._elements("creator")
        authors = [c for c in creators if self._role(c) in ("", "aut")] or creators
        return list(dict.fromkeys((c.text or "").strip() for c in authors))

    def _role(self, creator: Element) -> str:
        role = creator.get(f"{{{_NS['opf']}}}role") or self._refined.get(
            (creator.get("id", ""), "role"), ""
        )
        return role.strip().lower()

    def date(self) -> str:
        """The publication date (EPUB 2 may also list creation and modification dates)."""
        dates = self._elements("date")
        event = f"{{{_NS['opf']}}}event"
        chosen = next((d for d in dates if d.get(event) == "publication"), None)
        if chosen is None:
            chosen = next((d for d in dates if d.get(event) in (None, "")), None)
        value = (chosen.text or "").strip() if chosen is not None else ""
        found = _DATE.match(value)
        return found.group(0) if found else value
