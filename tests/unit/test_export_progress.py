"""Every export format counts its annotations to a ``progress`` callback, which may raise
to stop it: then no file is written, and a file already at the path is left as it was."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from desktop.core.exporters import reporting
from desktop.core.exporters.formats import FORMATS, ExportFormat
from desktop.core.project import ProjectService

NAMES = [f.name for f in FORMATS]
ANNOTATED = [f for f in FORMATS if f.name != "qdc"]  # the codebook holds no annotations


class Stop(Exception):
    pass


@pytest.fixture
def many(service: ProjectService, monkeypatch: pytest.MonkeyPatch) -> ProjectService:
    """The sample project with a few more annotations, reported every 3 of them."""
    monkeypatch.setattr(reporting, "EVERY", 3)
    document = service.documents()[0]
    tag = service.tags()[0]
    for start in range(0, 40, 2):
        service.create_annotation(document.id, start, start + 5, [tag.id], note="n")
    return service


def out_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("chosen", FORMATS, ids=NAMES)
@pytest.mark.parametrize("at_call", [1, 3])
def test_a_raising_callback_leaves_no_file(
    many: ProjectService, tmp_path: Path, chosen: ExportFormat, at_call: int
) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) >= at_call:
            raise Stop

    folder = out_folder(tmp_path)
    target = folder / f"export{chosen.suffix}"
    if chosen.name == "qdc" and at_call > 1:
        pytest.skip("the codebook reports once")
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


@pytest.mark.parametrize("chosen", ANNOTATED, ids=[f.name for f in ANNOTATED])
def test_the_count_goes_up_to_the_total_in_steps(
    many: ProjectService, tmp_path: Path, chosen: ExportFormat
) -> None:
    calls: list[tuple[int, int]] = []
    folder = out_folder(tmp_path)
    chosen.write(many, folder / f"a{chosen.suffix}", progress=lambda d, t: calls.append((d, t)))
    totals = {total for _, total in calls}
    assert len(totals) == 1
    (total,) = totals
    assert total >= 20  # the annotations added, at least
    done = [d for d, _ in calls]
    assert done[0] == 0 and done[-1] == total
    assert done == sorted(done) and len(set(done)) == len(done)
    assert len(calls) >= total // reporting.EVERY  # every few, not only at the end
    assert all(b - a <= 2 * reporting.EVERY for a, b in pairwise(done))


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
