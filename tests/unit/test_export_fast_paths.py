"""The large exports' fast paths give exactly what their plain builders give.

The W3C and REFI-QDA exports write their files from flat rows and text templates
(``exporters/rows.py``); ``w3c.build`` and ``refi_qda.build_project`` build the same
documents as dicts and ElementTree elements, the readable reference. Here both ways run on
a project made to be awkward (characters JSON and XML escape, ids that are not GUIDs, ties,
orphans, times with fractions), and must agree byte for byte.
"""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.core.exporters import ml_formats, refi_qda, reporting, rows, tables, w3c, zip_members
from desktop.core.exporters.spreadsheet_csv import csv_bytes
from desktop.core.model import Annotation
from desktop.core.project import ProjectService
from desktop.core.service_base import aware
from desktop.core.store import Store
from tests.golden_project import frozen_datetime

EXPORTED = datetime(2026, 2, 3, 4, 5, 6, tzinfo=UTC)
AWKWARD = 'say "hi" \\ <b>&amp;</b>\tthen\r\nnext \x07 \u2028 😀 سلام \ufffe end'


def awkward_project(store: Store) -> ProjectService:
    service = ProjectService(store, coder="ana")
    first = service.add_document(
        'Title with "quotes" & <tags>\t😀', f"Intro 😀. {AWKWARD} " * 3, language="vi"
    )
    second = service.add_document("No language", "Short text, two words.", uuid="not-a-guid")
    service.add_document("Never annotated", "Nothing here.")
    book = service.codebook
    actor = book.create_tag("Same name", "actor", description="A & B <c>")
    theme = book.create_tag("Same name", "theme", colour="#4daf4a")
    child = book.create_tag('Child "x"', "actor", parent_id=actor.id, uuid="tag-not-guid")
    text = service.document_text(first.id)
    start = text.index("say")
    service.create_annotation(first.id, start, start + 70, [theme.id, actor.id], note=AWKWARD)
    service.create_annotation(first.id, start, start + 70, [child.id], coder="")  # a tie
    service.create_annotation(first.id, 0, 5, [], coder="unknown")  # a highlight
    service.create_annotation(first.id, 2, 9, [], note="only a note", uuid="odd uuid")
    gone = service.create_annotation(second.id, 0, 5, [actor.id], coder="bình")
    service.create_annotation(second.id, 6, 10, [actor.id, theme.id, child.id], note="\n")
    with store.write() as session:
        session.execute(update(Annotation).where(Annotation.id == gone.id).values(orphan=True))
        later = datetime(2026, 3, 4, 5, 6, 7, 891011, tzinfo=UTC)
        session.execute(update(Annotation).where(Annotation.coder == "").values(updated_at=later))
    return service


@pytest.fixture(autouse=True)
def frozen_export_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(w3c, "datetime", frozen_datetime(EXPORTED))
    monkeypatch.setattr(refi_qda, "datetime", frozen_datetime(EXPORTED))


@pytest.fixture
def awkward(empty_store: Store) -> ProjectService:
    return awkward_project(empty_store)


def _reference_w3c(service: ProjectService) -> bytes:
    annotations = [a for a in service.annotations() if not a.orphan]
    return w3c.dumps(
        w3c.build(
            service.info(), service.documents(), service.tags(), annotations, generated=EXPORTED
        )
    )


def test_w3c_export_is_what_build_gives(awkward: ProjectService, tmp_path: Path) -> None:
    out = tmp_path / "a.json"
    assert w3c.export(awkward, out) == 5
    assert out.read_bytes() == _reference_w3c(awkward)


def test_w3c_export_of_an_empty_project(empty_store: Store, tmp_path: Path) -> None:
    service = ProjectService(empty_store)
    out = tmp_path / "a.json"
    assert w3c.export(service, out) == 0
    assert b'"items": []' in out.read_bytes()


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _reference_qdpx(service: ProjectService) -> dict[str, bytes]:
    root, texts, _ = refi_qda.build_project(service)
    return {"project.qde": refi_qda._xml(root)} | {n: t.encode() for n, t in texts.items()}


def test_qdpx_export_is_what_build_project_gives(awkward: ProjectService) -> None:
    data, count = refi_qda.project_bytes(awkward)
    assert count == 5
    assert _members(data) == _reference_qdpx(awkward)


def test_qdpx_of_an_empty_project(empty_store: Store) -> None:
    service = ProjectService(empty_store)
    data, count = refi_qda.project_bytes(service)
    assert count == 0
    assert _members(data) == _reference_qdpx(service)


def test_qdpx_when_a_stored_value_holds_the_splice_marker(
    awkward: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(refi_qda, "_SPLICE", "Same name")  # found in the codebook too
    data, _ = refi_qda.project_bytes(awkward)
    assert _members(data) == _reference_qdpx(awkward)


def test_qdpx_too_large_to_stream_is_written_whole(
    awkward: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[str] = []
    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 2000)  # writestr then gives ZIP64 fields

    def whole(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
        written.append(name)
        original(archive, name, data)

    original = zipfile.ZipFile.writestr
    monkeypatch.setattr(zipfile.ZipFile, "writestr", whole)
    data, _ = refi_qda.project_bytes(awkward)
    assert written[0] == "project.qde"
    assert _members(data) == _reference_qdpx(awkward)


def test_streamed_member_is_the_same_as_writestr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zip_members, "BATCH", 300_000)  # a few batches, the last one short
    pieces = [f"<piece {n}> ünïcödé 😀\n".encode() * 5000 for n in range(20)]

    def archive(streamed: bool) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as made:
            if streamed:
                zip_members.write_streamed(made, "a.xml", iter(pieces))
            else:
                made.writestr("a.xml", b"".join(pieces))
        return buffer.getvalue()

    streamed, whole = archive(True), archive(False)
    assert _members(streamed) == _members(whole)
    with zipfile.ZipFile(io.BytesIO(streamed)) as a, zipfile.ZipFile(io.BytesIO(whole)) as b:
        (first,), (second,) = a.infolist(), b.infolist()
        for field in ("compress_type", "external_attr", "flag_bits", "extra", "CRC"):
            assert getattr(first, field) == getattr(second, field), field


def test_streamed_member_passes_on_a_failure() -> None:
    def failing() -> object:
        yield b"x" * 10
        raise OSError("disk gone")

    with (
        zipfile.ZipFile(io.BytesIO(), "w", compression=zipfile.ZIP_DEFLATED) as made,
        pytest.raises(OSError, match="disk gone"),
    ):
        zip_members.write_streamed(made, "a.xml", failing())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "name", ["", "coding/a/b", "user/ana", "kind/actor", "ünï/😀", "x" * 300, "odd uuid/🙂"]
)
def test_uuid5_is_the_standard_one(name: str) -> None:
    namespace = uuid.UUID("00000000-0000-4000-8000-000000000001")
    assert refi_qda._uuid5(namespace.bytes, name) == str(uuid.uuid5(namespace, name))
    other = uuid.uuid4()
    assert refi_qda._uuid5(other.bytes, name) == str(uuid.uuid5(other, name))


@pytest.mark.parametrize(
    "stored",
    [
        "2026-01-02 03:04:05.000000",
        "2026-01-02 03:04:05.999999",
        "2026-12-31 23:59:59",
        "2026-01-02T03:04:05",
        "2026-01-02 03:04:05+02:00",
        "2026-01-02 03:04:05.123456-05:30",
        "2026-01-02",
        "0999-01-02 03:04:05.000000",
    ],
)
def test_stored_times_are_formatted_as_through_the_model(stored: str) -> None:
    # The model reads a stored time with fromisoformat; the exports format it in UTC.
    expected = aware(datetime.fromisoformat(stored)).astimezone(UTC)
    assert rows.utc_seconds(stored) == expected.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert rows.Stamps()[stored] == rows.utc_seconds(stored)


def test_a_stored_time_the_model_cannot_read_is_refused() -> None:
    with pytest.raises(ValueError):
        rows.utc_seconds("2026-13-02 03:04:05.000000")


def test_times_stored_from_other_zones_are_utc(empty_store: Store) -> None:
    service = ProjectService(empty_store, coder="ana")
    document = service.add_document("T", "Some text here.")
    made = service.create_annotation(document.id, 0, 4)
    moment = datetime(2026, 5, 6, 7, 8, 9, 123, tzinfo=timezone(timedelta(hours=7)))
    with empty_store.write() as session:
        session.execute(update(Annotation).values(created_at=moment))
    found, _ = rows.snapshot(service, None)
    (row,) = found.annotations.rows
    assert row[0] == made.id
    assert rows.utc_seconds(row[10]) == "2026-05-06T00:08:09Z"


def test_segments_are_written_a_batch_at_a_time_as_whole(
    awkward: ProjectService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rows, "BATCH", 2)  # several batches, the last one short
    segments = tables.segments(awkward)
    assert len(segments) > 2 * rows.BATCH
    assert tables.export_segments_json(awkward, tmp_path / "s.json") == len(segments)
    expected = json.dumps(segments, ensure_ascii=False, indent=1) + "\n"
    assert (tmp_path / "s.json").read_bytes() == expected.encode("utf-8")
    assert tables.export_segments_csv(awkward, tmp_path / "s.csv") == len(segments)
    table = [[row[f] for f in tables.SEGMENT_FIELDS] for row in segments]
    assert (tmp_path / "s.csv").read_bytes() == csv_bytes(tables.SEGMENT_FIELDS, table)


def test_segments_of_an_empty_project(empty_store: Store, tmp_path: Path) -> None:
    service = ProjectService(empty_store)
    assert tables.export_segments_json(service, tmp_path / "s.json") == 0
    assert (tmp_path / "s.json").read_bytes() == b"[]\n"
    assert tables.export_segments_csv(service, tmp_path / "s.csv") == 0
    assert (tmp_path / "s.csv").read_bytes() == csv_bytes(tables.SEGMENT_FIELDS, [])


def test_label_studio_tasks_are_written_one_at_a_time_as_whole(
    awkward: ProjectService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rows, "BATCH", 1)  # results written a few at a time
    found, counter = rows.snapshot(awkward, None, with_texts=True)
    tasks = []
    for task, made in ml_formats.label_studio_tasks(found, counter, reporting.Made([], counter)):
        results = list(made)
        tasks.append(task | {"annotations": [{"result": results}]} if results else task)
    assert len(tasks) == 3 and sum("annotations" in task for task in tasks) == 2
    assert ml_formats.export_label_studio(awkward, tmp_path / "t.json") == 3
    expected = json.dumps(tasks, ensure_ascii=False, indent=2) + "\n"
    assert (tmp_path / "t.json").read_bytes() == expected.encode("utf-8")
    empty = ProjectService(Store.create(tmp_path / "e.parallax", lambda s: None))
    assert ml_formats.export_label_studio(empty, tmp_path / "e.json") == 0
    assert (tmp_path / "e.json").read_bytes() == b"[]\n"
