"""A shared project on a real PostgreSQL server (the pg_server fixture): the same services
as on a project file, several instances at once without lost updates, their changes heard
by the others, and every bad address or server said plainly."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from desktop.core import annotation_rows
from desktop.core.project import ConflictError, NotSavedError, ProjectService
from desktop.core.sample import fill_sample
from desktop.core.shared_changes import ChangeListener
from desktop.core.shared_store import (
    EmptyDatabaseError,
    SharedProjectError,
    SharedStore,
    is_shared,
)
from tests import pg_server as pg

pytestmark = pytest.mark.postgres


@pytest.fixture
def shared(pg_url: str) -> Iterator[SharedStore]:
    store = SharedStore.create(pg_url, fill_sample)
    yield store
    store.close()


def _plain(records: list[Any]) -> list[dict[str, Any]]:
    """Records without what differs between two fillings of the sample (uuids, times)."""
    made = ("uuid", "imported_at", "created_at", "updated_at")
    return [{k: v for k, v in vars_of(r).items() if k not in made} for r in records]


def vars_of(record: Any) -> dict[str, Any]:
    return {name: getattr(record, name) for name in record.__slots__}


def _database(url: str) -> str:
    return url.rsplit("/", 1)[1]


def test_a_shared_project_holds_what_a_project_file_holds(
    shared: SharedStore, service: ProjectService
) -> None:
    on_server = ProjectService(shared, coder="tester")
    assert on_server.info().name == service.info().name
    assert on_server.info().path == shared.location
    assert _plain(on_server.documents()) == _plain(service.documents())
    assert _plain(on_server.annotations()) == _plain(service.annotations())
    assert [(t.name, t.kind, t.count) for t in on_server.tags()] == [
        (t.name, t.kind, t.count) for t in service.tags()
    ]
    assert on_server.coders() == service.coders()
    document = on_server.documents()[1]  # Vietnamese: diacritics survive the round trip
    assert on_server.document_text(document.id) == service.document_text(document.id)


def test_the_services_work_on_a_shared_project(shared: SharedStore) -> None:
    service = ProjectService(shared, coder="ana")
    document = service.documents()[1]
    tag = service.tags()[0]
    created = service.create_annotation(document.id, 0, 12, [tag.id], note="Thổ Nhĩ Kỳ 🇹🇷")
    again = SharedStore.open(shared.location)  # another instance, its own connections
    try:
        other = ProjectService(again, coder="binh")
        seen = other.annotation(created.id)
        assert seen == created and seen.note == "Thổ Nhĩ Kỳ 🇹🇷"
        moved = other.set_span(created.id, 2, 12, seen=seen.version)
        assert service.annotation(created.id).start == 2
        deleted = service.delete_annotation(created.id, seen=moved.version)
        assert all(a.id != created.id for a in other.annotations(document.id))
        service.restore_annotation(deleted)
        assert other.annotation(created.id) == deleted
    finally:
        again.close()


def test_a_stale_edit_from_another_machine_is_refused_not_applied(shared: SharedStore) -> None:
    again = SharedStore.open(shared.location)
    try:
        ana, binh = ProjectService(shared, coder="ana"), ProjectService(again, coder="binh")
        target = ana.annotations()[0]
        ana.set_note(target.id, "ana's reading", seen=target.version)
        with pytest.raises(ConflictError) as raised:
            binh.set_note(target.id, "binh's reading", seen=target.version)
        assert raised.value.current.note == "ana's reading"
        assert ana.annotation(target.id).note == "ana's reading"
    finally:
        again.close()


def test_concurrent_edits_of_one_annotation_lose_no_update(shared: SharedStore) -> None:
    """Eight instances, each in its own thread with its own connections, edit one annotation
    against the same version at once: exactly one wins, the others are told."""
    target = ProjectService(shared).annotations()[0]
    stores = [SharedStore.open(shared.location) for _ in range(8)]
    outcomes: list[str] = []
    start = threading.Barrier(len(stores))

    def edit(n: int) -> None:
        service = ProjectService(stores[n], coder=f"coder{n}")
        start.wait()
        try:
            service.set_note(target.id, f"note {n}", seen=target.version)
            outcomes.append(f"saved {n}")
        except ConflictError:
            outcomes.append("conflict")

    threads = [threading.Thread(target=edit, args=(n,)) for n in range(len(stores))]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        for store in stores:
            store.close()
    saved = [o for o in outcomes if o.startswith("saved")]
    assert len(outcomes) == 8 and len(saved) == 1
    now = ProjectService(shared).annotation(target.id)
    assert now.note == f"note {saved[0].split()[1]}" and now.version == target.version + 1


def test_concurrent_new_annotations_are_all_kept(shared: SharedStore) -> None:
    document = ProjectService(shared).documents()[0]
    before = len(ProjectService(shared).annotations())
    stores = [SharedStore.open(shared.location) for _ in range(4)]

    def tag(n: int) -> None:
        service = ProjectService(stores[n], coder=f"coder{n}")
        for k in range(10):
            service.create_annotation(document.id, n * 100 + k, n * 100 + k + 5)

    threads = [threading.Thread(target=tag, args=(n,)) for n in range(len(stores))]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        for store in stores:
            store.close()
    after = ProjectService(shared).annotations()
    assert len(after) == before + 40
    assert len({a.id for a in after}) == len(after)


def test_another_instances_change_is_heard_within_two_seconds(shared: SharedStore) -> None:
    heard: list[tuple[float, dict[str, Any]]] = []
    got = threading.Event()

    def on_change(payload: dict[str, Any]) -> None:
        heard.append((time.monotonic(), payload))
        got.set()

    listener = ChangeListener(shared.url, shared.instance, on_change)
    assert listener.start()
    again = SharedStore.open(shared.location)
    try:
        ProjectService(shared).set_note(ProjectService(shared).annotations()[0].id, "own")
        time.sleep(0.6)
        assert heard == []  # its own changes are not announced back to it
        changed_at = time.monotonic()
        ProjectService(again).set_note(ProjectService(again).annotations()[0].id, "theirs")
        assert got.wait(2.0)
        assert heard[0][1]["from"] == again.instance
        assert heard[0][0] - changed_at < 2.0
    finally:
        again.close()
        listener.stop()


def test_a_refused_write_is_announced_to_nobody(shared: SharedStore) -> None:
    got = threading.Event()
    listener = ChangeListener(shared.url, "someone else", lambda payload: got.set())
    assert listener.start()
    try:
        service = ProjectService(shared)
        target = service.annotations()[0]
        with pytest.raises(ConflictError):
            service.set_note(target.id, "x", seen=target.version + 5)
        assert not got.wait(1.0)
    finally:
        listener.stop()


def test_a_connection_dropped_mid_action_fails_visibly_and_saves_nothing(
    shared: SharedStore, pg_server: pg.Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = ProjectService(shared, coder="ana")
    document = service.documents()[0]
    count = len(service.annotations())
    insert = annotation_rows.insert

    def dropped_after_insert(session: Any, values: Any, tag_ids: Any) -> int:
        ident = insert(session, values, tag_ids)
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
        with pg_server.admin() as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        return ident

    monkeypatch.setattr(annotation_rows, "insert", dropped_after_insert)
    with pytest.raises(NotSavedError, match="not saved"):
        service.create_annotation(document.id, 0, 5)
    monkeypatch.undo()
    assert len(service.annotations()) == count  # nothing half-written, and it still works
    service.create_annotation(document.id, 0, 5)
    assert len(service.annotations()) == count + 1


def test_an_older_schema_is_upgraded_by_the_same_steps(pg_url: str) -> None:
    SharedStore.create(pg_url, fill_sample).close()
    store = SharedStore.open(pg_url)
    with store.write() as session:  # as schema 3 had it: no version column, no orphan index
        session.execute(text("ALTER TABLE annotation DROP COLUMN version"))
        session.execute(text("DROP INDEX ix_annotation_orphan"))
        session.execute(text("UPDATE meta SET value = '3' WHERE key = 'schema_version'"))
    store.close()
    store = SharedStore.open(pg_url)
    try:
        annotations = ProjectService(store).annotations()
        assert annotations and {a.version for a in annotations} == {1}
        with store.read() as session:
            version = session.execute(
                text("SELECT value FROM meta WHERE key = 'schema_version'")
            ).scalar()
            indexed = session.execute(
                text("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_annotation_orphan'")
            ).scalar()
        assert version == "5" and indexed == 1
    finally:
        store.close()


# -- bad input ------------------------------------------------------------------------


def test_a_newer_schema_is_refused_and_left_untouched(pg_url: str) -> None:
    SharedStore.create(pg_url, fill_sample).close()
    store = SharedStore.open(pg_url)
    with store.write() as session:
        session.execute(text("UPDATE meta SET value = '99' WHERE key = 'schema_version'"))
    store.close()
    with pytest.raises(SharedProjectError, match=r"newer Parallax.*schema 99"):
        SharedStore.open(pg_url)


def test_an_empty_database_is_said_so_and_a_project_can_be_made_there(pg_url: str) -> None:
    with pytest.raises(EmptyDatabaseError, match="holds no Parallax project"):
        SharedStore.open(pg_url)
    store = SharedStore.create(pg_url)
    try:
        ProjectService(store).initialise("Newsroom")
        assert ProjectService(store).info().name == "Newsroom"
    finally:
        store.close()
    with pytest.raises(SharedProjectError, match="not empty"):
        SharedStore.create(pg_url)


def test_a_database_of_something_else_is_left_untouched(pg_url: str, pg_server: pg.Server) -> None:
    with pg_server.admin(_database(pg_url)) as admin:
        admin.execute("CREATE TABLE invoices (id integer)")
    with pytest.raises(SharedProjectError, match="not a Parallax project"):
        SharedStore.open(pg_url)
    with pg_server.admin(_database(pg_url)) as admin:
        tables = admin.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
    assert tables == [("invoices",)]


def test_a_missing_database_is_named(pg_server: pg.Server) -> None:
    url = pg_server.url(pg.APP_ROLE, "no_such_project")
    with pytest.raises(SharedProjectError, match="has no database no_such_project"):
        SharedStore.open(url)


def test_a_wrong_password_is_named_and_not_kept(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    monkeypatch.setenv("PGPASSWORD", "wrong")
    with pytest.raises(SharedProjectError, match="refused the password") as raised:
        SharedStore.open(pg_url)
    assert "wrong" not in str(raised.value)
    assert "pgpass" in str(raised.value)
    monkeypatch.delenv("PGPASSWORD")
    with pytest.raises(SharedProjectError, match="asks for a password"):
        SharedStore.open(pg_url)


def test_a_password_in_the_address_is_never_shown(
    pg_url: str, pg_server: pg.Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    password = pg_server.create_role(pg.APP_ROLE, "hunter2-" + os.urandom(4).hex())
    monkeypatch.setenv("PGPASSFILE", os.devnull)  # only the address has it
    with_password = pg_url.replace("parallax@", f"parallax:{password}@")
    SharedStore.create(with_password, fill_sample).close()
    store = SharedStore.open(with_password)
    try:
        assert password not in store.location
        assert password not in ProjectService(store).info().path
        assert store.location == pg_url
    finally:
        store.close()
    with pytest.raises(SharedProjectError) as raised:
        SharedStore.open(with_password.replace(password, password + "x"))
    assert password not in str(raised.value)


def test_an_unreachable_server_is_said_so_at_once() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(SharedProjectError, match=r"Cannot reach the server 127\.0\.0\.1"):
        SharedStore.open(f"postgresql://ana@127.0.0.1:{port}/project")


@pytest.mark.parametrize(
    "address", ["postgresql://", "postgresql://host", "mysql://ana@host/db", "postgresql://h:x/d"]
)
def test_a_malformed_address_is_refused_by_name(address: str) -> None:
    with pytest.raises(SharedProjectError, match="PostgreSQL address"):
        SharedStore.open(address)


def test_addresses_and_files_are_told_apart(tmp_path: Path) -> None:
    assert is_shared("postgresql://ana@host/db")
    assert is_shared("postgres://ana@host/db")
    assert is_shared("postgresql+psycopg://ana@host/db")
    assert not is_shared(str(tmp_path / "project.parallax"))
    assert not is_shared("postgresql.parallax")


def _session_of_work(service: ProjectService) -> dict[str, Any]:
    """A coder's session: the codebook, tagging, notes, spans, undoing, texts replaced,
    documents deleted and brought back, suggestions; what it returns along the way."""
    said: dict[str, Any] = {}
    codebook = service.codebook
    tag = codebook.create_tag("Iran", "actor", colour="#123456", shortcut="Alt+I")
    codebook.update_tag(tag.id, name="Iran (Tehran)", aliases=[("Iran", "en"), ("Iran", "vi")])
    child = codebook.create_tag("Khamenei", "actor", parent_id=tag.id)
    codebook.move_tag(child.id, None, 0)
    merged = codebook.merge_tags(child.id, tag.id)
    codebook.unmerge(merged)
    gone = codebook.delete_tag(child.id)
    codebook.restore_tag(gone)
    documents = service.documents()
    english = service.add_document("Thêm: một bài mới 🇻🇳", "Iran và Thổ Nhĩ Kỳ.\n" * 30)
    made = service.create_annotation(english.id, 0, 4, [tag.id], note="Iran 🇮🇷")
    service.add_tags(made.id, [documents and service.tags()[0].id])
    service.remove_tags(made.id, [tag.id])
    service.set_span(made.id, 0, 18)
    service.set_note(made.id, "Iran và Thổ Nhĩ Kỳ")
    deleted = service.delete_annotation(made.id)
    service.restore_annotation(deleted)
    tagging = service.tag_passages([(english.id, 20, 24), (english.id, 0, 18)], [tag.id])
    service.untag_passages(tagging)
    service.retag_passages(tagging)
    body = service.document_text(documents[0].id)
    change = service.replace_text(documents[0].id, "Berita baru.\n" + body[: len(body) // 2])
    said["orphans"] = len(change.orphans)
    service.restore_text(change)
    service.reapply_text(change)
    snapshot = service.delete_document(documents[1].id)
    service.restore_document(snapshot)
    service.update_document(english.id, title="Bài mới", language="vi", source="VnExpress",
                            url="", author="", published="2020-09-28")  # fmt: skip
    found = service.suggestions.open_suggestions(
        english.id, service.document_text(english.id), service.tags(),
        service.codebook.aliases(), service.annotations(english.id),
    )  # fmt: skip
    said["suggestions"] = len(found)
    service.suggestions.dismiss(found[0])
    said["dismissed"] = sorted(service.suggestions.dismissed(english.id))
    said["search"] = service.search.search("iran").document_ids
    return said


def test_a_session_of_work_ends_the_same_on_a_shared_project_as_on_a_file(
    shared: SharedStore, service: ProjectService
) -> None:
    on_server = ProjectService(shared, coder="tester")
    assert _session_of_work(on_server) == _session_of_work(service)
    assert _plain(on_server.documents()) == _plain(service.documents())
    texts = [[s.document_text(d.id) for d in s.documents()] for s in (on_server, service)]
    assert texts[0] == texts[1]
    assert _plain(on_server.annotations()) == _plain(service.annotations())
    versions = [[a.version for a in s.annotations()] for s in (on_server, service)]
    assert versions[0] == versions[1]
    assert _plain(on_server.tags()) == _plain(service.tags())
    assert _plain(on_server.codebook.aliases()) == _plain(service.codebook.aliases())


def test_files_import_and_coders_agree_on_a_shared_project_as_on_a_file(
    shared: SharedStore, service: ProjectService, tmp_path: Path
) -> None:
    """Documents imported from files (encodings detected, duplicates refused) and the
    agreement between two coders come out the same on the server as in a file."""
    from collections import Counter

    from desktop.core import agreement_table
    from desktop.core.importing import Importer

    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "a.txt").write_bytes("Thổ Nhĩ Kỳ kêu gọi ngừng bắn ở Karabakh.\n".encode() * 40)
    (folder / "b.txt").write_bytes("Россия предложила переговоры.\n".encode("cp1251") * 40)
    (folder / "c.txt").write_bytes((folder / "a.txt").read_bytes())  # the same text again
    on_server = ProjectService(shared, coder="tester")
    outcomes = []
    for each in (on_server, service):
        found = Importer(each).import_all([folder])
        outcomes.append(sorted(Counter(o.status for o in found).items()))
        document = each.documents()[-1]
        tags = [t.id for t in each.tags()[:3]]
        for coder, shift in (("ana", 0), ("binh", 3)):
            other = ProjectService(each.store, coder=coder)
            for n in range(6):
                other.create_annotation(document.id, n * 40 + shift, n * 40 + 20, [tags[n % 3]])
    assert outcomes[0] == outcomes[1] == [("duplicate", 1), ("imported", 2)]
    assert _plain(on_server.documents()) == _plain(service.documents())
    results = [
        agreement_table.compute(
            each, ["ana", "binh"], [d.id for d in each.documents()], [t.id for t in each.tags()]
        )
        for each in (on_server, service)
    ]
    assert results[0] == results[1]
