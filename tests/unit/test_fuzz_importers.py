"""Fuzzing every importer and every import format (issue 7).

Each format's valid sample is mutated, byte by byte and by its structure, and read as the
app reads it. The samples are the sample project's own exports (W3C JSON, project JSON,
doccano, Label Studio, brat, .qdpx, .qdc) and small documents built here (text in several
encodings, Markdown, HTML, DOCX, ODT, EPUB, PDF). Mutations: bit flips, insertions,
deletions, truncation, repeated chunks and spliced copies; numbers swapped for huge,
negative or malformed ones; XML attributes and nesting; for JSON, values of another
type, huge numbers, deep nesting, keys given twice, lone surrogates and escapes; for zip
archives, entry names that escape, duplicates, compressions, lying sizes, bombs.

The properties:
- reading raises only the format's named errors (``ERRORS``) or succeeds;
- read annotation work merges into a copy of a project (the sample, or an empty one) or
  raises ``ProjectError``; a refused merge or document import leaves the project exactly
  as it was (``_digest``); a preview never changes it;
- no read takes more than ``LIMIT`` seconds.

Every input that once broke a reader is kept in ``tests/data/fuzz/<format>/`` and
replayed by ``test_every_kept_crasher_is_refused_by_name`` in the normal suite.

Budget: 100 derandomized examples per test (the same every run, so CI is reproducible):
the module takes about 33 s on a 2-core machine. For a longer exploration:

    PARALLAX_FUZZ_EXAMPLES=5000 pytest tests/unit/test_fuzz_importers.py

examples per test; add ``PARALLAX_FUZZ_SEED=<n>`` for a random run from that seed
instead of the derandomized one, and ``PARALLAX_FUZZ_SAVE=<folder>`` to have every
failing input written there (the last one written per test is the shrunk crasher).
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import io
import json
import os
import re
import shutil
import signal
import sqlite3
import tempfile
import time
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, currently_in_test_context, event, given, seed, settings
from hypothesis import strategies as st

from desktop.core import merging
from desktop.core.exporters.formats import BY_NAME
from desktop.core.importers import brat, ml_formats, refi_qda, w3c
from desktop.core.importers.annotations import annotation_format
from desktop.core.importers.base import ImportFailure
from desktop.core.importers.project_json import (
    ProjectImportError,
    import_project,
    read_incoming,
)
from desktop.core.importers.reading import guess, preview, read_file
from desktop.core.importing import Importer
from desktop.core.incoming import Incoming, IncomingError
from desktop.core.project import ProjectService
from desktop.core.sample import fill_sample
from desktop.core.service_base import ProjectError
from desktop.core.store import Store
from tests.unit.test_importers_odt_epub import epub, odt

FUZZ_DATA = Path(__file__).resolve().parents[1] / "data" / "fuzz"
# Seconds one read (or merge) may take before it counts as a hang: a detector of runaway
# work (a quadratic search took minutes), not a speed measure, so generous enough for a
# loaded shared machine (a 1-second merge once took over 5 s there).
LIMIT = 20.0

_EXAMPLES = os.environ.get("PARALLAX_FUZZ_EXAMPLES")
_SEED = os.environ.get("PARALLAX_FUZZ_SEED")
_SAVE = os.environ.get("PARALLAX_FUZZ_SAVE")

# The named errors each reader may raise; anything else escaping is a bug in the reader.
DOCUMENT_ERRORS: tuple[type[Exception], ...] = (ImportFailure,)
ERRORS: dict[str, tuple[type[Exception], ...]] = {
    "Parallax project JSON": (ProjectImportError,),
    w3c.FORMAT: (IncomingError,),
    ml_formats.LABEL_STUDIO: (IncomingError,),
    ml_formats.DOCCANO: (IncomingError,),
    brat.BRAT: (IncomingError,),
    "REFI-QDA project": (IncomingError,),
    "REFI-QDA codebook": (IncomingError,),
}
MERGE_ERRORS = (ProjectError,)

F = TypeVar("F", bound=Callable[..., None])

# A failing example's drawn mutations hold values of 100 kB (deep nesting): printed anyway.
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")


def budget(examples: int) -> Callable[[F], F]:
    """Hypothesis settings for one fuzz test: ``examples`` in CI, more on request."""

    def apply(test: F) -> F:
        configured = settings(
            max_examples=int(_EXAMPLES) if _EXAMPLES else examples,
            deadline=None,  # hangs are caught by ``limited``, which also interrupts them
            derandomize=_SEED is None,
            database=None,
            suppress_health_check=list(HealthCheck),
            print_blob=False,
        )(test)
        return seed(int(_SEED))(configured) if _SEED is not None else configured

    return apply


# -- time limits -----------------------------------------------------------------------


class Hang(Exception):
    pass


@contextlib.contextmanager
def limited(what: str, seconds: float = LIMIT) -> Iterator[None]:
    """Fail (``Hang``) when the block takes more than ``seconds``; interrupted by a timer
    where there is one (SIGALRM), so a true hang does not stall the run. pytest-timeout's
    own timer, if it set one, is put back afterwards."""
    start = time.monotonic()
    alarm = hasattr(signal, "setitimer")
    if alarm:

        def interrupt(signum: int, frame: object) -> None:
            raise Hang(f"{what} took more than {seconds:g} s")

        previous = signal.signal(signal.SIGALRM, interrupt)
        outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        elapsed = time.monotonic() - start
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            if outer:
                signal.setitimer(signal.ITIMER_REAL, max(outer - elapsed, 0.001))
    if elapsed > seconds:
        raise Hang(f"{what} took {elapsed:.1f} s (more than {seconds:g} s)")


# -- mutations -------------------------------------------------------------------------

_INTERESTING = [
    b"\x00", b"\xff", b"\xfe\xff", b"\xff\xfe", b"\xef\xbb\xbf", b'"', b"\\", b"{", b"}",
    b"[", b"]", b"<", b">", b"&", b";", b"\n", b"\r", b"\r\n", b"\t", b" ", b"-1", b"0",
    b"99999999999999999999", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\x80", b"\\ud800",
    b"\\u0000", b"&#0;", b"&#xD800;", b"&#99999999999;", b"&#" + b"9" * 5000 + b";",
    b"]]>", b"<!--", b"<![CDATA[", b"<?xml", b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06",
    b"%PDF-", b" obj ", b"endobj", b"stream\n", b"endstream", b"/Length 999999999",
    b"trailer", b"xref", b"startxref", b"<<", b">>", "\u2028".encode(),
    b'<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>', b"&e;", b"&amp;", b"\xe2\x80\xae",
]  # fmt: skip
_NUMBERS = [
    "0", "-1", "1", "-0", "2147483648", "-2147483649", "9223372036854775808",
    "18446744073709551617", "1" + "0" * 400, "9" * 5000, "1e999", "-1e999", "1.5", "1e3",
    "NaN", "Infinity", "0x10", "007", "+3", "１２", "٣", "", "-", "1-2",
]  # fmt: skip
_TIMES = [
    "2099-01-01T00:00:00Z", "1999-01-01T00:00:00Z", "2099-01-01T00:00:00+14:00",
    "2099-01-01T00:00:00", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00",
    "2020-02-30T00:00:00Z", "2020-10-02", "2020-10-02T09:30:00.123456789Z",
]  # fmt: skip
_ATTRIBUTES = [
    *_NUMBERS, "", " ", "x", "../../../etc/passwd", "internal://../../x", "internal://",
    "/etc/passwd", "C:\\x", "sources/..", "{00000000-0000-0000-0000-000000000000}",
    "urn:uuid:", "true", "false", "#GGGGGG", "#fff", *_TIMES, "&#0;", "&lt;", "é", "😀",
    "a" * 3000,
]  # fmt: skip

_position = st.integers(0, 2**32)


@st.composite
def _payload(draw: st.DrawFn) -> bytes:
    if draw(st.booleans()):
        return draw(st.sampled_from(_INTERESTING))
    return draw(st.binary(min_size=1, max_size=16))


byte_op = st.one_of(
    st.tuples(st.just("flip"), _position, st.integers(0, 7)),
    st.tuples(st.just("insert"), _position, _payload()),
    st.tuples(st.just("overwrite"), _position, _payload()),
    st.tuples(st.just("delete"), _position, st.integers(1, 256)),
    st.tuples(st.just("truncate"), _position),
    st.tuples(st.just("repeat"), _position, st.integers(1, 256), st.integers(2, 64)),
    st.tuples(st.just("splice"), _position, st.integers(1, 512), _position),
)
# Text-aware mutations that keep most of a file's structure: numbers, XML attributes,
# elements repeated or nested; picked more often than the blunter byte mutations.
_structured_text_op = st.one_of(
    st.tuples(st.just("number"), _position, st.sampled_from(_NUMBERS)),
    st.tuples(st.just("attribute"), _position, st.sampled_from(_ATTRIBUTES)),
    st.tuples(st.just("attribute"), _position, st.text(max_size=8)),
    st.tuples(st.just("unattribute"), _position),
    st.tuples(st.just("time"), _position, st.sampled_from(_TIMES)),
    st.tuples(st.just("element"), _position, _position),
    st.tuples(st.just("nest"), _position, st.sampled_from([2, 50, 500, 1100, 5000, 20_000])),
)
text_op = st.one_of(_structured_text_op, _structured_text_op, byte_op)
byte_ops = st.lists(byte_op, min_size=1, max_size=6)
text_ops = st.lists(text_op, min_size=1, max_size=6)

_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?")
_ATTRIBUTE = re.compile(rb"""([\w:.-]+)\s*=\s*(["'])(.*?)\2""", re.S)
_XML_TIME = re.compile(rb"\d{4}-\d\d-\d\d[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?")
_START_TAG = re.compile(rb"<([A-Za-z_][\w:.-]*)(?:\s[^<>]*)?(?<!/)>")


def mutate_bytes(data: bytes, ops: list[tuple[Any, ...]]) -> bytes:
    for op in ops:
        data = _apply(data, op)
    return data


def _pick(matches: list[re.Match[bytes]], at: int) -> re.Match[bytes] | None:
    return matches[at % len(matches)] if matches else None


def _apply(data: bytes, op: tuple[Any, ...]) -> bytes:
    kind, at = op[0], op[1] % (len(data) + 1)
    if kind == "flip":
        if not data:
            return data
        at = min(at, len(data) - 1)
        return data[:at] + bytes([data[at] ^ (1 << op[2])]) + data[at + 1 :]
    if kind == "insert":
        return data[:at] + op[2] + data[at:]
    if kind == "overwrite":
        return data[:at] + op[2] + data[at + len(op[2]) :]
    if kind == "delete":
        return data[:at] + data[at + op[2] :]
    if kind == "truncate":
        return data[:at]
    if kind == "repeat":
        return data[:at] + data[at : at + op[2]] * op[3] + data[at + op[2] :]
    if kind == "splice":  # a chunk copied elsewhere: duplicate elements, keys, lines
        chunk = data[at : at + op[2]]
        to = op[3] % (len(data) + 1)
        return data[:to] + chunk + data[to:]
    if kind == "number":
        found = _pick(list(_NUMBER.finditer(data)), op[1])
        if found is None:
            return data
        return data[: found.start()] + op[2].encode() + data[found.end() :]
    if kind == "attribute":
        found = _pick(list(_ATTRIBUTE.finditer(data)), op[1])
        if found is None:
            return data
        value = op[2].replace("&", "&amp;").replace('"', "&quot;").encode()
        return data[: found.start(3)] + value + data[found.end(3) :]
    if kind == "time":
        found = _pick(list(_XML_TIME.finditer(data)), op[1])
        if found is None:
            return data
        return data[: found.start()] + op[2].encode() + data[found.end() :]
    if kind == "unattribute":
        found = _pick(list(_ATTRIBUTE.finditer(data)), op[1])
        if found is None:
            return data
        return data[: found.start()] + data[found.end() :]
    if kind == "element":  # an element copied to another place (by name, not parsed)
        found = _pick(list(_START_TAG.finditer(data)), op[1])
        if found is None:
            return data
        closing = b"</" + found.group(1) + b">"
        end = data.find(closing, found.end())
        element = data[found.start() : end + len(closing)] if end >= 0 else found.group(0)
        to = _pick(list(_START_TAG.finditer(data)), op[2])
        assert to is not None
        return data[: to.start()] + element + data[to.start() :]
    if kind == "nest":  # the element repeated inside itself, depth times
        found = _pick(list(_START_TAG.finditer(data)), op[1])
        if found is None:
            return data
        opening, closing = found.group(0), b"</" + found.group(1) + b">"
        depth = op[2]
        return data[: found.end()] + opening * depth + closing * depth + data[found.end() :]
    raise AssertionError(kind)


# JSON: values of every type, and texts the json module would never write.


class Raw(str):
    """JSON text written as it is: a huge number, NaN, deep nesting, an escape."""


class Pairs(list[tuple[str, Any]]):
    """An object as its pairs, so that a key can be given twice."""


_DEEP = [2, 100, 900, 990, 1500, 100_000]
_VALUES: list[Any] = [
    None, True, False, 0, -1, 1, 2**31, 2**63, -(2**63), 10**30, 1.5, -0.0, 1e308, "", " ",
    "x", "\x00", "\ud800", "\udc00\ud800", "😀", "e\u0301", "\r\n", "\ufeff", "\u2028",
    "a" * 5000, [], {}, [[]], {"": None}, [0, 1], [-1, 10**12],
    "urn:uuid:00000000-0000-0000-0000-000000000000", "00000000-0000-0000-0000-00000000000G",
    "{3F2504E0-4F89-11D3-9A0C-0305E82C3301}", "9999-12-31T23:59:59-14:00",
    "0001-01-01T00:00:00+14:00", "2020-02-30T00:00:00Z", "0000-01-01T00:00:00Z",
    "Annotation", "AnnotationCollection", "AnnotationPage", "TextPositionSelector",
    "TextQuoteSelector", "tagging", "classifying", "labels", "textarea", "parallax-project",
    Raw("1" * 5000), Raw("1e999"), Raw("-1e999"), Raw("NaN"), Raw("Infinity"),
    Raw("-Infinity"), Raw("1.0e-400"), Raw("123456789012345678901234567890.5"),
    Raw('"\\ud800"'), Raw('"\\udfff\\ud800"'), Raw('"\\u0000"'), Raw('"\\uD83D\\uDE00"'),
    *(Raw("[" * n + "]" * n) for n in _DEEP), *(Raw('{"a":' * n + "0" + "}" * n) for n in _DEEP),
]  # fmt: skip
_json_value = st.one_of(
    st.sampled_from(_VALUES),
    st.integers(),
    st.text(max_size=12),
    st.floats(allow_nan=False, allow_infinity=False),
)
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_json_structure_op = st.one_of(
    st.tuples(st.just("replace"), _position, _json_value),
    st.tuples(st.just("delete"), _position),
    st.tuples(st.just("twice"), _position, _json_value),
    st.tuples(st.just("add"), _position, st.sampled_from(["", "x", "type", "id", "data"]),
              _json_value),
    st.tuples(st.just("nest"), _position, st.sampled_from(_DEEP)),
    st.tuples(st.just("swap"), _position, _position),
    st.tuples(st.just("copy"), _position, _position),
    st.tuples(st.just("grow"), _position, st.integers(2, 300)),
)  # fmt: skip
# Changes to one kind of value (numbers, texts, times, uuids) that a reader may accept:
# offsets moved, notes and quotes edited, newer times, uuids swapped or in capitals.
_json_value_op = st.one_of(
    st.tuples(st.just("offset"), _position,
              st.sampled_from([-1, 1, 2, -5, 2**31, 10**15, -(10**15)])),
    st.tuples(st.just("text"), _position,
              st.sampled_from(["\ud800", "\x00", "\r\n", "\u0301", "😀", "\ufffe", "x", "\u2028"]),
              _position),
    st.tuples(st.just("time"), _position, st.sampled_from(_TIMES)),
    st.tuples(st.just("uuid"), _position, _position, st.booleans()),
    st.tuples(st.just("touch"), _position, _position),
)  # fmt: skip
json_op = st.one_of(_json_structure_op, _json_value_op, _json_value_op)


@dataclass(frozen=True)
class JsonMutation:
    ops: list[tuple[Any, ...]]
    ascii: bool  # escape non-ASCII (\\u…) or write it as UTF-8 (lone surrogates as CESU)
    then: list[tuple[Any, ...]]  # byte mutations of the written text
    array: bool  # JSONL written as one JSON array instead


json_mutation = st.builds(
    JsonMutation,
    st.lists(json_op, min_size=1, max_size=5),
    st.booleans(),
    st.one_of(st.just([]), st.lists(byte_op, max_size=2)),
    st.booleans(),
)


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, Pairs):  # written as it is: not mutated further
        return
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _nodes(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _nodes(child, (*path, index))


def _get(root: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        root = root[step]
    return root


def _set(root: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    _get(root, path[:-1])[path[-1]] = value
    return root


_KINDS: dict[str, Callable[[Any], bool]] = {
    "offset": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "text": lambda v: isinstance(v, str),
    "time": lambda v: isinstance(v, str) and _TIME.match(v) is not None,
    "uuid": lambda v: isinstance(v, str) and _UUID.search(v) is not None,
    # A part with its own times (an annotation): edited later by the other coder.
    "touch": lambda v: isinstance(v, dict) and any(_KINDS["time"](x) for x in v.values()),
}


def mutate_json(value: Any, ops: list[tuple[Any, ...]]) -> Any:
    for op in ops:
        kind = op[0]
        paths = list(_nodes(value))
        if kind in _KINDS:  # only values of that kind
            paths = [p for p in paths if _KINDS[kind](_get(value, p))]
            if not paths:
                continue
        path = paths[op[1] % len(paths)]
        target = _get(value, path)
        # Drawn values are shared (sampled_from hands out the same list each time) and
        # copied values would alias: every value goes in as a copy of its own.
        op = copy.deepcopy(op)
        if kind == "replace":
            value = _set(value, path, op[2])
        elif kind == "delete" and path:
            parent = _get(value, path[:-1])
            del parent[path[-1]]
        elif kind == "twice" and isinstance(target, dict) and target:
            pairs = Pairs(target.items())
            key = pairs[op[1] % len(pairs)][0]
            pairs.append((key, op[2]))
            value = _set(value, path, pairs)
        elif kind == "add" and isinstance(target, dict):
            target[op[2]] = op[3]
        elif kind == "nest":
            value = _set(value, path, Raw("[" * op[2] + _dump(target, True) + "]" * op[2]))
        elif kind in ("swap", "copy"):
            other = paths[op[2] % len(paths)]
            if other[: len(path)] != path and path[: len(other)] != other:  # neither inside
                there = copy.deepcopy(_get(value, other))
                value = _set(value, path, there)
                if kind == "swap":
                    value = _set(value, other, target)
        elif kind == "grow" and isinstance(target, list) and target:
            target.extend(copy.deepcopy(target[0]) for _ in range(op[2]))
        elif kind == "offset":
            value = _set(value, path, target + op[2] if abs(op[2]) < 10 else op[2])
        elif kind == "text":
            at = op[3] % (len(target) + 1)
            value = _set(value, path, target[:at] + op[2] + target[at:])
        elif kind == "time":
            value = _set(value, path, op[2])
        elif kind == "touch":  # newer times, and one of its texts edited: a conflict
            for key, item in target.items():
                if _KINDS["time"](item):
                    target[key] = "2099-01-01T00:00:00Z"
            texts = [p for p in _nodes(target) if _KINDS["text"](_get(target, p))]
            texts = [p for p in texts if not _KINDS["time"](_get(target, p))]
            if texts:
                chosen = texts[op[2] % len(texts)]
                _set(target, chosen, _get(target, chosen) + " (edited)")
        elif kind == "uuid":  # another part's uuid, or the same in capitals
            other = _get(value, paths[op[2] % len(paths)])
            value = _set(value, path, target.upper() if op[3] else other)
    return value


def _dump(value: Any, ascii: bool) -> str:
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, Pairs | dict):
        pairs = value if isinstance(value, Pairs) else value.items()
        inner = ",".join(f"{json.dumps(k, ensure_ascii=ascii)}:{_dump(v, ascii)}" for k, v in pairs)
        return "{" + inner + "}"
    if isinstance(value, list):
        return "[" + ",".join(_dump(v, ascii) for v in value) + "]"
    return json.dumps(value, ensure_ascii=ascii)


def json_bytes(value: Any, mutation: JsonMutation, *, lines: bool = False) -> bytes:
    if lines and isinstance(value, list) and not mutation.array:
        text = "\n".join(_dump(v, mutation.ascii) for v in value)
    else:
        text = _dump(value, mutation.ascii)
    return mutate_bytes(text.encode("utf-8", "surrogatepass"), mutation.then)


# Zip archives: their entries renamed, doubled, dropped, recompressed, their contents
# mutated as text, sizes that lie, bombs; then, maybe, the archive's own bytes.

_NAMES = [
    "../evil.txt", "/abs.xml", "C:evil.xml", "a\\..\\..\\b", "", "sources/../../x",
    "content.xml", "META-INF/container.xml", "mimetype", "x/", "visual.conf", "d.ann",
    "d.txt", "__MACOSX/._d.ann", "project.qde", "PROJECT.QDE", "b.qde", "sources/é.txt",
    "word/document.xml", "[Content_Types].xml", "docProps/core.xml", "OEBPS/content.opf",
    "a" * 300,
]  # fmt: skip
_METHODS = [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]
_entry = st.integers(0, 2**16)
_content_op = st.tuples(st.just("content"), _entry, text_ops)
zip_op = st.one_of(
    _content_op,
    _content_op,
    _content_op,
    st.one_of(
        st.tuples(st.just("rename"), _entry, st.sampled_from(_NAMES) | st.text(max_size=20)),
        st.tuples(st.just("drop"), _entry),
        st.tuples(st.just("twice"), _entry),
        st.tuples(st.just("method"), _entry, st.sampled_from(_METHODS)),
        st.tuples(st.just("symlink"), _entry),
        st.tuples(st.just("encrypted"), _entry),
        st.tuples(st.just("bomb"), _entry, st.sampled_from([2 * 2**20, 5 * 2**20])),
        st.tuples(st.just("size"), _entry, st.sampled_from([0, 1, 2**20, 2**31, 2**32 - 1])),
        st.tuples(st.just("add"), st.sampled_from(_NAMES), st.binary(max_size=64)),
    ),
)


@dataclass(frozen=True)
class ZipMutation:
    ops: list[tuple[Any, ...]]
    then: list[tuple[Any, ...]]  # byte mutations of the archive itself


_zip_ops = st.lists(zip_op, min_size=1, max_size=4)
zip_mutation = st.one_of(
    st.builds(ZipMutation, _zip_ops, st.just([])),
    st.builds(ZipMutation, _zip_ops, st.just([])),
    st.builds(ZipMutation, _zip_ops, st.just([])),
    st.builds(ZipMutation, st.lists(zip_op, max_size=2), st.lists(byte_op, min_size=1, max_size=3)),
)


@dataclass
class _Entry:
    name: str
    data: bytes
    method: int = zipfile.ZIP_DEFLATED
    link: bool = False
    encrypted: bool = False
    size: int | None = None  # a header that lies about the unpacked size


def mutate_zip(archive: bytes, mutation: ZipMutation) -> bytes:
    with zipfile.ZipFile(io.BytesIO(archive)) as source:
        entries = [_Entry(i.filename, source.read(i), i.compress_type) for i in source.infolist()]
    for op in mutation.ops:
        kind = op[0]
        if kind == "add":
            entries.append(_Entry(op[1], op[2]))
            continue
        if not entries:
            continue
        at = op[1] % len(entries)
        entry = entries[at]
        if kind == "content":
            entry.data = mutate_bytes(entry.data, op[2])
        elif kind == "rename":
            entry.name = op[2]
        elif kind == "drop":
            del entries[at]
        elif kind == "twice":
            entries.append(_Entry(entry.name, entry.data[::-1] or b"x", entry.method))
        elif kind == "method":
            entry.method = op[2]
        elif kind == "symlink":
            entry.link = True
        elif kind == "encrypted":
            entry.encrypted = True
        elif kind == "bomb":
            entry.data = b"\x00" * op[2]
        elif kind == "size":
            entry.size = op[2]
    return mutate_bytes(_write_zip(entries), mutation.then)


def _write_zip(entries: list[_Entry]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": meant
        with zipfile.ZipFile(buffer, "w") as archive:
            for entry in entries:
                info = zipfile.ZipInfo(entry.name or "_", date_time=(2020, 10, 2, 9, 30, 0))
                if not entry.name:
                    info.filename = ""
                info.compress_type = entry.method
                if entry.link:
                    info.external_attr = 0o120777 << 16
                archive.writestr(info, entry.data)
    data = bytearray(buffer.getvalue())
    # Patch the headers after writing: zipfile writes only the truth.
    for index, entry in enumerate(entries):
        if not (entry.encrypted or entry.size is not None):
            continue
        central = _nth(data, b"PK\x01\x02", index)
        local = _nth(data, b"PK\x03\x04", index)
        for header, flags, size in ((central, 8, 24), (local, 6, 22)):
            if header < 0:
                continue
            if entry.encrypted:
                data[header + flags] |= 1
            if entry.size is not None:
                data[header + size : header + size + 4] = entry.size.to_bytes(4, "little")
    return bytes(data)


def _nth(data: bytearray, signature: bytes, n: int) -> int:
    at = -1
    for _ in range(n + 1):
        at = data.find(signature, at + 1)
        if at < 0:
            return -1
    return at


# -- the samples -----------------------------------------------------------------------


def _pdf(pages: list[list[str]], title: str = "Cessez-le-feu") -> bytes:
    """A small PDF with a text layer (Helvetica, WinAnsi): one page's content stream
    plain, the next deflated, and the document information."""
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: b"<< /Title (" + title.encode("latin-1") + b") /Author (R\xe9daction) "
        b"/CreationDate (D:20201002093000Z) >>",
    }
    kids = []
    for number, lines in enumerate(pages):
        page, content = 5 + 2 * number, 6 + 2 * number
        kids.append(f"{page} 0 R".encode())
        ops = [b"BT /F1 12 Tf 72 720 Td 14 TL"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(b"(" + escaped.encode("cp1252") + b") Tj T*")
        stream = b"\n".join([*ops, b"ET"])
        extra = b""
        if number % 2:
            stream, extra = zlib.compress(stream), b" /Filter /FlateDecode"
        objects[content] = (
            b"<< /Length %d%s >>\nstream\n" % (len(stream), extra) + stream + b"\nendstream"
        )
        objects[page] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content
        )
    objects[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(pages)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for number in sorted(objects):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        start,
    )
    return bytes(out)


def _docx() -> bytes:
    import datetime

    import docx

    document = docx.Document()
    document.add_heading("Thổ Nhĩ Kỳ kêu gọi ngừng bắn", level=1)
    document.add_paragraph("Nga đề nghị đàm phán 😀.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Bên", "Tuyên bố"
    table.cell(1, 0).text, table.cell(1, 1).text = "Armenia", "ngừng bắn"
    document.add_paragraph("Hết.")
    document.core_properties.title = "Báo cáo Karabakh"
    document.core_properties.author = "Phóng viên B"
    document.core_properties.language = "vi-VN"
    document.core_properties.created = datetime.datetime(2020, 10, 2, 9, 30)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_TEXT = (
    "Thổ Nhĩ Kỳ kêu gọi ngừng bắn 😀 ở Gaza.\r\nNga phản đối. Liên Hợp Quốc họp.\n"
    "Россия предложила провести переговоры. Türkiye desteğini açıkladı. 土耳其呼吁停火。\n"
)
_HTML = (
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tựa &amp; đề</title>'
    '<meta property="og:title" content="Báo cáo"><meta name="author" content="Phóng viên">'
    '<meta property="article:published_time" content="2020-10-02">'
    '<link rel="canonical" href="https://example.org/a"><style>p{}</style>'
    "<script>var x = '<p>';</script></head><body><nav>Menu</nav><article><header>"
    "<h1>Ngừng bắn</h1></header><p>Nga đề nghị&nbsp;đàm phán &#128512; ở <b>Moskva</b>."
    "</p><pre>  giữ\n  nguyên</pre><ul><li>Một</li><li>Hai</li></ul><table><tr><td>A</td>"
    "<td>B</td></tr></table></article><footer>©</footer></body></html>"
)


@dataclass(frozen=True)
class DocumentFormat:
    name: str  # the fixture folder's name too
    suffix: str
    sample: Callable[[], bytes]
    mutations: st.SearchStrategy[Any]
    reviewable: bool = False  # plain text and web pages: guess and preview are fuzzed too


_bytes_or_text = st.one_of(byte_ops, text_ops)
DOCUMENTS = [
    DocumentFormat("text-utf8", ".txt", lambda: _TEXT.encode(), _bytes_or_text, True),
    DocumentFormat("text-utf16", ".txt", lambda: _TEXT.encode("utf-16"), byte_ops, True),
    DocumentFormat("text-utf32", ".text", lambda: _TEXT.encode("utf-32-be"), byte_ops, True),
    DocumentFormat(
        "text-legacy",
        ".txt",
        lambda: (
            "Россия предложила провести переговоры между Арменией и Азербайджаном. ".encode(
                "cp1251"
            )
            * 4
        ),
        byte_ops,
        True,
    ),
    DocumentFormat(
        "text-shift-jis",
        ".md",
        lambda: "# トルコは停戦を呼びかけた\n\nロシアは交渉を提案した。".encode("shift_jis"),
        byte_ops,
        True,
    ),
    DocumentFormat("html", ".html", lambda: _HTML.encode(), _bytes_or_text, True),
    DocumentFormat(
        "html-legacy",
        ".htm",
        lambda: _HTML.replace("utf-8", "windows-1258").encode("cp1258", "replace"),
        _bytes_or_text,
        True,
    ),
    DocumentFormat("docx", ".docx", _docx, zip_mutation),
    DocumentFormat("odt", ".odt", odt, zip_mutation),
    DocumentFormat("epub", ".epub", epub, zip_mutation),
    DocumentFormat(
        "pdf",
        ".pdf",
        lambda: _pdf([["Les n\xe9gociations \xe0 Moscou", "(suite)"], ["Cessez-le-feu."]]),
        _bytes_or_text,
    ),
]
_ENCODINGS = [
    "utf-8", "utf-16", "utf-32", "cp1251", "shift_jis", "utf-7", "latin-1", "idna",
    "punycode", "rot13", "hex", "zlib", "base64", "unicode_escape", "utf-8-sig", "mbcs",
    "nonsense", "",
]  # fmt: skip


@dataclass(frozen=True)
class AnnotationFormat:
    name: str  # the fixture folder's name too
    export: str  # the exporter (``exporters.formats``) that writes its sample
    suffix: str
    kind: str  # how to mutate it: "json", "jsonl", "zip", "xml"
    reader: Callable[[Path], Incoming]  # when its name or contents do not say (a .zip)


ANNOTATIONS = [
    AnnotationFormat("w3c", "w3c", ".json", "json", w3c.read),
    AnnotationFormat("project-json", "project-json", ".json", "json", read_incoming),
    AnnotationFormat("label-studio", "label-studio", ".json", "json", ml_formats.read_label_studio),
    AnnotationFormat("doccano", "doccano", ".jsonl", "jsonl", ml_formats.read_doccano),
    AnnotationFormat("brat", "brat", ".zip", "zip", brat.read_brat),
    AnnotationFormat("qdpx", "qdpx", ".qdpx", "zip", refi_qda.read_qdpx),
    AnnotationFormat("qdc", "qdc", ".qdc", "xml", refi_qda.read_qdc),
]


def annotation_mutations(kind: str) -> st.SearchStrategy[Any]:
    if kind in ("json", "jsonl"):
        return st.one_of(json_mutation, json_mutation, byte_ops, text_ops)
    if kind == "zip":
        return zip_mutation
    return text_ops


class Samples:
    """The sample project's files and exports; not a dataclass, so that a failure's report
    does not print every export in full."""

    def __init__(
        self, folder: Path, sample_project: Path, empty_project: Path, exports: dict[str, bytes]
    ) -> None:
        self.folder = folder
        self.sample_project = sample_project  # closed, copied for each merge
        self.empty_project = empty_project
        self.exports = exports  # exporter name → the sample project in that format

    def __repr__(self) -> str:
        return f"Samples({self.folder})"


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Samples:
    folder = tmp_path_factory.mktemp("fuzz")
    sample, empty = folder / "sample.parallax", folder / "empty.parallax"
    Store.create(sample, fill_sample).close()
    Store.create(empty, lambda s: ProjectService(s).initialise("Empty")).close()
    store = Store.open(sample)
    exports = {}
    try:
        service = ProjectService(store, coder="fuzz")
        for format_ in ANNOTATIONS:
            out = folder / f"export-{format_.export}{format_.suffix}"
            BY_NAME[format_.export].write(service, out)
            exports[format_.export] = out.read_bytes()
    finally:
        store.close()
    return Samples(folder, sample, empty, exports)


# -- the properties --------------------------------------------------------------------


def _event(what: str) -> None:
    """Counted in ``--hypothesis-show-statistics`` (the kept crashers run outside it)."""
    if currently_in_test_context():
        event(what)


def _digest(path: Path) -> str:
    """Everything an import or a merge could change: every row of the project's own
    tables, in rowid order, with the counts and the last ids handed out."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = hashlib.sha256()
        for table in ("document", "tag", "tagalias", "annotation", "annotationtag",
                      "dismissal", "meta", "sqlite_sequence"):  # fmt: skip
            rows = connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            found.update(repr((table, len(rows), rows)).encode("utf-8", "surrogatepass"))
        return found.hexdigest()
    finally:
        connection.close()


@contextlib.contextmanager
def project_copy(template: Path, folder: Path) -> Iterator[ProjectService]:
    path = folder / "project.parallax"
    shutil.copyfile(template, path)
    store = Store.open(path)
    try:
        yield ProjectService(store, coder="fuzz")
    finally:
        store.close()


def _save(name: str, file: Path, error: BaseException) -> None:
    """With PARALLAX_FUZZ_SAVE, keep the input that failed (overwritten while shrinking,
    so the last one is the smallest)."""
    if not _SAVE:
        return
    folder = Path(_SAVE) / name
    folder.mkdir(parents=True, exist_ok=True)
    if file.suffix == ".ann":  # a brat pair: kept as the zip of its folder
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for part in sorted(file.parent.iterdir()):
                if part.suffix in (".ann", ".txt", ".conf"):  # not the project copy
                    archive.write(part, part.name)
        (folder / f"{type(error).__name__}.zip").write_bytes(buffer.getvalue())
    else:
        shutil.copyfile(file, folder / f"{type(error).__name__}{file.suffix}")


def check_document(
    path: Path, template: Path, *, encoding: str | None = None, reviewable: bool = False
) -> None:
    """Reading ``path`` succeeds or raises ImportFailure; a successful read imports into
    a copy of ``template`` (or is a duplicate); a failed import changes nothing."""
    if reviewable:  # what the encoding review shows before an import
        for look in (lambda: guess(path), lambda: preview(path, encoding or "utf-8")):
            with contextlib.suppress(*DOCUMENT_ERRORS), limited(f"previewing {path.name}"):
                look()
    try:
        with limited(f"reading {path.name}"):
            read_file(path, encoding=encoding)
    except DOCUMENT_ERRORS:
        _event("refused")
        return
    _event("read")
    with project_copy(template, path.parent) as service:
        before = _digest(service.store.path)
        with limited(f"importing {path.name}"):
            outcome = Importer(service).import_file(path, encoding=encoding)
        assert outcome.status in ("imported", "duplicate"), outcome.message
        changed = _digest(service.store.path) != before
        assert changed == (outcome.status == "imported"), outcome


def check_annotations(path: Path, template: Path, fallback: Callable[[Path], Incoming]) -> None:
    """Reading ``path`` succeeds or raises its reader's named errors; what was read
    previews without a change and merges into a copy of ``template``, or is refused with
    ``ProjectError`` and changes nothing."""
    with limited(f"telling the format of {path.name}"):
        chosen = annotation_format(path)
    reader = chosen.read if chosen is not None else fallback
    errors = ERRORS[chosen.name] if chosen is not None else (IncomingError,)
    try:
        with limited(f"reading {path.name}"):
            incoming = reader(path)
    except errors:
        _event("refused")
        return
    _event(f"read: {len(incoming.annotations)} annotations")
    assert isinstance(incoming, Incoming)
    with project_copy(template, path.parent) as service:
        before = _digest(service.store.path)
        with limited(f"previewing the merge of {path.name}"):
            merging.preview(service, incoming)
        assert _digest(service.store.path) == before, "a preview changed the project"
        try:
            with limited(f"merging {path.name}"):
                result = merging.merge(service, incoming)
            _event(f"merged: {len(result.annotations)} added, {len(result.replaced)} replaced")
        except MERGE_ERRORS:
            _event("merge refused")
            assert _digest(service.store.path) == before, "a refused merge changed the project"


def check_project_import(path: Path, template: Path) -> None:
    """A project file imports whole into an empty project or is refused, changing nothing."""
    with project_copy(template, path.parent) as service:
        before = _digest(service.store.path)
        try:
            with limited(f"importing {path.name}"):
                import_project(service, path)
        except ProjectImportError:
            assert _digest(service.store.path) == before, "a refused import changed the project"


def _guarded(name: str, file: Path, check: Callable[[], None]) -> None:
    try:
        with warnings.catch_warnings():
            # The app does not treat a library's warning as an error; pytest would.
            warnings.simplefilter("ignore")
            check()
    except BaseException as error:
        _save(name, file, error)
        raise


@pytest.mark.parametrize("format_", DOCUMENTS, ids=lambda f: f.name)
@budget(examples=100)
@given(data=st.data())
def test_mutated_documents_are_read_or_refused_by_name(
    samples: Samples, format_: DocumentFormat, data: st.DataObject
) -> None:
    mutation = data.draw(format_.mutations, label="mutation")
    encoding = None
    if format_.reviewable and data.draw(st.integers(0, 7), label="choose encoding") == 0:
        encoding = data.draw(st.sampled_from(_ENCODINGS), label="encoding")
    template = samples.sample_project if data.draw(st.booleans()) else samples.empty_project
    sample = format_.sample()
    mutated = (
        mutate_zip(sample, mutation)
        if isinstance(mutation, ZipMutation)
        else mutate_bytes(sample, mutation)
    )
    with tempfile.TemporaryDirectory(dir=samples.folder) as folder:
        file = Path(folder) / f"fuzzed{format_.suffix}"
        file.write_bytes(mutated)
        _guarded(
            format_.name,
            file,
            lambda: check_document(
                file, template, encoding=encoding, reviewable=format_.reviewable
            ),
        )


@pytest.mark.parametrize("format_", ANNOTATIONS, ids=lambda f: f.name)
@budget(examples=100)
@given(data=st.data())
def test_mutated_annotation_files_are_read_or_refused_by_name(
    samples: Samples, format_: AnnotationFormat, data: st.DataObject
) -> None:
    sample = samples.exports[format_.export]
    mutation = data.draw(annotation_mutations(format_.kind), label="mutation")
    template = samples.sample_project if data.draw(st.booleans()) else samples.empty_project
    if isinstance(mutation, JsonMutation):
        if format_.kind == "jsonl":
            value = [json.loads(line) for line in sample.decode().splitlines() if line.strip()]
        else:
            value = json.loads(sample)
        mutated = json_bytes(
            mutate_json(value, mutation.ops), mutation, lines=format_.kind == "jsonl"
        )
    elif isinstance(mutation, ZipMutation):
        mutated = mutate_zip(sample, mutation)
    else:
        mutated = mutate_bytes(sample, mutation)
    with tempfile.TemporaryDirectory(dir=samples.folder) as folder:
        file = Path(folder) / f"fuzzed{format_.suffix}"
        file.write_bytes(mutated)

        def check() -> None:
            check_annotations(file, template, format_.reader)
            if format_.name == "project-json":
                check_project_import(file, samples.empty_project)

        _guarded(format_.name, file, check)


@budget(examples=100)
@given(ann=text_ops, txt=st.one_of(st.just([]), byte_ops), conf=st.booleans())
def test_mutated_brat_pairs_are_read_or_refused_by_name(
    samples: Samples, ann: list[tuple[Any, ...]], txt: list[tuple[Any, ...]], conf: bool
) -> None:
    """A lone .ann beside its .txt (and maybe a visual.conf), as brat keeps them."""
    with zipfile.ZipFile(io.BytesIO(samples.exports["brat"])) as archive:
        names = sorted(n for n in archive.namelist() if n.endswith(".ann"))
        stem = names[0][:-4]
        pair = {
            ".ann": mutate_bytes(archive.read(f"{stem}.ann"), ann),
            ".txt": mutate_bytes(archive.read(f"{stem}.txt"), txt),
        }
        visual = next(
            (archive.read(n) for n in archive.namelist() if n.endswith("visual.conf")), b""
        )
    with tempfile.TemporaryDirectory(dir=samples.folder) as folder:
        for suffix, body in pair.items():
            (Path(folder) / f"doc{suffix}").write_bytes(body)
        if conf:
            (Path(folder) / "visual.conf").write_bytes(mutate_bytes(visual, ann))
        file = Path(folder) / "doc.ann"
        _guarded(
            "brat-pair",
            file,
            lambda: check_annotations(file, samples.sample_project, brat.read_brat),
        )


# -- the crashers found, replayed -------------------------------------------------------


# Kept inputs whose fix lies outside the importers: failing, as they should, until it is
# made (strict: the test says so once they pass).
OPEN: dict[str, str] = {}


def _kept() -> list[Any]:
    kept = []
    for path in sorted(p for p in FUZZ_DATA.rglob("*") if p.is_file() and p.name != "README.md"):
        name = path.relative_to(FUZZ_DATA).as_posix()
        why = OPEN.get(name)
        marks = [pytest.mark.xfail(raises=Hang, strict=True, reason=why)] if why else []
        kept.append(pytest.param(path, id=name, marks=marks))
    return kept


@pytest.mark.parametrize("path", _kept())
def test_every_kept_crasher_is_refused_by_name(
    samples: Samples, path: Path, tmp_path: Path
) -> None:
    """Each input that once broke a reader, read again as the fuzz tests read it, into
    both projects: the folder names the format (``ANNOTATIONS`` and ``DOCUMENTS``), and
    ``.enc-NAME`` before the suffix the encoding chosen for it, if one was."""
    file = tmp_path / path.name
    shutil.copyfile(path, file)
    chosen = re.search(r"\.enc-([\w-]+)$", path.stem)
    annotations = {f.name: f for f in ANNOTATIONS}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for template in (samples.sample_project, samples.empty_project):
            if path.parent.name in annotations:
                check_annotations(file, template, annotations[path.parent.name].reader)
            else:
                assert path.parent.name in {f.name for f in DOCUMENTS}, path
                encoding = chosen.group(1) if chosen else None
                check_document(file, template, encoding=encoding, reviewable=True)
        if path.parent.name == "project-json":
            check_project_import(file, samples.empty_project)
