"""Backups (SQLite's online backup API), rotation, restore, and the rescue of a damaged
project; a migration killed halfway leaves the old project whole, with a backup beside."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core import backups, recovery
from desktop.core.backups import BackupError, Backups
from desktop.core.locations import open_project
from desktop.core.model import SCHEMA_VERSION
from desktop.core.project import ProjectService
from desktop.core.sample import fill_sample
from desktop.core.store import ProjectDamagedError, Store

ROOT = Path(__file__).resolve().parents[2]


def damage(path: Path) -> None:
    """Overwrite four pages in the middle of a closed project file, as a bad disk might."""
    data = bytearray(path.read_bytes())
    middle = (len(data) // 2) // 4096 * 4096
    data[middle - 8192 : middle + 8192] = bytes((i * 37) % 256 for i in range(16384))
    path.write_bytes(bytes(data))


def as_schema_2(path: Path) -> None:
    """Make a project look as Parallax 2 left it: no orphan column, an old search index."""
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE annotation DROP COLUMN orphan")
        conn.execute("UPDATE meta SET value = 'old rules' WHERE key = 'search_index'")
        conn.execute("PRAGMA user_version=2")
    conn.close()


def contents(path: Path) -> list[str]:
    """Every row and the schema, read with plain sqlite3 (no upgrade on the way)."""
    with backups.reading(path) as conn:
        return list(conn.iterdump())


def state(service: ProjectService) -> tuple[object, ...]:
    documents = service.documents()
    return (
        documents,
        service.tags(),
        service.annotations(),
        [service.document_text(d.id) for d in documents],
    )


# -- making ------------------------------------------------------------------------------


def test_a_backup_is_a_verified_project_in_the_projects_folder(
    service: ProjectService, isolated_user_dirs: Path
) -> None:
    made = backups.make_backup(service.store, "by hand")
    uuid = service.info().uuid
    assert made.path.parent == (
        isolated_user_dirs / "data" / "Parallax" / "backups" / f"sample-{uuid[:8]}"
    )
    assert made.path.name == made.taken_at.strftime("%Y%m%d-%H%M%SZ.parallax")
    assert (made.documents, made.annotations, made.tags) == (
        len(service.documents()), len(service.annotations()), len(service.tags()),
    )  # fmt: skip
    assert made.reason == "by hand" and not made.damaged
    assert backups.integrity(made.path) == "ok"
    # An ordinary project: it opens, and reading it left nothing beside it.
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]
    copy = Store.open(made.path)
    try:
        assert state(ProjectService(copy)) == state(service)
    finally:
        copy.close()


def test_a_backup_taken_while_another_connection_writes_holds_the_last_commit(
    service: ProjectService,
) -> None:
    before = len(service.annotations())
    with service.store.write() as session:  # another pooled connection, holding the lock
        session.connection().exec_driver_sql("DELETE FROM annotationtag")
        session.connection().exec_driver_sql("DELETE FROM annotation")
        made = backups.make_backup(service.store, "during a write")  # before the commit
    assert made.annotations == before
    assert backups.integrity(made.path) == "ok"
    assert service.annotations() == []


def test_a_backup_that_fails_its_check_is_deleted_and_reported(
    service: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups, "_quick_check", lambda path: "*** page 3 is never used")
    with pytest.raises(BackupError, match="failed its check"):
        backups.make_backup(service.store, "by hand")
    assert list(backups.folder_of(service.store).iterdir()) == []


def test_backups_are_made_only_when_the_project_changed(service: ProjectService) -> None:
    kept = Backups(service.store)
    assert kept.changed()  # no backup yet
    first = kept.make_if_changed("on opening")
    assert first is not None
    assert kept.make_if_changed("every 10 minutes") is None
    assert not Backups(service.store).changed()  # read back from the newest backup
    service.set_note(service.annotations()[0].id, "checked")
    assert Backups(service.store).changed()
    second = kept.make_if_changed("every 10 minutes")
    assert second is not None and second.path != first.path
    assert [b.path for b in kept.all()] == [second.path, first.path]


def test_a_backup_that_cannot_be_read_is_listed_as_damaged(service: ProjectService) -> None:
    made = backups.make_backup(service.store, "by hand")
    junk = made.path.with_name("20200101-000000Z.parallax")
    junk.write_bytes(b"not a database at all" * 100)
    listed = backups.list_backups(made.path.parent)
    assert [b.path.name for b in listed] == [made.path.name, junk.name]
    assert not listed[0].damaged and listed[1].damaged
    assert listed[1].problem == "file is not a database"


# -- rotation ----------------------------------------------------------------------------


def test_rotation_keeps_the_newest_ten_then_daily_then_weekly() -> None:
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # a Monday, ISO week 49

    def at(day: int, hour: int, month: int = 11) -> datetime:
        return datetime(2026, month, day, hour, tzinfo=UTC)

    today = [at(30, hour) for hour in range(12)]  # 00:00 … 11:00
    times = [
        *today,
        at(29, 8), at(29, 20),  # Sunday, week 48: the day's newest stays
        at(20, 10),  # week 47, 10 days old: daily
        at(16, 10),  # week 47, 14 days old: not daily, and week 47 has the 20th
        at(15, 10),  # week 46, 15 days old: the newest of its week
        at(10, 10),  # week 46 again: goes
        at(7, 10, month=9),  # 84 days old: the newest of week 37, within 13 weeks
        at(30, 10, month=8),  # 92 days old: too old for a weekly
    ]  # fmt: skip
    expected = {*today[2:], at(29, 20), at(20, 10), at(15, 10), at(7, 10, month=9)}
    assert backups.to_keep(times, now) == expected


def test_rotate_deletes_what_it_does_not_keep_and_spares_what_it_is_told(tmp_path: Path) -> None:
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    names = [(now - timedelta(hours=n)).strftime("%Y%m%d-%H%M%SZ.parallax") for n in range(12)]
    for name in names:
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "notes.txt").write_text("not a backup")
    spared = tmp_path / names[-1]
    gone = backups.rotate(tmp_path, now, protect=[spared])
    assert sorted(p.name for p in gone) == [names[10]]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [*names[:10], names[11], "notes.txt"]
    )


# -- restoring ---------------------------------------------------------------------------


def test_restore_backs_up_first_and_restores_exactly(service: ProjectService) -> None:
    original = state(service)
    chosen = backups.make_backup(service.store, "by hand")
    document = service.documents()[0]
    service.delete_document(document.id)
    service.codebook.create_tag("Mediators", "actor")
    changed = state(service)
    before = service.restore_backup(chosen)
    assert state(service) == original
    assert service.store.pragma("quick_check") == "ok"
    assert before.reason == "before restoring"
    assert (before.documents, before.tags) == (len(changed[0]), len(changed[1]))  # type: ignore[arg-type]
    assert [b.path for b in service.backups.all()][:2] == [before.path, chosen.path]
    # The restored project keeps nothing that marks a backup, and works as before.
    with backups.reading(service.store.path) as conn:
        keys = {row[0] for row in conn.execute("SELECT key FROM meta")}
    assert not {"backup_reason", "backup_of"} & keys
    service.set_note(service.annotations()[0].id, "after the restore")
    assert service.search.search("restore").notes


def test_a_damaged_backup_is_not_restored(service: ProjectService) -> None:
    chosen = backups.make_backup(service.store, "by hand")
    damage(chosen.path)
    service.set_note(service.annotations()[0].id, "kept")
    with pytest.raises(BackupError, match="damaged"):
        service.restore_backup(backups.read_backup(chosen.path))
    assert service.annotations()[0].note == "kept"


def test_restoring_a_backup_from_before_an_upgrade_upgrades_it(tmp_path: Path) -> None:
    path = tmp_path / "old.parallax"
    Store.create(path, fill_sample).close()
    as_schema_2(path)
    store = open_project(path)  # upgrades, after a backup
    try:
        service = ProjectService(store)
        older = service.backups.all()[0]
        assert older.reason == "before upgrading"
        with backups.reading(older.path) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        original = state(service)
        service.delete_annotation(service.annotations()[0].id)
        service.restore_backup(older)
        assert store.pragma("user_version") == SCHEMA_VERSION
        assert state(service) == original
    finally:
        store.close()


# -- damage ------------------------------------------------------------------------------


def test_a_damaged_project_is_moved_aside_and_its_newest_good_backup_restored(
    sample_path: Path,
) -> None:
    store = Store.open(sample_path)
    service = ProjectService(store)
    good = state(service)
    backup = backups.make_backup(store, "on opening")
    service.delete_annotation(service.annotations()[0].id)  # made after the backup: lost
    store.close()
    damage(sample_path)
    damaged_bytes = sample_path.read_bytes()
    with pytest.raises(ProjectDamagedError) as caught:
        open_project(sample_path)
    rescue = recovery.find_rescue(caught.value.path, str(caught.value))
    assert rescue.good == backup
    assert backup.when() in rescue.offer()
    assert sample_path.read_bytes() == damaged_bytes  # finding changes nothing

    rescued = recovery.recover(rescue)
    assert rescued.store is not None
    try:
        aside = sample_path.with_name("sample.parallax.damaged")
        assert rescued.moved_to == aside
        assert aside.read_bytes() == damaged_bytes  # kept as it was, never deleted
        assert state(ProjectService(rescued.store)) == good
        assert str(sample_path) in rescued.message and str(aside) in rescued.message
        assert f"The backup of {backup.when()} was restored" in rescued.message
        assert "are lost" in rescued.message
        assert "still listed 2 documents and 15 annotations" in rescued.message
    finally:
        rescued.store.close()


def test_a_second_damage_is_moved_aside_under_a_new_number(sample_path: Path) -> None:
    store = Store.open(sample_path)
    backups.make_backup(store, "on opening")
    store.close()
    for expected in ("sample.parallax.damaged", "sample.parallax.2.damaged"):
        damage(sample_path)
        with pytest.raises(ProjectDamagedError) as caught:
            Store.open(sample_path)
        rescued = recovery.recover(recovery.find_rescue(sample_path, str(caught.value)))
        assert rescued.store is not None
        rescued.store.close()
        assert rescued.moved_to == sample_path.with_name(expected)
        # Nothing was lost: the backup holds the project as it was last saved.
        assert "nothing was lost" in rescued.message
    assert sample_path.with_name("sample.parallax.damaged").exists()


def test_a_damaged_newest_backup_is_skipped_for_an_older_good_one(sample_path: Path) -> None:
    store = Store.open(sample_path)
    service = ProjectService(store)
    older = backups.make_backup(store, "on opening")
    service.set_note(service.annotations()[0].id, "a note")
    newer = backups.make_backup(store, "every 10 minutes")
    store.close()
    damage(newer.path)
    damage(sample_path)
    rescue = recovery.find_rescue(sample_path, "damaged")
    assert rescue.good == older
    assert rescue.skipped == (backups.read_backup(newer.path),)
    assert "newer backup" in rescue.offer()
    rescued = recovery.recover(rescue)
    assert rescued.store is not None
    rescued.store.close()
    assert f"The backup of {older.when()} was restored" in rescued.message
    assert "is damaged and was skipped" in rescued.message


def test_a_damaged_project_without_a_good_backup_is_only_moved_aside(sample_path: Path) -> None:
    damage(sample_path)
    with pytest.raises(ProjectDamagedError) as caught:
        Store.open(sample_path)
    rescue = recovery.find_rescue(sample_path, str(caught.value))
    assert rescue.good is None
    assert "no backup" in rescue.offer()
    rescued = recovery.recover(rescue)
    aside = sample_path.with_name("sample.parallax.damaged")
    assert rescued.store is None and rescued.moved_to == aside
    assert aside.exists() and not sample_path.exists()
    assert str(aside) in rescued.message and "nothing was deleted" in rescued.message


# -- migration ---------------------------------------------------------------------------

# The child upgrades a schema 2 project the way the app does, but stops for a minute at the
# end of the upgrade's transaction (the index rebuilt, the column added, nothing committed)
# and says so: the test kills it there.
CHILD = """
import sys, time
from pathlib import Path
from desktop.core import store
from desktop.core.locations import open_project

real = store._record_index
def stalled(conn):
    real(conn)
    print("migrating", flush=True)
    time.sleep(60)
store._record_index = stalled
open_project(Path(sys.argv[1]))
print("finished", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_migration_killed_halfway_leaves_the_old_project_whole(tmp_path: Path) -> None:
    path = tmp_path / "old.parallax"
    Store.create(path, fill_sample).close()
    as_schema_2(path)
    before = contents(path)
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=os.environ,
    ) as child:  # fmt: skip
        try:
            assert child.stdout is not None and child.stderr is not None
            line = child.stdout.readline()
            assert line == "migrating\n", line + child.stderr.read()
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    with backups.reading(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        columns = {row[1] for row in conn.execute("PRAGMA table_info(annotation)")}
    assert "orphan" not in columns
    assert contents(path) == before
    uuid = next(line for line in before if "'uuid'" in line).split("'")[-2]
    made = backups.list_backups(backups.folder_for(path, uuid))
    assert [b.reason for b in made] == ["before upgrading"]
    assert backups.integrity(made[0].path) == "ok"
    assert [row for row in contents(made[0].path) if "'backup_" not in row] == before
    with backups.reading(made[0].path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2

    store = open_project(path)  # the next start upgrades it
    try:
        assert store.pragma("user_version") == SCHEMA_VERSION
    finally:
        store.close()
