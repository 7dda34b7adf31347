from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text as sql

from desktop.core import store as store_module
from desktop.core.model import SCHEMA_VERSION
from desktop.core.project import ProjectService
from desktop.core.store import APPLICATION_ID, ProjectFileError, Store

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_hold_on_a_pooled_connection(store: Store) -> None:
    # Use the pool twice so the second checkout is a recycled connection, not a fresh one.
    for _ in range(2):
        with store.read() as session:
            conn = session.connection()
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_foreign_keys_are_on_inside_write_transactions(store: Store) -> None:
    with store.write() as session:
        assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_project_file_is_marked_and_versioned(store: Store) -> None:
    assert store.pragma("application_id") == APPLICATION_ID
    assert store.pragma("user_version") == SCHEMA_VERSION


def test_deleting_a_document_deletes_its_annotations_and_links(service: ProjectService) -> None:
    document = service.documents()[0]
    assert service.annotations(document.id)
    service.delete_document(document.id)
    assert service.annotations(document.id) == []
    with service.store.read() as session:
        conn = session.connection()
        orphans = conn.execute(
            sql(
                "SELECT count(*) FROM annotationtag WHERE annotation_id NOT IN "
                "(SELECT id FROM annotation)"
            )
        ).scalar()
        assert orphans == 0
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


def test_deleting_a_tag_never_leaves_a_dangling_link(service: ProjectService) -> None:
    tag = next(t for t in service.tags() if t.name == "Armenia")
    tagged = [a for a in service.annotations() if tag.id in a.tag_ids]
    assert tagged
    service.codebook.delete_tag(tag.id)
    for annotation in service.annotations():
        assert tag.id not in annotation.tag_ids
    with service.store.read() as session:
        conn = session.connection()
        assert (
            conn.execute(
                sql("SELECT count(*) FROM annotationtag WHERE tag_id = :t"), {"t": tag.id}
            ).scalar()
            == 0
        )
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    # The annotations themselves stay: they keep their other tags, notes and places.
    ids = {a.id for a in service.annotations()}
    assert {a.id for a in tagged} <= ids


def test_a_write_that_fails_changes_nothing(service: ProjectService) -> None:
    document = service.documents()[0]
    before = service.annotations(document.id)
    with pytest.raises(Exception, match="tag"):
        service.create_annotation(document.id, 0, 5, [999_999])
    assert service.annotations(document.id) == before


def test_refuses_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match=str(tmp_path)):
        Store.open(tmp_path)


@pytest.mark.parametrize(
    "content",
    [b"", b"just some notes\n", b"PK\x03\x04 not a database", b"SQLite format 2\x00 nope"],
)
def test_refuses_a_file_that_is_not_a_project_and_leaves_it_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "notes.parallax"
    path.write_bytes(content)
    with pytest.raises(ProjectFileError, match="not a Parallax project") as caught:
        Store.open(path)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.parallax"]


def test_refuses_another_programs_sqlite_database_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (1)")
    conn.close()
    before = digest(path)
    with pytest.raises(ProjectFileError, match="not a Parallax project"):
        Store.open(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_refuses_a_project_from_a_newer_parallax(sample_path: Path) -> None:
    with sqlite3.connect(sample_path) as conn:
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(sample_path)
    with pytest.raises(ProjectFileError, match="newer Parallax"):
        Store.open(sample_path)
    assert digest(sample_path) == before


def test_create_refuses_a_missing_folder_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "p.parallax"
    with pytest.raises(ProjectFileError, match="does not exist"):
        Store.create(target)
    assert list(tmp_path.iterdir()) == []


def test_create_under_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(ProjectFileError, match=str(blocker)):
        Store.create(blocker / "p.parallax")


def test_a_failed_fill_leaves_no_half_made_project(tmp_path: Path) -> None:
    def broken(store: Store) -> None:
        ProjectService(store).initialise("half")
        raise RuntimeError("disk on fire")

    target = tmp_path / "p.parallax"
    with pytest.raises(ProjectFileError, match="disk on fire"):
        Store.create(target, broken)
    assert list(tmp_path.iterdir()) == []


def test_create_refuses_an_existing_file(sample_path: Path) -> None:
    before = digest(sample_path)
    with pytest.raises(ProjectFileError, match="already exists"):
        Store.create(sample_path)
    assert digest(sample_path) == before


def test_a_damaged_project_is_refused_with_a_message(sample_path: Path) -> None:
    data = bytearray(sample_path.read_bytes())
    data[4096 * 2 : 4096 * 6] = bytes((i * 37) % 256 for i in range(4096 * 4))
    sample_path.write_bytes(bytes(data))
    with pytest.raises(ProjectFileError, match="damaged") as caught:
        Store.open(sample_path)
    assert str(sample_path) in str(caught.value)


def test_refused_files_get_nothing_written_beside_them(sample_path: Path) -> None:
    with sqlite3.connect(sample_path) as conn:
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    listing = sorted(p.name for p in sample_path.parent.iterdir())
    with pytest.raises(ProjectFileError):
        Store.open(sample_path)
    assert sorted(p.name for p in sample_path.parent.iterdir()) == listing


def test_a_failed_transaction_is_rolled_back_whole(store: Store) -> None:
    from desktop.core.model import Meta

    with pytest.raises(RuntimeError), store.write() as session:
        session.add(Meta(key="half", value="written"))
        session.flush()  # the row is in the database, inside the transaction
        raise RuntimeError("the action failed after writing")
    with store.read() as session:
        assert session.get(Meta, "half") is None


def _left_open_by_a_newer_parallax(path: Path) -> None:
    """What a newer Parallax's upgrade leaves when killed after committing it: the newer
    schema committed, in the write-ahead log only."""
    newer = SCHEMA_VERSION + 1
    code = (
        "import os, sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\n"
        "c.execute('PRAGMA journal_mode=WAL')\n"
        "c.execute('ALTER TABLE annotation ADD COLUMN confidence REAL NOT NULL DEFAULT 1')\n"
        f"c.execute('PRAGMA user_version={newer}')\nc.commit()\nos._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)


def test_a_newer_schema_still_in_the_log_is_refused_and_the_log_left_alone(
    sample_path: Path,
) -> None:
    _left_open_by_a_newer_parallax(sample_path)
    wal = Path(f"{sample_path}-wal")
    before = (digest(sample_path), digest(wal))
    with pytest.raises(ProjectFileError, match=r"newer Parallax \(project schema"):
        Store.open(sample_path)
    assert (digest(sample_path), digest(wal)) == before  # not checkpointed, not re-stamped
    assert not sample_path.with_name(f"{sample_path.name}.lock").exists()


def test_the_upgrade_itself_never_stamps_a_newer_project_down(sample_path: Path) -> None:
    with sqlite3.connect(sample_path) as conn:
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
        conn.execute("UPDATE meta SET value = 'newer rules' WHERE key = 'search_index'")
    conn.close()
    engine = store_module._make_engine(sample_path)
    try:
        with pytest.raises(ProjectFileError, match="newer Parallax"):
            store_module._upgrade(engine, sample_path)
    finally:
        engine.dispose()
    with sqlite3.connect(sample_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    conn.close()


def test_a_log_left_beside_a_new_projects_name_is_set_aside_not_replayed(
    tmp_path: Path,
) -> None:
    """The project was deleted by hand after a crash; its -wal/-shm stayed. SQLite would
    replay that log into a new file of the same name."""
    path = tmp_path / "thesis.parallax"
    Store.create(path, lambda s: ProjectService(s).initialise("OLD")).close()
    code = (
        "import os, sys\nfrom desktop.core.store import Store\n"
        "from desktop.core.project import ProjectService\n"
        "ProjectService(Store.open(sys.argv[1])).initialise('OLD, CHANGED')\nos._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, cwd=ROOT)
    path.unlink()
    old_log = Path(f"{path}-wal").read_bytes()
    store = Store.create(path, lambda s: ProjectService(s).initialise("NEW"))
    try:
        assert ProjectService(store).info().name == "NEW"
        assert store.unclean is None and store.pragma("quick_check") == "ok"
    finally:
        store.close()
    assert Path(f"{path}-wal.orphaned").read_bytes() == old_log  # kept, never deleted
    assert Path(f"{path}-shm.orphaned").exists()
