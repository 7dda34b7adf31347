"""Searching every document and note: case- and diacritic-insensitive, in every script.

A query is words (all must be in a document), "quoted phrases", prefixes (``ngừng*``) and
exclusions (``-Armenia``). FTS5 finds the documents; the hits within each are then found in
its folded copy, which has the same offsets as the text, so a hit is a passage that can be
selected and tagged.
"""

from __future__ import annotations

import functools
import re
from collections import OrderedDict
from dataclasses import dataclass

from sqlalchemy import text as sql
from sqlmodel import Session

from desktop.core.search_index import (
    NO_SPACE,
    fold_same_length,
    mark_class,
    spaced,
    token_class,
)
from desktop.core.service_base import ProjectError
from desktop.core.store import Store

CONTEXT = 60  # characters shown on each side of a hit
MERGE_GAP = 3  # hits this close (spaces, punctuation) are one passage: a phrase's words
FOLDED_KEPT = 64_000_000  # characters of folded text kept in memory between searches


class SearchSyntaxError(ProjectError):
    """The query cannot be understood; the message says how to write it."""


@dataclass(frozen=True, slots=True)
class Term:
    tokens: tuple[str, ...]  # folded, as the index sees them
    prefix: bool = False
    excluded: bool = False


@dataclass(frozen=True, slots=True)
class Query:
    terms: tuple[Term, ...]

    @property
    def wanted(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if not t.excluded)

    def fts(self) -> str:
        """The FTS5 expression: every wanted term, none of the excluded."""

        def phrase(term: Term) -> str:
            return '"{}"'.format(" ".join(term.tokens)) + (" *" if term.prefix else "")

        expression = " AND ".join(phrase(t) for t in self.wanted)
        excluded = [phrase(t) for t in self.terms if t.excluded]
        if excluded:
            expression = f"({expression}) NOT ({' OR '.join(excluded)})"
        return expression


@dataclass(frozen=True, slots=True)
class Hit:
    start: int  # code points in the text
    end: int
    before: str  # context, on the same line
    match: str
    after: str


@dataclass(frozen=True, slots=True)
class DocumentHits:
    document_id: int
    hits: tuple[Hit, ...]


@dataclass(frozen=True, slots=True)
class NoteHit:
    annotation_id: int
    document_id: int
    hit: Hit  # offsets in the note


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    documents: tuple[DocumentHits, ...]  # in project order
    notes: tuple[NoteHit, ...]

    @property
    def hit_count(self) -> int:
        return sum(len(d.hits) for d in self.documents)


_QUERY_PARTS = re.compile(r'(-?)"([^"]*)"?(\*?)|(-?)(\S+)')


@functools.cache
def _token_re() -> re.Pattern[str]:
    return re.compile(f"[{token_class()}]+")


def _tokens(words: str) -> tuple[str, ...]:
    return tuple(_token_re().findall(spaced(fold_same_length(words))))


def parse(query: str) -> Query:
    """A query from what the user typed; ``SearchSyntaxError`` says what is wrong."""
    terms: list[Term] = []
    for match in _QUERY_PARTS.finditer(query):
        quoted_minus, quoted, quoted_star, minus, word = match.groups()
        if word is not None:
            excluded, prefix = minus == "-", word.endswith("*")
            body = word.rstrip("*")
        else:
            excluded, prefix, body = quoted_minus == "-", quoted_star == "*", quoted
        tokens = _tokens(body)
        if tokens:
            terms.append(Term(tokens, prefix, excluded))
    parsed = Query(tuple(terms))
    if not parsed.wanted:
        raise SearchSyntaxError(
            "Type a word to look for (excluding words with “-” needs one to look for too)."
            if terms
            else "Type a word to look for."
        )
    return parsed


@functools.cache
def _term_re(tokens: tuple[str, ...], prefix: bool) -> re.Pattern[str]:
    """Where a term occurs in folded text, with the index's idea of word boundaries."""
    word, gap, marks = f"[{token_class()}]", f"[^{token_class()}]", f"[{mark_class()}]"
    no_space = re.compile(f"[{NO_SPACE}]")
    pattern = ""
    for index, token in enumerate(tokens):
        if index:  # tokens of space-less scripts may touch; words need a gap
            touching = no_space.match(tokens[index - 1][-1]) or no_space.match(token[0])
            pattern += f"{gap}*" if touching else f"{gap}+"
        # Marks the query left out may sit on any letter of the text.
        pattern += "".join(f"{re.escape(char)}{marks}*" for char in token)
    if not no_space.match(tokens[0][0]):
        pattern = f"(?<!{word}){pattern}"
    if prefix:
        pattern += f"{word}*"
    elif not no_space.match(tokens[-1][-1]):
        pattern += f"(?!{word})"
    return re.compile(pattern)


def find_hits(text: str, folded: str, query: Query, limit: int | None = None) -> list[Hit]:
    """The passages of ``text`` (folded as ``folded``) where ``query``'s words occur.

    Neighbouring words are joined into one passage. Where some passages hold every word
    of the query (a phrase typed without quotes), only those are hits; a document with
    the words only apart lists each of them.
    """
    spans = sorted(
        (m.start(), m.end(), number)
        for number, term in enumerate(query.wanted)
        for m in _term_re(term.tokens, term.prefix).finditer(folded)
    )
    merged: list[tuple[int, int, set[int]]] = []
    for start, end, number in spans:
        if (
            merged
            and start - merged[-1][1] <= MERGE_GAP
            and "\n" not in text[merged[-1][1] : start]
        ):
            first, last, terms = merged[-1]
            merged[-1] = (first, max(last, end), terms | {number})
        else:
            merged.append((start, end, {number}))
    whole = [p for p in merged if len(p[2]) == len(query.wanted)]
    chosen = whole or merged
    return [_hit(text, start, end) for start, end, _ in chosen[:limit]]


def _hit(text: str, start: int, end: int) -> Hit:
    before = text[max(0, start - CONTEXT) : start].rpartition("\n")[2]
    after = text[end : end + CONTEXT].partition("\n")[0]
    return Hit(start, end, before, text[start:end], after)


class SearchService:
    """Searches one project. Folded texts read for one search are kept for the next."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._folded: OrderedDict[int, tuple[str, str]] = OrderedDict()  # id → text, folded
        self._kept = 0

    def search(self, query: str, *, hits_per_document: int | None = None) -> SearchResults:
        parsed = parse(query)
        expression = parsed.fts()
        with self.store.read() as session:
            ids = session.execute(
                sql(
                    "SELECT document.id FROM document_index JOIN document"
                    " ON document.id = document_index.rowid WHERE document_index MATCH :q"
                    " ORDER BY document.position, document.id"
                ),
                {"q": expression},
            ).scalars()
            documents = []
            for document_id in list(ids):
                text, folded = self._texts(session, document_id)
                hits = find_hits(text, folded, parsed, hits_per_document)
                if hits:  # the index's tokens and the boundaries found here agree
                    documents.append(DocumentHits(document_id, tuple(hits)))
            notes = [
                NoteHit(annotation_id, document_id, hit)
                for annotation_id, document_id, note in session.execute(
                    sql(
                        "SELECT annotation.id, annotation.document_id, annotation.note"
                        " FROM note_index JOIN annotation ON annotation.id = note_index.rowid"
                        " JOIN document ON document.id = annotation.document_id"
                        " WHERE note_index MATCH :q"
                        " ORDER BY document.position, annotation.start, annotation.id"
                    ),
                    {"q": expression},
                )
                for hit in find_hits(note, fold_same_length(note), parsed, 1)
            ]
        return SearchResults(query, tuple(documents), tuple(notes))

    def _texts(self, session: Session, document_id: int) -> tuple[str, str]:
        kept = self._folded.get(document_id)
        if kept is not None:
            self._folded.move_to_end(document_id)
            return kept
        row = session.execute(
            sql(
                "SELECT document.text, search_text.folded FROM document JOIN search_text"
                " ON search_text.document_id = document.id WHERE document.id = :id"
            ),
            {"id": document_id},
        ).one()
        pair: tuple[str, str] = (row[0], row[1])
        self._folded[document_id] = pair
        self._kept += len(pair[0])
        while self._kept > FOLDED_KEPT and len(self._folded) > 1:
            _, (dropped, _) = self._folded.popitem(last=False)
            self._kept -= len(dropped)
        return pair
