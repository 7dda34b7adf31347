"""A project that cannot be written opens read-only: it reads, and every change is refused
with a plain message, leaving the file exactly as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop import cli
from desktop.core.project import NotSavedError, ProjectService
from desktop.core.store import Store
from tests.faults import read_only


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_read_only_file_opens_read_only_and_refuses_changes_plainly(sample_path: Path) -> None:
    before = digest(sample_path)
    with read_only(sample_path):
        store = Store.open(sample_path)
        try:
            assert store.read_only
            service = ProjectService(store)
            document = service.documents()[0]
            annotations = service.annotations()
            with pytest.raises(NotSavedError, match="the project file is read-only") as caught:
                service.create_annotation(document.id, 0, 5, [service.tags()[0].id])
            assert str(sample_path) in str(caught.value)
            with pytest.raises(NotSavedError, match="read-only"):
                service.set_note(annotations[0].id, "lost")
            assert service.annotations() == annotations
            Store.open(sample_path).close()  # read-only: nothing to guard, no lock taken
        finally:
            store.close()
    assert digest(sample_path) == before
    assert not sample_path.with_name(f"{sample_path.name}.lock").exists()


def test_a_project_in_a_read_only_folder_opens_and_nothing_is_made_beside_it(
    sample_path: Path,
) -> None:
    folder = sample_path.parent
    listing = sorted(p.name for p in folder.iterdir())
    with read_only(folder):
        store = Store.open(sample_path)
        try:
            assert store.read_only
            assert len(ProjectService(store).documents()) == 2
            assert sorted(p.name for p in folder.iterdir()) == listing
        finally:
            store.close()
    assert sorted(p.name for p in folder.iterdir()) == listing


def test_the_commands_read_a_read_only_project_and_refuse_to_import_into_it(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "more.txt"
    text.write_text("Một văn bản mới về ngừng bắn.\n", encoding="utf-8")
    with read_only(sample_path):
        assert cli.main(["list", "--project", str(sample_path)]) == 0
        assert "Indonesian report" in capsys.readouterr().out
        assert cli.main(["import", "--project", str(sample_path), str(text)]) == 1
        assert "read-only" in capsys.readouterr().err


def test_a_read_only_file_in_a_writable_folder_leaves_nothing_beside_it(
    sample_path: Path,
) -> None:
    # A read-only connection never checkpoints: a -wal/-shm it made would stay for good.
    with read_only(sample_path):
        store = Store.open(sample_path)
        try:
            assert store.read_only and ProjectService(store).annotations()
        finally:
            store.close()
    assert sorted(p.name for p in sample_path.parent.iterdir()) == [sample_path.name]
