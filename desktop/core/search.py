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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import text as sql
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from desktop.core.messages import QT_TRANSLATE_NOOP
from desktop.core.project_store import ProjectStore
from desktop.core.search_index import (
    NO_SPACE,
    boundary_pattern,
    fold_same_length,
    gap_pattern,
    has_marks,
    index_body,
    mark_class,
    word_pattern,
)
from desktop.core.service_base import ProjectError

CONTEXT = 60  # characters shown on each side of a hit
MERGE_GAP = 3  # hits this close (spaces, punctuation) are one passage: a phrase's words
# A search locates hits in documents until it has this many (a page), more when asked.
PAGE_HITS = 200
PAGE_DOCUMENTS = 50
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
    document_ids: tuple[int, ...]  # every matching document, in project order
    documents: tuple[DocumentHits, ...]  # the hits of the first of them (see ``locate``)
    notes: tuple[NoteHit, ...]

    @property
    def hit_count(self) -> int:
        """Hits in the documents located so far."""
        return sum(len(d.hits) for d in self.documents)

    @property
    def unlocated(self) -> tuple[int, ...]:
        """Matching documents whose hits have not been located yet (after the last
        located: one deleted meanwhile is skipped, so counting would not do)."""
        if not self.documents:
            return self.document_ids
        return self.document_ids[self.document_ids.index(self.documents[-1].document_id) + 1 :]


_QUERY_PARTS = re.compile(r'(-?)"([^"]*)"?(\*?)|(-?)(\S+)')


@functools.cache
def _token_re() -> re.Pattern[str]:
    return re.compile(f"{word_pattern()}+")


def _tokens(words: str) -> tuple[str, ...]:
    return tuple(_token_re().findall(index_body(words)))


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
            QT_TRANSLATE_NOOP(
                "Search",
                "Type a word to look for (excluding words with “-” needs one to look for too).",
            )
            if terms
            else QT_TRANSLATE_NOOP("Search", "Type a word to look for.")
        )
    return parsed


@functools.cache
def _no_space() -> re.Pattern[str]:
    return re.compile(f"[{NO_SPACE}]")


@functools.cache
def _joins_word() -> re.Pattern[str]:
    return re.compile(boundary_pattern())


@functools.lru_cache(maxsize=256)
def _term_re(tokens: tuple[str, ...], prefix: bool, marks: bool) -> re.Pattern[str]:
    """Where a term occurs in folded text, with the index's idea of word boundaries.

    The pattern starts with the term's first letters, so the regex engine can skip to them
    (a leading look-behind would be tried at every character: 20x slower); whether a word
    ends just before is checked by a look-behind placed after them. ``marks``: the text
    has combining marks, which the index ignores: they may sit on any letter of the term,
    and the start is checked in ``find_hits`` instead (a mark before it is no letter).
    """
    word, gap = boundary_pattern(), gap_pattern()
    mark = f"[{mark_class()}]*" if marks else ""
    no_space = _no_space()
    pattern = ""
    for index, token in enumerate(tokens):
        if index:  # tokens of space-less scripts may touch; words need a gap
            touching = no_space.match(tokens[index - 1][-1]) or no_space.match(token[0])
            pattern += f"{gap}*" if touching else f"{gap}+"
        if index == 0 and not marks and not no_space.match(token[0]):
            pattern += f"{re.escape(token)}(?<!{word}{re.escape(token)})"
        else:
            pattern += "".join(f"{re.escape(char)}{mark}" for char in token)
    if no_space.match(tokens[-1][-1]):
        return re.compile(pattern)  # such a character is a word: nothing to extend or check
    if prefix:
        return re.compile(pattern + (f"(?:{word}|{mark[:-1]})*" if marks else f"{word}*"))
    return re.compile(f"{pattern}(?!{word})")


def _starts_word(folded: str, start: int) -> bool:
    """No letter of the same word before ``start``, combining marks skipped."""
    before = start - 1
    while before >= 0 and has_marks(folded[before]):
        before -= 1
    return before < 0 or not _joins_word().match(folded[before])


def find_hits(
    text: str, folded: str, query: Query, limit: int | None = None, marks: bool | None = None
) -> list[Hit]:
    """The passages of ``text`` (folded as ``folded``) where ``query``'s words occur.

    Neighbouring words are joined into one passage. Where some passages hold every word
    of the query (a phrase typed without quotes), only those are hits; a document with
    the words only apart lists each of them.
    """
    marks = has_marks(folded) if marks is None else marks
    spans = sorted(
        (m.start(), m.end(), number)
        for number, term in enumerate(query.wanted)
        for m in _occurrences(folded, term, marks)
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


def matches(folded: str, query: Query, marks: bool | None = None) -> bool:
    """Whether a folded text holds every wanted term of ``query`` and none excluded: what
    the full-text index answers for a project file, by the patterns that find the hits."""
    marks = has_marks(folded) if marks is None else marks

    def occurs(term: Term) -> bool:
        return next(_occurrences(folded, term, marks), None) is not None

    return all(occurs(t) for t in query.wanted) and not any(
        occurs(t) for t in query.terms if t.excluded
    )


def _occurrences(folded: str, term: Term, marks: bool) -> Iterator[re.Match[str]]:
    """Where ``term`` occurs in ``folded``, as both the hits and the matching count it (in
    a text with combining marks, a match begins a word unless its script has no spaces)."""
    for m in _term_re(term.tokens, term.prefix, marks).finditer(folded):
        if not marks or _no_space().match(term.tokens[0][0]) or _starts_word(folded, m.start()):
            yield m


def _hit(text: str, start: int, end: int) -> Hit:
    before = text[max(0, start - CONTEXT) : start].rpartition("\n")[2]
    after = text[end : end + CONTEXT].partition("\n")[0]
    return Hit(start, end, before, text[start:end], after)


_Kept = tuple[str, str, bool, str]  # text, folded text, has combining marks, the text's hash


class SearchService:
    """Searches one project. Folded texts read for one search are kept for the next, each
    with its text's hash, which every search asks afresh: a text replaced since (by this
    window, an undo, another service on the project, a restore) is read again."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        # id → text, folded text, whether it has combining marks, the text's hash
        self._folded: OrderedDict[int, _Kept] = OrderedDict()
        self._kept = 0

    def forget(self, document_id: int) -> None:
        """Drop a kept text now (its memory; a stale one would be noticed anyway)."""
        dropped = self._folded.pop(document_id, None)
        if dropped is not None:
            self._kept -= 2 * len(dropped[0])

    def search(self, query: str, *, everything: bool = False) -> SearchResults:
        """Documents and notes matching ``query``, with the hits of a first page of them
        (of all with ``everything``). The index says which documents match in
        milliseconds; hits cost a scan of each text, so more are found as asked (``locate``)."""
        parsed = parse(query)
        if self.store.shared:
            return self._search_shared(query, parsed, everything)
        expression = parsed.fts()
        with self.store.read() as session:
            try:
                # Project order from a covering index: joining the documents would read
                # their rows, texts and all (7 ms for 300 documents; this takes 0.1).
                order = session.execute(
                    sql("SELECT id FROM document INDEXED BY document_order ORDER BY position, id")
                ).scalars()
                matched = set(
                    session.execute(
                        sql("SELECT rowid FROM document_index WHERE document_index MATCH :q"),
                        {"q": expression},
                    ).scalars()
                )
                rank = {document_id: n for n, document_id in enumerate(order)}
                ids = tuple(sorted(matched & rank.keys(), key=rank.__getitem__))
                noted = session.execute(
                    sql(
                        "SELECT id, document_id, start, note FROM annotation WHERE id IN"
                        " (SELECT rowid FROM note_index WHERE note_index MATCH :q)"
                    ),
                    {"q": expression},
                ).all()
                notes = [
                    NoteHit(annotation_id, document_id, hit)
                    for annotation_id, document_id, _, note in sorted(
                        noted, key=lambda row: (rank.get(row[1], 0), row[2], row[0])
                    )
                    for hit in find_hits(note, fold_same_length(note), parsed, 1)
                ]
            except OperationalError as error:
                if "fts5" in str(error.orig):  # an expression FTS5 cannot take
                    refused = QT_TRANSLATE_NOOP("Search", "Cannot search for “{query}”: {reason}.")
                    raise SearchSyntaxError(
                        refused.format(query=query, reason=error.orig)
                    ) from error
                failed = QT_TRANSLATE_NOOP("Search", "The search could not run: {reason}.")
                raise ProjectError(failed.format(reason=error.orig)) from error
            located = self._locate(session, parsed, ids, None if everything else PAGE_HITS)
        return SearchResults(query, ids, tuple(located), tuple(notes))

    def _search_shared(self, query: str, parsed: Query, everything: bool) -> SearchResults:
        """``search`` on a shared project: the server keeps no folded copy (it cannot run
        the project's folding), so each text is folded here, once while its hash holds,
        and the documents are matched by the same patterns that find the hits."""
        with self.store.read() as session:
            present = session.execute(
                sql("SELECT id, text_sha256 FROM document ORDER BY position, id")
            ).all()
            ids = []
            for document_id, digest in present:
                found = self._texts(session, document_id, digest)
                if found is not None and matches(found[1], parsed, found[2]):
                    ids.append(document_id)
            notes = [
                NoteHit(annotation_id, document_id, hit)
                for annotation_id, document_id, note in session.execute(
                    sql(
                        "SELECT annotation.id, annotation.document_id, annotation.note"
                        " FROM annotation JOIN document ON document.id = annotation.document_id"
                        " WHERE annotation.note <> ''"
                        " ORDER BY document.position, annotation.start, annotation.id"
                    )
                ).all()
                if matches(folded := fold_same_length(note), parsed)
                for hit in find_hits(note, folded, parsed, 1)
            ]
            located = self._locate(session, parsed, ids, None if everything else PAGE_HITS)
        return SearchResults(query, tuple(ids), tuple(located), tuple(notes))

    def locate(self, query: str, document_ids: Sequence[int]) -> list[DocumentHits]:
        """The hits of ``query`` in these documents (more pages of a search)."""
        parsed = parse(query)
        with self.store.read() as session:
            return self._locate(session, parsed, document_ids, None)

    def next_page(self, results: SearchResults) -> SearchResults:
        """``results`` with the hits of another page of its documents located."""
        with self.store.read() as session:
            more = self._locate(session, parse(results.query), results.unlocated, PAGE_HITS)
        return replace(results, documents=results.documents + tuple(more))

    def _locate(
        self, session: Session, parsed: Query, document_ids: Sequence[int], page: int | None
    ) -> list[DocumentHits]:
        """Hits in ``document_ids`` in order; with ``page``, stops after that many hits
        or ``PAGE_DOCUMENTS`` documents (at least one document either way)."""
        located: list[DocumentHits] = []
        count = 0
        # Kept texts outlive their documents and their texts: ask which still exist
        # (deleted since the search was shown, a page asked for later must not list them),
        # and the hash of each text now (replaced since, it is read again). "+id" steers
        # SQLite to the hash index, which holds both columns: a lookup by id would read
        # each row's hash past its text's overflow pages (25 ms for 1,000 documents).
        present: dict[int, str] = dict(
            session.execute(
                sql(
                    "SELECT id, text_sha256 FROM document"
                    f" WHERE +id IN ({','.join(map(str, document_ids))})"
                )
            ).all()
        ) if document_ids else {}  # fmt: skip
        for document_id in (d for d in document_ids if d in present):
            if page is not None and located and (count >= page or len(located) >= PAGE_DOCUMENTS):
                break
            found = self._texts(session, document_id, present[document_id])
            if found is None:  # deleted since the search
                continue
            text, folded, marks, _ = found
            hits = tuple(find_hits(text, folded, parsed, None, marks))
            if hits:  # the index's tokens and the boundaries here agree, so always some
                located.append(DocumentHits(document_id, hits))
                count += len(hits)
        return located

    def _texts(self, session: Session, document_id: int, digest: str) -> _Kept | None:
        """The document's text and folded copy: kept ones while ``digest`` (its hash now,
        asked in ``session``) says they are current, else read in ``session``."""
        kept = self._folded.get(document_id)
        if kept is not None and kept[3] == digest:
            self._folded.move_to_end(document_id)
            return kept
        self.forget(document_id)
        if self.store.shared:  # folded here: see _search_shared
            row = session.execute(
                sql("SELECT text, text_sha256 FROM document WHERE id = :id"), {"id": document_id}
            ).first()
            if row is None:
                return None
            text, folded, digest = row[0], fold_same_length(row[0]), row[1]
        else:
            row = session.execute(
                sql(
                    "SELECT document.text, search_text.folded, document.text_sha256"
                    " FROM document JOIN search_text ON search_text.document_id = document.id"
                    " WHERE document.id = :id"
                ),
                {"id": document_id},
            ).first()
            if row is None:
                return None
            text, folded, digest = row
        found: _Kept = (text, folded, has_marks(folded), digest)
        self._folded[document_id] = found
        self._kept += 2 * len(found[0])  # the text and its folded copy
        while self._kept > FOLDED_KEPT and len(self._folded) > 1:
            _, (dropped, *_) = self._folded.popitem(last=False)
            self._kept -= 2 * len(dropped)
        return found
