"""Web pages saved to disk: their readable text, title, language and article metadata.

Only the file is read: nothing the page refers to (images, scripts, styles, frames) is
ever fetched; the standard library's parser does not load anything. Scripts, styles,
navigation, headers, footers, forms and other page furniture are left out.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from desktop.core.importers.base import ImportedText, ImportFailure
from desktop.core.importers.plain import decode
from desktop.core.messages import QT_TRANSLATE_NOOP

# Elements whose content is not the article.
_SKIPPED = {
    "script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside",
    "form", "button", "select", "option", "svg", "math", "iframe", "object", "canvas",
    "figure", "menu", "dialog",
}  # fmt: skip
# Elements that end a paragraph of text.
_BLOCKS = {
    "p", "div", "section", "article", "main", "br", "hr", "li", "ul", "ol", "dl", "dt",
    "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr",
    "caption", "address", "body", "html", "header",
}  # fmt: skip
# Inside these, a <header> holds the article's own headline and byline, not site furniture.
_ARTICLE = {"article", "main"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed",
         "source", "track", "wbr", "param"}  # fmt: skip
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SPACES = re.compile(r"[ \t\u00a0\u200b\r\f\v]+")


class _Reader(HTMLParser):
    def __init__(self, keep_headers: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self._keep_headers = keep_headers  # a book's chapters: every header is content
        self._articles = 0  # open <article>/<main> elements
        self.parts: list[str] = []
        self.title = ""
        self.language = ""
        self.meta: dict[str, str] = {}
        self._skipping: list[str] = []  # open skipped elements
        self._in_title = False
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "html" and values.get("lang"):
            self.language = values["lang"].strip()
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            if key and values.get("content"):
                self.meta.setdefault(key, values["content"].strip())
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.meta.setdefault("canonical", values.get("href", "").strip())
        if tag in _ARTICLE:
            self._articles += 1
        kept = tag == "header" and (self._keep_headers or self._articles)
        if tag in _SKIPPED and tag not in _VOID and not kept:
            self._skipping.append(tag)
        if tag == "pre":
            self._pre += 1
        if tag in _BLOCKS and not self._skipping:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _ARTICLE:
            self._articles = max(0, self._articles - 1)
        if self._skipping and tag in _SKIPPED:
            # Close up to the matching element; stray end tags are ignored.
            if tag in self._skipping:
                while self._skipping and self._skipping.pop() != tag:
                    pass
            return
        if tag == "pre":
            self._pre = max(0, self._pre - 1)
        if tag in _BLOCKS and not self._skipping:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skipping:
            self.parts.append(data if self._pre else _SPACES.sub(" ", data.replace("\n", " ")))


def _tidy(parts: list[str]) -> str:
    lines = (line.strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def read(data: bytes, encoding: str | None = None, *, keep_headers: bool = False) -> ImportedText:
    """A page's readable text and metadata. ``keep_headers``: headers are content (a
    book's chapter titles), not a site's banner."""
    if encoding is None:
        declared = _META_CHARSET.search(data[:4096])
        if declared is not None:
            try:
                text, used = decode(data, declared.group(1).decode("ascii"))
            except ImportFailure:  # a wrong declaration: detect instead
                text, used = decode(data)
        else:
            text, used = decode(data)
    else:
        text, used = decode(data, encoding)
    reader = _Reader(keep_headers)
    try:
        reader.feed(text)
        reader.close()
    except ValueError:  # int() refuses a reference of over 4,300 digits
        raise ImportFailure(
            QT_TRANSLATE_NOOP(
                "ImportFailure",
                "holds a character reference (&#…;) of thousands of digits, which is no character",
            )
        ) from None
    except AssertionError as error:  # how the standard parser refuses "<![foo[" and the like
        unreadable = QT_TRANSLATE_NOOP("ImportFailure", "has markup that cannot be read ({reason})")
        raise ImportFailure(unreadable.format(reason=error)) from None
    meta = reader.meta
    return ImportedText(
        text=_tidy(reader.parts),
        title=" ".join((meta.get("og:title") or reader.title).split()),
        language=reader.language or meta.get("og:locale", "").replace("_", "-"),
        author=meta.get("author") or meta.get("article:author", ""),
        published=meta.get("article:published_time") or meta.get("date", ""),
        url=meta.get("og:url") or meta.get("canonical", ""),
        source=meta.get("og:site_name", ""),
        encoding=used,
    )
