"""The REFI-QDA reader's line path for projects laid out as our exports lay them out
(``importers/refi_qda_lines.py``) reads exactly what the general way reads: the same
Incoming, or the same message refusing the file, for our export and for projects whose
project.qde differs from it in one selection, in what is around the selections, or in
their layout."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop.core.exporters.refi_qda import export_qdpx
from desktop.core.importers import refi_qda
from desktop.core.incoming import IncomingError
from desktop.core.project import ProjectService
from desktop.core.store import Store

Read = tuple[Any, str | None]  # the Incoming, or the message


def _read(path: Path, lines: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[Read, int]:
    """What the reader gives (or its message), and how many runs were read as text."""
    runs: list[int] = []
    with monkeypatch.context() as patched:
        if lines:
            real = refi_qda._Reader.run

            def counted(reader: Any, number: int, *args: Any) -> None:
                runs.append(number)
                real(reader, number, *args)

            patched.setattr(refi_qda._Reader, "run", counted)
        else:
            patched.setattr(refi_qda, "_project_lines", lambda path: None)
        try:
            incoming = refi_qda.read_qdpx(path)
        except IncomingError as error:
            return (None, str(error)), len(runs)
    return (incoming, None), len(runs)


def _same_both_ways(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Read, int]:
    lines, runs = _read(path, True, monkeypatch)
    general, _ = _read(path, False, monkeypatch)
    assert lines == general
    return lines, runs


@pytest.fixture
def exported(empty_store: Store, tmp_path: Path) -> Path:
    """Our export of a project whose selections have every part the template has or
    lacks: codings (one, two, none), notes with characters XML escapes, coders."""
    service = ProjectService(empty_store, coder="ana")
    service.initialise("Lines")
    texts = [
        "Thổ Nhĩ Kỳ kêu gọi\nngừng bắn 😀 ở Nagorno-Karabakh. Rusia menyerukan gencatan.",
        "Liên Hợp Quốc họp khẩn cấp về thương vong. Azerbaijan dan Armenia saling tuduh.",
    ]
    documents = [service.add_document(f"D{n}", t).id for n, t in enumerate(texts)]
    tags = [service.codebook.create_tag(f"Tag {n}", ("actor", "theme")[n % 2]).id
            for n in range(3)]  # fmt: skip
    plan = [  # document, start, end, tags, note, coder
        (0, 0, 10, [tags[0]], "", "ana"),
        (0, 11, 30, [tags[0], tags[1]], 'a <b> & "note"\nover two lines', "ana"),
        (0, 5, 40, [], "", "binh"),
        (1, 0, 14, [], "only a note", "ana"),
        (1, 20, 50, [tags[2]], "  ", ""),
        (1, 3, 9, [tags[1]], "x > y", "chi"),
    ]
    for document, start, end, tag_ids, note, coder in plan:
        service.create_annotation(documents[document], start, end, tag_ids, note=note,
                                  coder=coder)  # fmt: skip
    path = tmp_path / "ours.qdpx"
    export_qdpx(service, path)
    return path


def _changed(path: Path, change: Any) -> Path:
    """A copy of the archive whose project.qde is ``change(text)``."""
    out = path.with_name("changed.qdpx")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "project.qde":
                data = change(data.decode("utf-8")).encode("utf-8")
            target.writestr(info, data)
    return out


def test_our_export_is_read_as_text(exported: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (incoming, _), runs = _same_both_ways(exported, monkeypatch)
    assert runs == 2  # one run of selections a document
    assert len(incoming.annotations) == 6
    notes = {a.note for a in incoming.annotations}
    assert {'a <b> & "note"\nover two lines', "only a note", "x > y", ""} == notes


def _in_selection(number: int, old: str, new: str) -> Any:
    def change(text: str) -> str:
        at = [m.start() for m in re.finditer("<PlainTextSelection ", text)][number]
        ends = [e for e in (text.find("<PlainTextSelection ", at + 1),
                            text.find("</TextSource>", at)) if e >= 0]  # fmt: skip
        end = min(ends)
        part = text[at:end]
        return text[:at] + part.replace(old, new, 1) + text[end:]

    return change


SELECTION_CHANGES: dict[str, tuple[str, str]] = {
    "start not a number": ('startPosition="', 'startPosition="x'),
    "start padded": ('startPosition="', 'startPosition=" '),
    "empty": ('endPosition="', 'endPosition="1" was="'),
    "end outside": ('endPosition="', 'endPosition="9999'),
    "no guid": ('guid="', 'guid="" was="'),
    "unknown code": ('targetGUID="', 'targetGUID="f'),
    "no code": ('targetGUID="', 'targetGUID="" was="'),
    "no creating user": ('creatingUser="', 'creatingUser="" was="'),
    "no creation time": ('creationDateTime="', 'creationDateTime="" was="'),
    "bad time": ('modifiedDateTime="', 'modifiedDateTime="x'),
    "an entity in the note": ("<Description>", "<Description>&#38;"),
    "a CR in the note": ("<Description>", "<Description>\r"),
    "a tab in an attribute": ('name="', 'name="\t'),
    "an attribute more": ("<PlainTextSelection ", '<PlainTextSelection extra="1" '),
    "a note reference": (
        "</PlainTextSelection>",
        '  <NoteRef targetGUID="x" />\n      </PlainTextSelection>',
    ),
    "another indent": ("<PlainTextSelection ", " <PlainTextSelection "),
    "not well-formed": ("<PlainTextSelection ", "<PlainTextSelection <"),
    "upper-case guid": ('guid="0', 'guid="{0'),
}


@pytest.mark.parametrize("name", list(SELECTION_CHANGES))
@pytest.mark.parametrize("number", [0, 1, 2, 5])
def test_a_changed_selection_reads_the_same_both_ways(
    name: str, number: int, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = SELECTION_CHANGES[name]
    _same_both_ways(_changed(exported, _in_selection(number, old, new)), monkeypatch)


def _same_guid(text: str) -> str:
    guids = re.findall(r'<PlainTextSelection guid="([^"]+)"', text)
    return text.replace(guids[3], guids[1])


def _text_missing(text: str) -> str:
    return text.replace('plainTextPath="internal://', 'plainTextPath="internal://gone-', 1)


def _codings_by_two_users(text: str) -> str:
    """The second selection (two codings) names no creating user; its codings name two."""
    users = re.findall(r'<User guid="([^"]+)"', text)
    at = [m.start() for m in re.finditer("<PlainTextSelection ", text)][1]
    end = text.find("</PlainTextSelection>", at)
    part = re.sub(r'(<PlainTextSelection [^>]*?)creatingUser="[^"]*"', r'\1creatingUser=""',
                  text[at:end])  # fmt: skip
    codings = [m.start() for m in re.finditer("<Coding ", part)]
    assert len(codings) == 2 and len(users) >= 2
    second = part[codings[1] :]
    second = re.sub(r'creatingUser="[^"]*"', f'creatingUser="{users[1]}"', second, count=1)
    first = re.sub(r'creatingUser="[^"]*"', f'creatingUser="{users[0]}"', part[: codings[1]][
        part.index("<Coding ") :], count=1)  # fmt: skip
    part = part[: part.index("<Coding ")] + first + second
    return text[:at] + part + text[end:]


PROJECT_CHANGES: dict[str, Any] = {
    "codings by two users": _codings_by_two_users,
    "the same guid twice": _same_guid,
    "a text missing": _text_missing,
    "a text outside the archive": lambda t: t.replace(
        'plainTextPath="internal://', 'plainTextPath="file:///x/', 1
    ),
    "a coding of the whole document": lambda t: t.replace(
        "\n    </TextSource>",
        '\n      <Coding guid="00000000-0000-4000-8000-00000000c0de">\n        <CodeRef '
        'targetGUID="x" />\n      </Coding>\n    </TextSource>',
        1,
    ),
    "the marker's name in a title": lambda t: t.replace('name="D0"', 'name="ParallaxLines"'),
    "not well-formed around": lambda t: t.replace("</Sources>", "</Source>"),
    "CRLF": lambda t: t.replace("\n", "\r\n"),
    "another declaration": lambda t: t.replace("encoding='utf-8'", 'encoding="utf-8"'),
    "a selection in a comment": lambda t: t.replace(
        "\n    </TextSource>", "\n<!-- -->\n    </TextSource>", 1
    ),
    "a run in a comment": lambda t: t.replace(
        "<TextSource ", '<!--\n      <PlainTextSelection guid="a" -->\n    <TextSource ', 1
    ),
    "another namespace": lambda t: t.replace("<TextSource ", '<TextSource xmlns="urn:other" ', 1),
}


@pytest.mark.parametrize("name", list(PROJECT_CHANGES))
def test_a_changed_project_reads_the_same_both_ways(
    name: str, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _same_both_ways(_changed(exported, PROJECT_CHANGES[name]), monkeypatch)
