"""The only place that knows the project is SQLite: engine, pragmas, transactions, files.

Everything SQLite-specific (pragmas, header checks, ``application_id``) stays here so a
later PostgreSQL store can stand beside it behind the same small surface.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session, SQLModel, create_engine

from desktop.core import search_index
from desktop.core.model import SCHEMA_VERSION

# "PRLX": marks a SQLite file as a Parallax project (PRAGMA application_id).
APPLICATION_ID = 0x50524C58
SQLITE_HEADER = b"SQLite format 3\x00"
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)


class ProjectFileError(Exception):
    """A project file the user named cannot be used; the message names it and says why."""


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit at the driver level: the driver never opens a transaction behind our back,
    # so these PRAGMAs run outside one (foreign_keys=ON is silently ignored inside one)
    # and the "begin" hook below decides how each transaction starts.
    dbapi_connection.isolation_level = None
    search_index.register(dbapi_connection)
    cursor = dbapi_connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    # Writers take the write lock up front: no deadlock when a read upgrades to a write.
    immediate = connection.get_execution_options().get("parallax_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _describe(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def _header_int(header: bytes, offset: int) -> int:
    return int.from_bytes(header[offset : offset + 4], "big")


def check_project_file(path: Path) -> None:
    """Raise ProjectFileError unless ``path`` is a Parallax project this version can open.

    The verdict on other files comes from the 100-byte SQLite header alone, without
    opening a connection (which could leave -wal/-shm files behind), so a refused file is
    left exactly as it was, with nothing beside it.
    """
    if path.is_dir():
        raise ProjectFileError(f"{path} is a folder, not a Parallax project file.")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise ProjectFileError(f"{path} cannot be read: {_describe(error)}.") from error
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise ProjectFileError(f"{path} is not a Parallax project (it is not an SQLite database).")
    if _header_int(header, 68) != APPLICATION_ID:
        raise ProjectFileError(
            f"{path} is an SQLite database but not a Parallax project; it was left untouched."
        )
    version = _header_int(header, 60)
    if version > SCHEMA_VERSION:
        raise ProjectFileError(
            f"{path} was written by a newer Parallax (project schema {version}); this version "
            f"reads schema {SCHEMA_VERSION} and older. The file was left untouched."
        )
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise ProjectFileError(f"{path} cannot be written (check its permissions).")


def check_integrity(engine: Engine, path: Path) -> None:
    """Refuse a project whose pages are damaged, before anything is written to it."""
    try:
        with engine.connect() as conn:
            verdict = conn.exec_driver_sql("PRAGMA quick_check").scalar()
    except DatabaseError as error:
        raise ProjectFileError(f"{path} is damaged and cannot be opened: {error.orig}.") from error
    if verdict != "ok":
        raise ProjectFileError(f"{path} is damaged and cannot be opened safely: {verdict}.")


def _indexed_with(conn: Any) -> str | None:
    return conn.exec_driver_sql(  # type: ignore[no-any-return]
        "SELECT value FROM meta WHERE key = 'search_index'"
    ).scalar()


def _upgrade(engine: Engine, path: Path) -> None:
    """Bring a project written by an older Parallax to this schema, and its search index
    to this version's rules, all or nothing."""
    with engine.connect() as conn:
        version = conn.exec_driver_sql("PRAGMA user_version").scalar() or 0
        if version >= SCHEMA_VERSION and _indexed_with(conn) == search_index.VERSION:
            return
    writer = engine.execution_options(parallax_write=True)
    try:
        with writer.begin() as conn:
            version = conn.exec_driver_sql("PRAGMA user_version").scalar() or 0
            if version < 2:  # 1 → 2: the full-text index
                for statement in (*search_index.SCHEMA, *search_index.FILL):
                    conn.exec_driver_sql(statement)
            elif _indexed_with(conn) != search_index.VERSION:  # folded by other rules
                for statement in (*search_index.DROP, *search_index.SCHEMA, *search_index.FILL):
                    conn.exec_driver_sql(statement)
            if version < 3 and "orphan" not in _columns(conn, "annotation"):  # 2 → 3
                conn.exec_driver_sql(
                    "ALTER TABLE annotation ADD COLUMN orphan BOOLEAN NOT NULL DEFAULT 0"
                )
            _record_index(conn)
            conn.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
    except DatabaseError as error:
        raise ProjectFileError(
            f"{path} could not be brought up to date (schema {SCHEMA_VERSION}): {error.orig}. "
            "It was left as it was."
        ) from error


def _columns(conn: Any, table: str) -> set[str]:
    return {row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")}


def _record_index(conn: Any) -> None:
    conn.exec_driver_sql(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('search_index', ?)",
        (search_index.VERSION,),
    )


class Store:
    """An open project database. Hands out sessions; one write session = one transaction."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self._engine = engine
        self._write_engine = engine.execution_options(parallax_write=True)

    @classmethod
    def open(cls, path: Path | str) -> Store:
        path = Path(path)
        check_project_file(path)
        engine = _make_engine(path)
        try:
            check_integrity(engine, path)
            _upgrade(engine, path)
        except ProjectFileError:
            engine.dispose()
            raise
        return cls(path, engine)

    @classmethod
    def create(cls, path: Path | str, fill: Callable[[Store], None] | None = None) -> Store:
        """Create a new project at ``path``, filled by ``fill``, all or nothing.

        The project is built in a temporary file beside ``path`` and renamed into place
        only when complete, so a failure never leaves a half-made project behind.
        """
        path = Path(path)
        if path.exists():
            raise ProjectFileError(f"{path} already exists.")
        folder = path.parent
        if not folder.is_dir():
            raise ProjectFileError(f"Cannot create {path}: the folder {folder} does not exist.")
        try:
            handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=folder)
            os.close(handle)
            os.unlink(temp_name)  # SQLite must create the file itself
        except OSError as error:
            raise ProjectFileError(f"Cannot create {path}: {_describe(error)}.") from error
        temp = Path(temp_name)
        engine = _make_engine(temp)
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                conn.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
                SQLModel.metadata.create_all(conn)
                for statement in search_index.SCHEMA:
                    conn.exec_driver_sql(statement)
                _record_index(conn)
            store = cls(temp, engine)
            if fill is not None:
                fill(store)
            engine.dispose()  # last connection closed: SQLite checkpoints and drops the WAL
            os.replace(temp, path)
        except BaseException as error:
            engine.dispose()
            for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            if isinstance(error, ProjectFileError | KeyboardInterrupt):
                raise
            raise ProjectFileError(f"Cannot create {path}: {_describe(error)}.") from error
        return cls.open(path)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self._engine, expire_on_commit=False) as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed, durably, when the block ends without error."""
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    def pragma(self, name: str) -> Any:
        with self._engine.connect() as conn:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

    def close(self) -> None:
        self._engine.dispose()
