"""``parallax upload`` / ``download``: a project file to a shared project and back, every row
under its own id, verified; a transfer that cannot finish leaves the receiving side as it was."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main as cli
from desktop.core import transfer
from desktop.core.project import ProjectService
from desktop.core.shared_store import EmptyDatabaseError, SharedStore
from desktop.core.store import Store

pytestmark = pytest.mark.postgres


def _everything(service: ProjectService) -> tuple[Any, ...]:
    texts = tuple(service.document_text(d.id) for d in service.documents())
    annotations = service.annotations()
    return (service.info().uuid, service.info().name, service.info().created_at,
            service.documents(), texts, service.tags(), annotations,
            [a.version for a in annotations], service.coders())  # fmt: skip


def _local(path: Path) -> tuple[Any, ...]:
    store = Store.open(path)
    try:
        return _everything(ProjectService(store))
    finally:
        store.close()


def _shared(url: str) -> tuple[Any, ...]:
    store = SharedStore.open(url)
    try:
        return _everything(ProjectService(store))
    finally:
        store.close()


@pytest.fixture
def worked_on(sample_path: Path) -> Path:
    """The sample with some work of its own: a new note in Vietnamese, edits, a deletion."""
    store = Store.open(sample_path)
    try:
        service = ProjectService(store, coder="Linh")
        document = service.documents()[1]
        tag = service.tags()[0]
        made = service.create_annotation(document.id, 0, 9, [tag.id], note="Đọc lại 🇻🇳")
        service.set_note(made.id, "Đọc lại lần hai 🇻🇳")  # version 2
        service.delete_annotation(service.annotations()[0].id)  # an id gap
    finally:
        store.close()
    return sample_path


def test_upload_then_download_gives_the_same_project(
    worked_on: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["upload", "--project", str(worked_on), pg_url]) == 0
    said = capsys.readouterr().out
    assert "identical on both sides" in said and "annotation" in said and "sha256" in said
    local = _local(worked_on)
    assert _shared(pg_url) == local
    assert 2 in local[7]  # the edited annotation's version came across

    store = SharedStore.open(pg_url)
    try:  # the server's ids carry on after the copied ones
        service = ProjectService(store, coder="Binh")
        before = max(a.id for a in service.annotations())
        made = service.create_annotation(service.documents()[0].id, 0, 5)
        assert made.id == before + 1
    finally:
        store.close()

    copy = tmp_path / "copy.parallax"
    assert cli(["download", pg_url, "--project", str(copy)]) == 0
    assert "Downloaded" in capsys.readouterr().out
    assert _local(copy) == _shared(pg_url)
    store = Store.open(copy)
    try:  # the file's own search index was built from what came down
        results = ProjectService(store).search.search("Azerbaijan")
        assert results.documents
    finally:
        store.close()


def test_nothing_is_overwritten(
    worked_on: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["upload", "--project", str(worked_on), pg_url]) == 0
    before = _shared(pg_url)
    assert cli(["upload", "--project", str(worked_on), pg_url]) == 1
    assert "not empty" in capsys.readouterr().err
    assert _shared(pg_url) == before
    existing = tmp_path / "existing.parallax"
    existing.write_bytes(b"mine")
    assert cli(["download", pg_url, "--project", str(existing)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert existing.read_bytes() == b"mine"


def test_a_copy_that_does_not_verify_keeps_nothing(
    worked_on: Path,
    pg_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = transfer.checks
    calls: list[int] = []

    def one_row_lost(session: Any) -> list[transfer.TableCheck]:
        found = real(session)
        calls.append(1)
        if len(calls) == 1:  # the target's read-back (the source's is tallied as it is copied)
            found[-1] = transfer.TableCheck(found[-1].table, found[-1].rows - 1, "0" * 64)
        return found

    monkeypatch.setattr(transfer, "checks", one_row_lost)
    assert cli(["upload", "--project", str(worked_on), pg_url]) == 1
    assert "did not come out identical" in capsys.readouterr().err
    with pytest.raises(EmptyDatabaseError):  # the tables and all rolled back
        SharedStore.open(pg_url)

    monkeypatch.setattr(transfer, "checks", real)
    assert cli(["upload", "--project", str(worked_on), pg_url]) == 0
    capsys.readouterr()
    calls.clear()
    monkeypatch.setattr(transfer, "checks", one_row_lost)
    copy = tmp_path / "copy.parallax"
    assert cli(["download", pg_url, "--project", str(copy)]) == 1
    assert not copy.exists()
    assert not list(tmp_path.glob(".copy.parallax.*"))  # no half-made file beside it


def test_addresses_that_are_not_postgresql_are_refused(
    worked_on: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["upload", "--project", str(worked_on), "/tmp/elsewhere.parallax"]) == 2
    assert "not a PostgreSQL address" in capsys.readouterr().err


QUERIES = [
    "Azerbaijan", "azerbaijan", "Thổ Nhĩ Kỳ", "tho nhi ky", "ngừng*", '"gencatan senjata"',
    "Armenia -Turki", "Karabakh Rusia", "Nga", "1994", "không*", "zzzz",
]  # fmt: skip


def test_a_shared_project_searches_as_its_file_does(worked_on: Path, pg_url: str) -> None:
    assert cli(["upload", "--project", str(worked_on), pg_url]) == 0
    local, shared = Store.open(worked_on), SharedStore.open(pg_url)
    try:
        here, there = ProjectService(local).search, ProjectService(shared).search
        found = 0
        for query in QUERIES:
            assert there.search(query, everything=True) == here.search(query, everything=True)
            found += len(here.search(query).document_ids)
        assert found > 10  # the queries do find things
        assert there.search("đọc lại").notes  # the uploaded note, diacritics folded
    finally:
        local.close()
        shared.close()


@pytest.mark.parametrize("form", ["w3c", "project-json", "qdpx", "csv", "doccano", "brat"])
def test_a_shared_project_exports_what_its_file_exports(
    worked_on: Path, pg_url: str, tmp_path: Path, form: str
) -> None:
    from desktop.core.exporters.formats import BY_NAME

    assert cli(["upload", "--project", str(worked_on), pg_url]) == 0
    local, shared = Store.open(worked_on), SharedStore.open(pg_url)
    try:
        chosen = BY_NAME[form]
        chosen.write(ProjectService(local), tmp_path / "here")
        chosen.write(ProjectService(shared), tmp_path / "there")
    finally:
        local.close()
        shared.close()
    here, there = (tmp_path / "here").read_bytes(), (tmp_path / "there").read_bytes()
    if here.startswith(b"PK"):  # a zip: its members' times are when each was written
        assert _members(tmp_path / "there") == _members(tmp_path / "here")
    else:
        assert there == here


def _members(path: Path) -> list[tuple[str, bytes]]:
    """Each member's name and bytes; a .qdpx's time of export (modifiedDateTime) left out."""
    with zipfile.ZipFile(path) as archive:
        return [
            (info.filename, re.sub(rb'modifiedDateTime="[^"]*"', b"", archive.read(info)))
            for info in archive.infolist()
        ]


@pytest.mark.parametrize("form", ["w3c", "qdpx", "project-json"])
def test_another_coders_work_merges_into_a_shared_project_and_back_out(
    worked_on: Path, pg_url: str, tmp_path: Path, form: str
) -> None:
    """Ben coded a copy of the project on his own; his export merges into the shared
    project with his name on every annotation, and the merge can be taken back whole."""
    from desktop.core import merge_undo, merging
    from desktop.core.exporters.formats import BY_NAME
    from desktop.core.importers.annotations import annotation_format

    assert cli(["upload", "--project", str(worked_on), pg_url]) == 0
    store = Store.open(worked_on)
    try:
        ben = ProjectService(store, coder="Ben")
        document = ben.documents()[1]
        for n in range(30):
            ben.create_annotation(document.id, n * 20, n * 20 + 9, [ben.tags()[n % 5].id])
        export = tmp_path / ("ben.qdpx" if form == "qdpx" else "ben.json")
        BY_NAME[form].write(ben, export)
    finally:
        store.close()
    shared = SharedStore.open(pg_url)
    try:
        service = ProjectService(shared, coder="Ana")
        before = service.annotations()
        found = annotation_format(export)
        assert found is not None
        result = merging.merge(service, found.read(export))
        after = service.annotations()
        assert len(after) == len(before) + 30 and len(result.annotations) == 30
        added = [a for a in after if a.id in set(result.annotations)]
        assert {a.coder for a in added} == {"Ben"}
        assert len({a.id for a in after}) == len(after)  # ids unique: the sequence carried on
        undone = merge_undo.unmerge(service, result)
        assert _plain_all(service.annotations()) == _plain_all(before)
        merge_undo.remerge(service, undone)
        assert len(service.annotations()) == len(after)
    finally:
        shared.close()


def _plain_all(annotations: list[Any]) -> list[tuple[Any, ...]]:
    return [(a.id, a.uuid, a.start, a.end, a.note, a.coder, a.tag_ids) for a in annotations]
