"""Core messages: English exactly as before wherever they are read as text, with what a
translation needs (context, template, fields) kept beside it."""

from __future__ import annotations

import ast
import pickle
import re
from pathlib import Path

import pytest

from desktop.core import recovery
from desktop.core.backups import BackupInfo
from desktop.core.importers.base import ImportFailure
from desktop.core.importers.problems import Problems
from desktop.core.importing import Importer
from desktop.core.incoming import IncomingError
from desktop.core.messages import (
    QT_TRANSLATE_NOOP,
    Count,
    Joined,
    Message,
    joined,
    message_of,
    plural,
)
from desktop.core.project import ProjectService
from desktop.core.store import ProjectFileError, Store, check_project_file

CORE = Path(__file__).resolve().parents[2] / "desktop" / "core"


def test_a_message_is_its_english_text_and_keeps_its_template() -> None:
    template = QT_TRANSLATE_NOOP("ImportFailure", "is not valid {encoding}: byte {byte}")
    assert template == "is not valid {encoding}: byte {byte}"
    made = template.format(encoding="utf-8", byte="0xFF")
    assert made == "is not valid utf-8: byte 0xFF" and isinstance(made, str)
    assert (made.context, made.template) == ("ImportFailure", template)
    assert made.fields == {"encoding": "utf-8", "byte": "0xFF"}
    assert f"a.txt {made}." == "a.txt is not valid utf-8: byte 0xFF."
    assert made.upper() == "IS NOT VALID UTF-8: BYTE 0XFF" and not isinstance(made.upper(), Message)
    with pytest.raises(TypeError):
        template.format("positional")


def test_counts_plurals_and_joined_lines_read_as_before() -> None:
    one, many = (QT_TRANSLATE_NOOP("T", "{n} problem"), QT_TRANSLATE_NOOP("T", "{n} problems"))
    assert plural(1, one, many) == "1 problem"
    assert plural(1200, one, many) == "1,200 problems"
    assert str(Count(1234567)) == "1,234,567" and f"{Count(5):03d}" == "005"
    lines = joined([one.format(n=Count(2)), "plain", plural(3, one, many)])
    assert lines == "2 problem\nplain\n3 problems" and isinstance(lines, Joined)
    assert lines.parts[2].fields == {"n": 3}
    assert joined(("  - ", "x"), "") == "  - x"


@pytest.mark.parametrize(
    "value",
    [
        QT_TRANSLATE_NOOP("C", "{file} is {what}").format(
            file="a", what=QT_TRANSLATE_NOOP("C", "x")
        ),
        joined([QT_TRANSLATE_NOOP("C", "a"), "b"], "; "),
        plural(4, QT_TRANSLATE_NOOP("C", "{n} file"), QT_TRANSLATE_NOOP("C", "{n} files")),
    ],
)
def test_messages_survive_pickling_whole(value: Message) -> None:
    again = pickle.loads(pickle.dumps(value))
    assert again == value and type(again) is type(value)
    assert (again.context, again.template, dict(again.fields)) == (
        value.context,
        value.template,
        dict(value.fields),
    )


def test_an_error_says_its_message_and_keeps_it() -> None:
    made = QT_TRANSLATE_NOOP("ImportFailure", "is empty")
    error = ImportFailure(made)
    assert str(error) == "is empty" and message_of(error) is made
    plain = ValueError("a", "b")
    assert message_of(plain) == str(plain)


def test_problems_read_as_before_and_each_line_is_translatable() -> None:
    problems = Problems(limit=2)
    for number in range(1, 1203):
        problems.add(f"line {number}", "is not valid JSON")
    problems.add("", "says where itself")
    with pytest.raises(IncomingError) as raised:
        problems.raise_if_any("notes.jsonl", "doccano JSONL")
    assert str(raised.value) == (
        "notes.jsonl cannot be imported as doccano JSONL:\n"
        "  - line 1: is not valid JSON\n"
        "  - line 2: is not valid JSON\n"
        "  … and 1,201 more problems."
    )
    said = raised.value.args[0]
    assert isinstance(said, Joined)
    assert said.parts[0].template == "{file} cannot be imported as {format}:"
    assert said.parts[1].parts[1].template == "{where}: {what}"
    assert said.parts[3].parts[1].fields == {"n": 1201}


def test_an_import_outcome_says_why_in_a_message(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "p.parallax")
    try:
        empty = tmp_path / "empty.txt"
        empty.write_text("  \n", encoding="utf-8")
        outcome = Importer(ProjectService(store)).import_file(empty)
        assert (outcome.status, outcome.message) == ("failed", "is empty")
        assert isinstance(outcome.message, Message) and outcome.message.context == "ImportFailure"
        good = tmp_path / "good.txt"
        good.write_text("Ankara called for a ceasefire.", encoding="utf-8")
        done = Importer(ProjectService(store)).import_file(good, language="en")
        assert done.message == "30 characters, language en, read as utf-8"
        assert isinstance(done.message, Joined)
    finally:
        store.close()


def test_a_project_file_refusal_names_the_file_in_a_message(tmp_path: Path) -> None:
    folder = tmp_path / "folder.parallax"
    folder.mkdir()
    with pytest.raises(ProjectFileError) as raised:
        check_project_file(folder)
    assert str(raised.value) == f"{folder} is a folder, not a Parallax project file."
    said = raised.value.args[0]
    assert said.context == "ProjectFile" and said.fields == {"path": folder}


def test_the_rescue_offer_reads_as_before(tmp_path: Path) -> None:
    path = tmp_path / "gone.parallax"
    backup = BackupInfo(tmp_path / "b.parallax", _when(), 10, documents=1, annotations=1200)
    rescue = recovery.Rescue(path, "It is damaged.", (backup,), backup)
    offer = rescue.offer()
    assert offer.startswith("It is damaged.\n\nThe newest backup that is intact is from ")
    assert "(1 document, 1,200 annotations). Restore it?" in offer
    assert isinstance(offer, Joined)
    none = recovery.Rescue(path, "It is damaged.", (backup, backup), None)
    assert none.no_backup() == "Its 2 backups cannot be restored either."


def _when():  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    return datetime(2026, 1, 2, 3, 4, tzinfo=UTC)


MARKER = re.compile(r'QT_TRANSLATE_NOOP\(\s*"(\w+)",\s*((?:"(?:[^"\\]|\\.)*"\s*)+),?\s*\)')


def test_every_marked_template_formats_with_named_fields_only() -> None:
    """A stray brace or a positional field would fail only when the message is raised."""
    found = 0
    for path in CORE.rglob("*.py"):
        for match in MARKER.finditer(path.read_text(encoding="utf-8")):
            parts = re.findall(r'"(?:[^"\\]|\\.)*"', match.group(2))
            text = "".join(ast.literal_eval(part) for part in parts)
            names = re.findall(r"\{([^{}]*)\}", text)
            assert all(re.fullmatch(r"[a-z_]+", n) for n in names), (path.name, text)
            text.format(**dict.fromkeys(names, "x"))
            found += 1
    assert found > 140
