"""Every export format counts its steps to a ``progress`` callback (the rows it reads,
then the annotations it writes, then once more before the file takes its place), which
may raise to stop it: then no file is written, and a file already at the path is left as
it was."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from desktop.core.exporters import formats, reporting, rows
from desktop.core.exporters.formats import FORMATS, ExportFormat
from desktop.core.files import ExportError
from desktop.core.project import ProjectService

NAMES = [f.name for f in FORMATS]
ANNOTATED = [f for f in FORMATS if f.name != "qdc"]  # the codebook holds no annotations
ANNOTATED_NAMES = [f.name for f in ANNOTATED]


class Stop(Exception):
    pass


@pytest.fixture
def many(service: ProjectService, monkeypatch: pytest.MonkeyPatch) -> ProjectService:
    """The sample project with a few more annotations, reported every 3 steps and read
    3 rows at a time."""
    monkeypatch.setattr(reporting, "EVERY", 3)
    monkeypatch.setattr(rows, "BATCH", 3)
    document = service.documents()[0]
    tag = service.tags()[0]
    for start in range(0, 40, 2):
        service.create_annotation(document.id, start, start + 5, [tag.id], note="n")
    return service


def out_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def calls_of(service: ProjectService, chosen: ExportFormat, folder: Path) -> list[tuple[int, int]]:
    calls: list[tuple[int, int]] = []
    chosen.write(
        service, folder / f"counted{chosen.suffix}", progress=lambda d, t: calls.append((d, t))
    )
    (folder / f"counted{chosen.suffix}").unlink()
    return calls


@pytest.mark.parametrize("chosen", FORMATS, ids=NAMES)
@pytest.mark.parametrize("when", ["first", "reading", "writing", "last"])
def test_a_raising_callback_leaves_no_file(
    many: ProjectService, tmp_path: Path, chosen: ExportFormat, when: str
) -> None:
    folder = out_folder(tmp_path)
    every = calls_of(many, chosen, folder)
    total = every[0][1]
    # The first call, one while the rows are read (before half the total: each
    # annotation is counted once read, once written), one as the file is written, and
    # the last chance, once the file is made.
    reading = [n for n, (done, _) in enumerate(every, 1) if 0 < done < total // 2]
    writing = [n for n, (done, _) in enumerate(every, 1) if total // 2 < done < total]
    at_call = {
        "first": 1,
        "reading": reading[0] if reading else 1,
        "writing": writing[0] if writing else len(every),
        "last": len(every),
    }[when]
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) >= at_call:
            raise Stop

    target = folder / f"export{chosen.suffix}"
    with pytest.raises(Stop):
        chosen.write(many, target, progress=progress)
    assert list(folder.iterdir()) == []  # no file, whole or half, and no temporary one
    assert len(calls) == at_call
    # Over an existing file: left as it was.
    target.write_bytes(b"the last export")
    calls.clear()
    with pytest.raises(Stop):
        chosen.write(many, target, progress=progress)
    assert [p.name for p in folder.iterdir()] == [target.name]
    assert target.read_bytes() == b"the last export"


@pytest.mark.parametrize("chosen", ANNOTATED, ids=ANNOTATED_NAMES)
def test_the_rows_are_counted_as_they_are_read(
    many: ProjectService, tmp_path: Path, chosen: ExportFormat
) -> None:
    every = calls_of(many, chosen, out_folder(tmp_path))
    total = every[0][1]
    reading = [done for done, _ in every if 0 < done < total // 2]
    assert len(reading) >= 3  # not only once all is read


@pytest.mark.parametrize("chosen", ANNOTATED, ids=ANNOTATED_NAMES)
def test_the_count_goes_up_to_the_total_in_steps(
    many: ProjectService, tmp_path: Path, chosen: ExportFormat
) -> None:
    calls: list[tuple[int, int]] = []
    folder = out_folder(tmp_path)
    chosen.write(many, folder / f"a{chosen.suffix}", progress=lambda d, t: calls.append((d, t)))
    totals = {total for _, total in calls}
    assert len(totals) == 1
    (total,) = totals
    assert total >= 2 * 20  # the annotations added, read and written, at least
    done = [d for d, _ in calls]
    assert done[0] == 0 and done[-2:] == [total, total]  # then the last chance
    done.pop()
    assert done == sorted(done) and len(set(done)) == len(done)
    assert len(calls) >= total // reporting.EVERY  # every few, not only at the end
    assert all(b - a <= 2 * reporting.EVERY for a, b in pairwise(done))


def test_the_codebook_reports_before_and_after(many: ProjectService, tmp_path: Path) -> None:
    assert calls_of(many, formats.BY_NAME["qdc"], out_folder(tmp_path)) == [(0, 0), (0, 0)]


@pytest.mark.parametrize("chosen", FORMATS, ids=NAMES)
def test_without_a_callback_the_file_is_the_same(
    many: ProjectService, tmp_path: Path, chosen: ExportFormat
) -> None:
    folder = out_folder(tmp_path)
    counted = chosen.write(many, folder / "with", progress=lambda d, t: None)
    plain = chosen.write(many, folder / "without")
    assert counted == plain
    if chosen.name not in ("w3c", "qdpx", "brat"):  # those hold the time of the export
        assert (folder / "with").read_bytes() == (folder / "without").read_bytes()


@pytest.mark.parametrize("chosen", FORMATS, ids=NAMES)
def test_a_path_that_cannot_be_written_is_refused_before_the_work(
    many: ProjectService, tmp_path: Path, chosen: ExportFormat
) -> None:
    folder = out_folder(tmp_path)
    calls: list[tuple[int, int]] = []
    with pytest.raises(ExportError, match="it is a folder"):
        chosen.write(many, folder, progress=lambda d, t: calls.append((d, t)))
    with pytest.raises(ExportError, match="does not exist"):
        chosen.write(many, folder / "gone" / "a", progress=lambda d, t: calls.append((d, t)))
    assert calls == []  # nothing read
    assert list(folder.iterdir()) == []


def test_a_file_made_read_only_meanwhile_is_left_as_it_is(
    many: ProjectService, tmp_path: Path
) -> None:
    target = out_folder(tmp_path) / "a.json"
    target.write_bytes(b"the last export")

    def progress(done: int, total: int) -> None:
        target.chmod(0o444)  # while the export runs

    with pytest.raises(ExportError, match="read-only"):
        formats.BY_NAME["w3c"].write(many, target, progress=progress)
    assert [p.name for p in target.parent.iterdir()] == [target.name]
    assert target.read_bytes() == b"the last export"
