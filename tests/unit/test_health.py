"""``health.check``: each finding on a project made to have it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.core import health
from desktop.core.project import ProjectService
from desktop.core.store import Store


def test_the_sample_is_healthy(store: Store) -> None:
    found = health.check(store, backups=lambda s: [("2026-11-30 09:00", True)])
    assert found.verdict == "ok", found.report()
    assert found.report().startswith(f"No problems found in {store.path}:")
    assert [c.name for c in found.checks] == [
        "Database pages", "References between rows", "Schema", "Annotation offsets",
        "Orphaned annotations", "Search index", "Backups",
    ]  # fmt: skip


def test_drifted_offsets_and_broken_references_are_problems(sample_path: Path) -> None:
    with sqlite3.connect(sample_path) as conn:  # what a bug or another tool could leave
        conn.execute("UPDATE annotation SET start = start + 1 WHERE id = 1")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("INSERT INTO annotationtag (annotation_id, tag_id) VALUES (1, 9999)")
    conn.close()
    store = Store.open(sample_path)
    try:
        found = health.check(store)
        checks = {c.name: c for c in found.checks}
        assert found.verdict == "problem"
        assert (
            checks["Annotation offsets"].summary
            == "1 annotation whose offsets no longer hold its quote"
        )
        assert "annotation" in checks["Annotation offsets"].details[0]
        assert checks["References between rows"].summary == "1 broken reference"
        assert "annotationtag row" in checks["References between rows"].details[0]
        assert "[PROBLEM] Annotation offsets" in found.report()
    finally:
        store.close()


def test_orphans_and_missing_backups_are_warnings(service: ProjectService) -> None:
    document = service.documents()[0]
    text = service.document_text(document.id)
    service.replace_text(document.id, "Một văn bản hoàn toàn khác.\n")
    assert text  # every annotation of the document is now an orphan
    found = health.check(service.store, backups=lambda s: [])
    checks = {c.name: c for c in found.checks}
    assert found.verdict == "warning"
    assert checks["Orphaned annotations"].verdict == "warning"
    assert "to place or delete" in checks["Orphaned annotations"].summary
    assert checks["Backups"].summary.startswith("none yet")
    assert checks["Annotation offsets"].verdict == "ok"  # orphans are not drift
