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
from tests.old_schemas import as_schema

ROOT = Path(__file__).resolve().parents[2]


def damage(path: Path) -> None:
    """Overwrite four pages in the middle of a closed project file, as a bad disk might."""
    data = bytearray(path.read_bytes())
    middle = (len(data) // 2) // 4096 * 4096
    data[middle - 8192 : middle + 8192] = bytes((i * 37) % 256 for i in range(16384))
    path.write_bytes(bytes(data))


def as_schema_2(path: Path) -> None:
    """Make a project look as Parallax 2 left it: no orphan column (nor its index), an old
    search index."""
    as_schema(path, 2)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = 'old rules' WHERE key = 'search_index'")
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
    key = backups.path_key(service.store.path)
    assert made.path.parent == (
        isolated_user_dirs / "data" / "Parallax" / "backups" / f"sample-{uuid[:8]}-{key}"
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


# -- review fixes ------------------------------------------------------------------------


def test_copies_of_a_project_never_share_backups_and_a_rescue_never_takes_the_copys(
    tmp_path: Path,
) -> None:
    alice, bob = tmp_path / "alice" / "thesis.parallax", tmp_path / "bob" / "thesis.parallax"
    alice.parent.mkdir()
    bob.parent.mkdir()
    Store.create(alice, fill_sample).close()
    store = Store.open(alice)
    own = backups.make_backup(store, "on opening")
    store.close()
    bob.write_bytes(alice.read_bytes())  # a colleague's copy: same name, same uuid
    store = Store.open(bob)
    service = ProjectService(store)
    for annotation in service.annotations():
        service.delete_annotation(annotation.id)
    theirs = backups.make_backup(store, "on opening")
    store.close()
    assert own.path.parent != theirs.path.parent
    damage(alice)
    with pytest.raises(ProjectDamagedError) as caught:
        Store.open(alice)
    rescue = recovery.find_rescue(alice, str(caught.value))  # as the command line asks
    assert rescue.good is not None and rescue.good.path == own.path and not rescue.elsewhere
    assert [b.path for b in rescue.backups] == [own.path]


def test_a_moved_projects_old_backups_are_offered_only_when_asked(tmp_path: Path) -> None:
    old, new = tmp_path / "old" / "thesis.parallax", tmp_path / "new" / "renamed.parallax"
    old.parent.mkdir()
    new.parent.mkdir()
    Store.create(old, fill_sample).close()
    store = Store.open(old)
    made = backups.make_backup(store, "on opening")
    store.close()
    old.rename(new)
    damage(new)
    assert recovery.find_rescue(new, "damaged").good is None  # the command line: not its own
    asked = recovery.find_rescue(new, "damaged", elsewhere=True)  # the window asks
    assert asked.good is not None and asked.good.path == made.path and asked.elsewhere
    assert str(old.resolve()) in asked.offer() and "someone else" in asked.offer()


def test_a_backup_name_is_taken_exclusively_and_numbered_within_a_second(
    service: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    moment = datetime(2026, 11, 30, 9, 12, tzinfo=UTC)

    class Frozen(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Frozen:  # type: ignore[override]
            return cls.fromtimestamp(moment.timestamp(), UTC)

    monkeypatch.setattr(backups, "datetime", Frozen)
    folder = backups.folder_of(service.store)
    folder.mkdir(parents=True)
    theirs = folder / "20261130-091200Z.parallax"  # another process made it this second
    theirs.write_bytes(b"another process's backup")
    first = backups.make_backup(service.store, "by hand")
    second = backups.make_backup(service.store, "by hand")
    assert (first.path.name, second.path.name) == (
        "20261130-091200Z-2.parallax", "20261130-091200Z-3.parallax",
    )  # fmt: skip
    assert theirs.read_bytes() == b"another process's backup"
    assert [b.path for b in backups.list_backups(folder)] == [second.path, first.path, theirs]
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_a_clock_once_ahead_does_not_push_later_backups_into_the_future(
    service: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = datetime.now(UTC)
    offset = [timedelta(days=400)]

    class Clock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Clock:  # type: ignore[override]
            return cls.fromtimestamp((real + offset[0]).timestamp(), UTC)

    monkeypatch.setattr(backups, "datetime", Clock)
    future = backups.make_backup(service.store, "clock ahead")
    made = []
    for day in range(30):  # the clock is right again: a month of one backup a day
        offset[0] = timedelta(days=day)
        service.set_note(service.annotations()[0].id, f"day {day}")
        made.append(backups.make_backup(service.store, "every 10 minutes"))
    assert made[-1].taken_at.date() == (real + timedelta(days=29)).date()
    kept = {b.path for b in backups.list_backups(future.path.parent)}
    # 14 dailies, the newest of the two older ISO weeks, and the future one, kept for now.
    assert {b.path for b in made[16:]} <= kept and future.path in kept
    assert len(kept) >= 14 + 2 + 1
    assert backups.newest_backup(future.path.parent, Clock.now(UTC)) == made[-1]


def test_a_damaged_project_whose_name_is_a_glob_pattern_finds_its_backups(
    tmp_path: Path,
) -> None:
    path = tmp_path / "Interviews [draft] *?.parallax"
    Store.create(path, fill_sample).close()
    store = Store.open(path)
    made = backups.make_backup(store, "on opening")
    store.close()
    with sqlite3.connect(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='meta'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())  # the meta table's page: its uuid cannot be read
    data[(root - 1) * 4096 : root * 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    rescue = recovery.find_rescue(path, "damaged")
    assert rescue.peek.uuid is None
    assert rescue.good is not None and rescue.good.path == made.path


def test_backups_listed_to_choose_from_are_spared_by_rotation(service: ProjectService) -> None:
    for n in range(10):
        service.set_note(service.annotations()[0].id, f"v{n}")
        service.backups.make("every 10 minutes")
    chosen = service.backups.all()[-1]  # the Restore dialog shows them; the oldest is chosen
    service.set_note(service.annotations()[0].id, "v10")
    service.backups.make_if_changed("every 10 minutes")  # the timer, meanwhile
    assert chosen.path.exists()
    service.restore_backup(chosen)


def test_a_name_shaped_like_a_backups_that_is_no_date_is_not_a_backup(
    service: ProjectService,
) -> None:
    made = backups.make_backup(service.store, "by hand")
    odd = made.path.with_name("20260230-000000Z.parallax")  # 30 February
    odd.write_bytes(b"")
    assert [b.path for b in backups.list_backups(made.path.parent)] == [made.path]
    assert backups.newest_backup(made.path.parent) == made
    backups.rotate(made.path.parent)
    backups.before_upgrade(service.store)
    assert odd.exists()


def test_rotation_removes_what_interrupted_backups_and_restores_left_a_day_ago(
    tmp_path: Path,
) -> None:
    now = datetime.now(UTC)
    old = (now - timedelta(days=2)).timestamp()
    left = [tmp_path / ".abc.tmp", tmp_path / ".abc.tmp-journal", tmp_path / ".restore-xyz"]
    left[0].write_bytes(b"x")
    left[1].write_bytes(b"x")
    left[2].mkdir()
    (left[2] / "restore.parallax").write_bytes(b"x" * 1000)
    fresh = tmp_path / ".restore-now"  # a restore under way
    fresh.mkdir()
    for path in (*left, left[2] / "restore.parallax"):
        os.utime(path, (old, old))
    gone = backups.rotate(tmp_path, now)
    assert sorted(gone) == sorted(left)
    assert [p.name for p in tmp_path.iterdir()] == [fresh.name]


def _tiny_backup(folder: Path, moment: datetime, size: int, reason: str = "") -> Path:
    path = folder / moment.strftime("%Y%m%d-%H%M%SZ.parallax")
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        conn.execute("INSERT INTO meta VALUES ('backup_reason', ?)", (reason,))
        conn.execute("CREATE TABLE filler (x BLOB)")
        conn.execute("INSERT INTO filler VALUES (?)", (b"\0" * size,))
    conn.close()
    return path


def test_rotation_keeps_the_backups_within_a_budget_oldest_going_first(tmp_path: Path) -> None:
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    made = [_tiny_backup(tmp_path, now - timedelta(days=n), 20_000) for n in range(6)]
    one = made[0].stat().st_size
    gone = backups.rotate(tmp_path, now, protect=[made[5]], budget=3 * one + one // 2)
    assert sorted(gone) == sorted(made[2:5])  # the oldest, bar the protected one
    gone = backups.rotate(tmp_path, now, budget=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in made[:2])


def test_the_newest_backup_before_an_upgrade_outlives_rotation(tmp_path: Path) -> None:
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    upgrade = _tiny_backup(tmp_path, now - timedelta(hours=20), 10, backups.UPGRADING)
    for n in range(12):
        _tiny_backup(tmp_path, now - timedelta(hours=n), 10)
    gone = backups.rotate(tmp_path, now)
    assert upgrade.exists() and len(gone) == 2


def test_a_backup_that_would_leave_the_disk_nearly_full_is_skipped(
    service: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    gb = backups.GB
    monkeypatch.setattr(backups.shutil, "disk_usage", lambda _: shutil_usage(500 * gb, gb))
    with pytest.raises(BackupError, match="backup was skipped"):
        backups.make_backup(service.store, "every 10 minutes")
    assert not any(backups.folder_of(service.store).iterdir())
    monkeypatch.setattr(backups.shutil, "disk_usage", lambda _: shutil_usage(500 * gb, 2 * gb))
    backups.make_backup(service.store, "every 10 minutes")


def shutil_usage(total: int, free: int) -> object:
    import shutil

    return shutil._ntuple_diskusage(total, total - free, free)  # type: ignore[attr-defined]


def test_a_large_project_is_backed_up_less_often_by_the_timer(service: ProjectService) -> None:
    assert backups.spacing_for(5_000_000) == timedelta(minutes=10)
    assert backups.spacing_for(300_000_000) == timedelta(minutes=30)
    assert backups.spacing_for(5_000_000_000) == timedelta(minutes=60)
    assert backups.budget_for(10_000_000) == 2 * backups.GB
    assert backups.budget_for(1_000_000_000) == 5 * backups.GB
    kept = service.backups
    made = kept.make("on opening")
    service.set_note(service.annotations()[0].id, "changed")
    assert kept.make_if_changed("every 10 minutes", spaced=True) is None  # too soon
    assert kept.due(made.taken_at + timedelta(minutes=10))
    assert kept.make_if_changed("on closing") is not None  # not spaced: made at once


def test_a_restore_whose_check_fails_says_the_project_changed(
    service: ProjectService, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = backups.make_backup(service.store, "by hand")
    service.set_note(service.annotations()[0].id, "after")
    monkeypatch.setattr(backups, "_live_verdict", lambda store: "database disk image is malformed")
    with pytest.raises(BackupError, match="failed its check") as caught:
        service.restore_backup(chosen)
    assert caught.value.replaced
    assert service.annotations()[0].note != "after"  # the copy landed; it is read again
