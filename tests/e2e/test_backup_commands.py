"""``parallax backup`` and ``parallax restore``, and a damaged project met by a command, run
as the real entry point in a separate process."""

from __future__ import annotations

from pathlib import Path

from desktop.core.project import ProjectService
from desktop.core.store import Store
from tests.e2e.test_commands import run


def annotations_in(path: Path) -> int:
    store = Store.open(path)
    try:
        return len(ProjectService(store).annotations())
    finally:
        store.close()


def test_backup_list_and_restore(isolated_user_dirs: Path, sample_path: Path) -> None:
    count = annotations_in(sample_path)
    made = run("backup", "--project", str(sample_path), home=isolated_user_dirs)
    assert made.returncode == 0, made.stderr
    assert f"Backed up {sample_path} to " in made.stdout
    name = Path(made.stdout.split(" to ", 1)[1].split(":", 1)[0]).stem

    store = Store.open(sample_path)
    service = ProjectService(store)
    for annotation in service.annotations()[:4]:
        service.delete_annotation(annotation.id)
    store.close()

    listed = run("restore", "--list", "--project", str(sample_path), home=isolated_user_dirs)
    assert listed.returncode == 0, listed.stderr
    assert f"{name}  " in listed.stdout and f"{count} annotations" in listed.stdout
    assert "[by hand]" in listed.stdout

    restored = run("restore", name, "--project", str(sample_path), home=isolated_user_dirs)
    assert restored.returncode == 0, restored.stderr
    assert "Backed up the current state first" in restored.stdout
    assert f"{count - 4} annotations" in restored.stdout  # what the state before held
    assert "Restored the backup of" in restored.stdout
    assert annotations_in(sample_path) == count

    unknown = run("restore", "20000101-000000Z", "--project", str(sample_path),
                  home=isolated_user_dirs)  # fmt: skip
    assert unknown.returncode == 2 and "is not one of the backups" in unknown.stderr


def test_a_damaged_project_is_rescued_unless_told_not_to(
    isolated_user_dirs: Path, sample_path: Path
) -> None:
    assert run("backup", "--project", str(sample_path), home=isolated_user_dirs).returncode == 0
    data = bytearray(sample_path.read_bytes())
    data[4096 * 10 : 4096 * 14] = bytes((i * 37) % 256 for i in range(4096 * 4))
    sample_path.write_bytes(bytes(data))

    refused = run("list", "--no-restore", "--project", str(sample_path), home=isolated_user_dirs)
    assert refused.returncode == 2
    assert "is damaged" in refused.stderr and "Nothing was changed" in refused.stderr
    assert sample_path.read_bytes() == bytes(data)
    assert not sample_path.with_name("sample.parallax.damaged").exists()

    rescued = run("list", "--project", str(sample_path), home=isolated_user_dirs)
    assert rescued.returncode == 0, rescued.stderr
    aside = sample_path.with_name("sample.parallax.damaged")
    assert f"was moved to {aside}" in rescued.stderr
    assert "was restored" in rescued.stderr and "nothing was lost" in rescued.stderr
    assert "Traceback" not in rescued.stderr
    assert "[id] Indonesian report" in rescued.stdout
    assert aside.read_bytes() == bytes(data)
