"""Orphans counted per document from their own partial index (schema 5), in a project file
and on a shared project: the counts, the index a new and an upgraded project have, and that
the query the service runs is one the index serves (a partial index is used only when the
query's condition matches its own)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from desktop.core import migrations
from desktop.core.model import ORPHAN_INDEX, SCHEMA_VERSION
from desktop.core.project import ProjectService
from desktop.core.project_store import ProjectStore
from desktop.core.sample import fill_sample
from desktop.core.shared_store import SharedStore
from desktop.core.store import Store
from tests.faults import read_only
from tests.old_schemas import as_schema


def orphan_some(store: ProjectStore) -> dict[int, int]:
    """Mark every third annotation an orphan; the orphans each document then has."""
    service = ProjectService(store)
    chosen = service.annotations()[::3]
    with store.write() as session:
        session.execute(
            text("UPDATE annotation SET orphan = :yes WHERE id = :id"),
            [{"yes": True, "id": a.id} for a in chosen],
        )
    counted: dict[int, int] = {}
    for annotation in chosen:
        counted[annotation.document_id] = counted.get(annotation.document_id, 0) + 1
    assert len(counted) > 1
    return counted


def assert_counted(store: ProjectStore, orphans: dict[int, int]) -> None:
    service = ProjectService(store)
    documents = service.documents()
    every = {d.id: len(service.annotations(d.id)) for d in documents}
    assert {d.id: d.annotation_count for d in documents} == every
    assert {d.id: d.orphan_count for d in documents} == {
        d.id: orphans.get(d.id, 0) for d in documents
    }
    for document in documents:  # the one-document read counts the same
        assert service.document(document.id) == document


def statements_of(store: Any, action: Any) -> list[tuple[str, Any]]:
    """The SQL ``action`` runs on ``store``'s engine, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def heard(conn: Any, cursor: Any, statement: str, parameters: Any, *rest: Any) -> None:
        seen.append((statement, parameters))

    engine = store._engine
    event.listen(engine, "before_cursor_execute", heard)
    try:
        action()
    finally:
        event.remove(engine, "before_cursor_execute", heard)
    return seen


def orphan_count(store: Any) -> tuple[str, Any]:
    """The statement of ``documents()`` that counts every document's orphans (one
    document's, by ``document(id)``, may as well go by the document's own index)."""
    service = ProjectService(store)
    found = [s for s in statements_of(store, service.documents) if "orphan" in s[0]]
    assert len(found) == 1
    return found[0]


# -- a project file ------------------------------------------------------------------------


def index_sql(path: Path) -> str | None:
    with sqlite3.connect(path) as conn:
        row = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (ORPHAN_INDEX,)
        ).fetchone()
    conn.close()
    return None if row is None else str(row[0])


def test_a_new_project_counts_orphans_from_their_index(tmp_path: Path) -> None:
    path = tmp_path / "p.parallax"
    store = Store.create(path, fill_sample)
    try:
        orphans = orphan_some(store)
        assert_counted(store, orphans)
        statement, parameters = orphan_count(store)
        with store.read() as session:
            plan = session.connection().exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, parameters
            )
            details = " ".join(str(row[-1]) for row in plan)
        assert f"INDEX {ORPHAN_INDEX}" in details, (statement, details)
    finally:
        store.close()
    assert index_sql(path) == (
        f"CREATE INDEX {ORPHAN_INDEX} ON annotation (document_id) WHERE orphan = 1"
    )


def test_a_schema_4_project_gets_the_index_and_counts_the_same_before_and_after(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v4.parallax"
    store = Store.create(path, fill_sample)
    orphans = orphan_some(store)
    store.close()
    as_schema(path, 4)
    seen: list[int] = []

    def before(old: Store) -> None:  # still schema 4, without the index: counted the same
        seen.append(old.pragma("user_version"))
        assert_counted(old, orphans)

    store = Store.open(path, before)
    try:
        assert seen == [4]
        assert store.pragma("user_version") == SCHEMA_VERSION == 5
        assert migrations.STEPS[-1].version == 5
        assert_counted(store, orphans)
    finally:
        store.close()
    assert index_sql(path) is not None


# -- a shared project ----------------------------------------------------------------------


@pytest.fixture
def shared(pg_url: str) -> Iterator[SharedStore]:
    SharedStore.create(pg_url, fill_sample).close()
    store = SharedStore.open(pg_url)
    yield store
    store.close()


def pg_index(store: SharedStore) -> str | None:
    with store.read() as session:
        found = session.execute(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = :name"),
            {"name": ORPHAN_INDEX},
        ).scalar()
    return None if found is None else str(found)


@pytest.mark.postgres
def test_a_shared_project_counts_orphans_from_their_index(shared: SharedStore) -> None:
    orphans = orphan_some(shared)
    assert_counted(shared, orphans)
    assert (found := pg_index(shared)) is not None and found.endswith("WHERE orphan")
    statement, parameters = orphan_count(shared)
    with shared.read() as session:
        conn = session.connection()
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")  # a small table: forced
        plan = conn.exec_driver_sql("EXPLAIN " + statement, parameters).scalars().all()
    assert any(ORPHAN_INDEX in line for line in plan), (statement, plan)


@pytest.mark.postgres
def test_a_shared_project_at_schema_4_gets_the_index(pg_url: str, shared: SharedStore) -> None:
    orphans = orphan_some(shared)
    with shared.write() as session:  # as schema 4 had it
        session.execute(text(f"DROP INDEX {ORPHAN_INDEX}"))
        session.execute(text("UPDATE meta SET value = '4' WHERE key = 'schema_version'"))
    assert pg_index(shared) is None
    assert_counted(shared, orphans)  # not upgraded yet: counted all the same
    store = SharedStore.open(pg_url)
    try:
        assert pg_index(store) is not None
        with store.read() as session:
            assert migrations.stored_version(session.connection()) == SCHEMA_VERSION == 5
        assert_counted(store, orphans)
    finally:
        store.close()


def test_a_read_only_schema_4_file_opens_as_it_is_and_counts_the_same(tmp_path: Path) -> None:
    path = tmp_path / "archived.parallax"
    store = Store.create(path, fill_sample)
    orphans = orphan_some(store)
    store.close()
    as_schema(path, 4)
    before = path.read_bytes()
    with read_only(path):
        store = Store.open(path)  # the index only speeds reading up: not needed to read it
        try:
            assert store.read_only
            assert store.pragma("user_version") == 4
            assert_counted(store, orphans)
        finally:
            store.close()
    assert path.read_bytes() == before
    assert index_sql(path) is None


def test_a_read_only_file_missing_a_step_it_needs_is_still_refused(tmp_path: Path) -> None:
    assert not migrations.readable_at(3)  # the version column (schema 4) is read
    assert migrations.readable_at(4) and migrations.readable_at(SCHEMA_VERSION)
