"""The selections of a ``.qdpx`` project laid out as our exports lay them out, read from
their text without building an element for each.

Our export (``exporters/refi_qda.py``) writes each annotation as a ``PlainTextSelection``
from a template, in runs inside their ``TextSource``. Parsing 100,000 of them into
elements and reading those took two seconds. Here each run that fits the template
(``_SELECTION``) is put aside and a marker element (``ParallaxLines``) takes its place;
the rest of the file (users, codebook, notes, sources) is parsed as ever, and the reader
reads a run's selections where it meets its marker, from what the template matched,
through the same steps as an element's (``_Reader.selected``).

What the template fixes needs no parsing: it holds no entity but the few our export
writes, no character XML refuses, no whitespace an XML parser would change. A run that
does not fit, a marker the reader does not meet, or any problem while reading this way
returns the file to the general way, which reads it whole: its results and messages are
the ones the user gets. tests/unit/test_refi_qda_lines.py holds the two ways equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DECLARATION = b"<?xml version='1.0' encoding='utf-8'?>\n"  # as ElementTree writes it
MARKER = "ParallaxLines"

# Characters an attribute value may hold as they are: no markup, no entity, no whitespace
# a parser normalises, nothing XML refuses (``exporters/refi_qda._safe`` replaces those).
_PLAIN = r"\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff"
_VALUE = rf'([^"<&\t\n\r{_PLAIN}]*+)'
_NAME = rf'(?:[^"<&\t\n\r{_PLAIN}]|&(?:amp|lt|gt|quot|#10|#13|#09);)*+'  # not read
_TEXT = rf"((?:[^<>&\r{_PLAIN}]|&(?:amp|lt|gt);)*+)"
_CODING = (
    r'\n        <Coding guid="[^"<&\t\n\r{P}]*+" creatingUser="[^"<&\t\n\r{P}]*+" '
    r'creationDateTime="[^"<&\t\n\r{P}]*+">\n          <CodeRef targetGUID="[^"<&\t\n\r{P}]*+" />'
    r"\n        </Coding>"
).replace("{P}", _PLAIN)
# Groups: guid, start, end, creating user, creation time, modification time, note, codings.
_SELECTION = re.compile(
    rf'\n      <PlainTextSelection guid="{_VALUE}" name="{_NAME}" startPosition="{_VALUE}" '
    rf'endPosition="{_VALUE}" creatingUser="{_VALUE}" creationDateTime="{_VALUE}" '
    rf'modifyingUser="{_VALUE[1:-1]}" modifiedDateTime="{_VALUE}"'
    rf"(?: />|>(?:\n        <Description>{_TEXT}</Description>)?((?:{_CODING})*+)"
    r"\n      </PlainTextSelection>)"
)
_TARGET = re.compile(r'<CodeRef targetGUID="([^"]*)"')
_CODING_ATTRIBUTES = re.compile(r'<Coding guid="[^"]*" creatingUser="([^"]*)" '
                                r'creationDateTime="([^"]*)"')  # fmt: skip
_START = "\n      <PlainTextSelection "
_END = "\n    </TextSource>"


@dataclass(slots=True)
class Split:
    """The project's XML with its runs of selections put aside, and the runs."""

    frame: bytes
    runs: list[list[re.Match[str]]]
    met: set[int] = field(default_factory=set)  # the runs whose marker the reader met


def split(data: bytes) -> Split | None:
    """``data`` (project.qde) with each run of selections that fits the template replaced
    by a marker; None when it is not laid out as our exports lay it out."""
    if not data.startswith(DECLARATION):
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if MARKER in text:
        return None
    pieces: list[str] = []
    runs: list[list[re.Match[str]]] = []
    done = 0
    at = text.find(_START)
    match = _SELECTION.match
    while at >= 0:
        run: list[re.Match[str]] = []
        end = at
        while (found := match(text, end)) is not None:
            run.append(found)
            end = found.end()
        if not run or not text.startswith(_END, end):
            return None
        pieces += [text[done:at], f'\n      <{MARKER} n="{len(runs)}" />']
        runs.append(run)
        done = end
        at = text.find(_START, end)
    if not runs:
        return None
    pieces.append(text[done:])
    return Split("".join(pieces).encode("utf-8"), runs)


def decoded(value: str) -> str:
    """Character data as the template allows it, as an XML parser reads it."""
    if "&" not in value:
        return value
    return value.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def targets(codings: str) -> list[str]:
    """The code each coding names, stripped, as ``_Reader.target`` gives it."""
    return [target.strip() for target in _TARGET.findall(codings)] if codings else []


def first_coding(codings: str) -> tuple[str, str | None]:
    """The first creating user and creation time a coding gives (``_Reader.selection``
    looks there when the selection gives none)."""
    user = time = None
    for coding_user, coding_time in _CODING_ATTRIBUTES.findall(codings):
        user = user or coding_user or None
        time = time or coding_time or None
    return user or "", time
