"""Project files as an older Parallax wrote them, for the upgrade tests: one way to undo
each schema step (desktop/core/migrations.py), newest first, so every fake says the same
thing about a version and a new step is undone in one place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.core import search_index
from desktop.core.model import ORPHAN_INDEX


def as_schema(path: Path, version: int) -> None:
    """Make the closed project file at ``path`` look as schema ``version`` left it."""
    with sqlite3.connect(path) as conn:
        if version < 5:  # the orphans' index
            conn.execute(f"DROP INDEX IF EXISTS {ORPHAN_INDEX}")
        if version < 4:
            conn.execute("ALTER TABLE annotation DROP COLUMN version")
        if version < 3:
            conn.execute("ALTER TABLE annotation DROP COLUMN orphan")
        if version < 2:  # no full-text index yet
            for statement in search_index.DROP:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version={int(version)}")
    conn.close()
