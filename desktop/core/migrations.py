"""Bringing a project's schema up to this version: one list of steps for SQLite project files
and shared projects on PostgreSQL alike, run inside the caller's transaction (all or nothing).

A project's schema version is SQLite's ``user_version`` in a file (readable from its header
without opening it) and the ``schema_version`` meta row on a server. A shared project is
created at the version of the Parallax that creates it; every step after that runs on both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from desktop.core import search_index
from desktop.core.model import ORPHAN_INDEX, SCHEMA_VERSION, Annotation

SCHEMA_KEY = "schema_version"
# The meta row every write transaction sets to a new random value ("changed since?").
CHANGE_KEY = "change"
_UPSERT = text(
    "INSERT INTO meta (key, value) VALUES (:key, :value) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


def set_meta(conn: Any, key: str, value: str) -> None:
    """Set a meta row, whichever database holds it (both take this upsert)."""
    conn.execute(_UPSERT, {"key": key, "value": value})


def stored_version(conn: Any) -> int:
    """The schema version the project says it has (0: none stamped)."""
    if conn.dialect.name == "sqlite":
        return int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)
    found = conn.execute(
        text("SELECT value FROM meta WHERE key = :key"), {"key": SCHEMA_KEY}
    ).scalar()
    return int(found or 0)


def stamp(conn: Any, version: int = SCHEMA_VERSION) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA user_version={int(version)}")
    else:
        set_meta(conn, SCHEMA_KEY, str(version))


def columns(conn: Any, table: str) -> set[str]:
    if conn.dialect.name == "sqlite":
        return {row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")}
    found = conn.execute(
        text(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = :table"
        ),
        {"table": table},
    )
    return set(found.scalars())


@dataclass(frozen=True)
class Step:
    version: int  # the schema version this step brings a project to
    run: Callable[[Any], None]
    # False: the step only makes reading faster (an index); a project that cannot be
    # written (a read-only file, an archive) is read without it rather than refused.
    to_read: bool = True


def _full_text_index(conn: Any) -> None:
    # SQLite's own FTS5 index; a server's search is its own (search on a shared project).
    if conn.dialect.name == "sqlite":
        for statement in (*search_index.SCHEMA, *search_index.FILL):
            conn.exec_driver_sql(statement)


def _orphan_flag(conn: Any) -> None:
    if "orphan" not in columns(conn, "annotation"):
        conn.exec_driver_sql("ALTER TABLE annotation ADD COLUMN orphan BOOLEAN NOT NULL DEFAULT 0")


def _annotation_version(conn: Any) -> None:
    if "version" not in columns(conn, "annotation"):
        conn.exec_driver_sql("ALTER TABLE annotation ADD COLUMN version INTEGER NOT NULL DEFAULT 1")


def _orphan_index(conn: Any) -> None:
    # The model's own index, so an upgraded project has just what a new one is created with.
    indexes = Annotation.__table__.indexes  # type: ignore[attr-defined]
    index = next(i for i in indexes if i.name == ORPHAN_INDEX)
    index.create(conn, checkfirst=True)


STEPS = (
    Step(2, _full_text_index),
    Step(3, _orphan_flag),
    Step(4, _annotation_version),
    Step(5, _orphan_index, to_read=False),
)
assert STEPS[-1].version == SCHEMA_VERSION, "model.SCHEMA_VERSION without its step"


def readable_at(version: int) -> bool:
    """Whether this Parallax reads a project at ``version`` as it is: every later step
    only makes reading faster."""
    return all(not step.to_read for step in STEPS if step.version > version)


def upgrade(conn: Any, version: int) -> None:
    """Run every step after ``version`` and stamp the project with this schema version.
    The caller refuses a project newer than this Parallax before calling."""
    for step in STEPS:
        if step.version > version:
            step.run(conn)
    stamp(conn)
