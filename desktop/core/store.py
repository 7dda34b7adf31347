"""The only place that knows the project is SQLite: engine, pragmas, transactions, files.

Everything SQLite-specific (pragmas, header checks, ``application_id``) stays here so a
later PostgreSQL store can stand beside it behind the same small surface.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session, SQLModel, create_engine

from desktop.core import migrations, search_index
from desktop.core.files import sync_folder
from desktop.core.messages import QT_TRANSLATE_NOOP
from desktop.core.model import SCHEMA_VERSION
from desktop.core.project_lock import ProjectBusy, ProjectLock

# "PRLX": marks a SQLite file as a Parallax project (PRAGMA application_id).
APPLICATION_ID = 0x50524C58
SQLITE_HEADER = b"SQLite format 3\x00"
# A meta row every write transaction sets to a new random value: "changed since the newest
# backup?" is then one comparison (a counter could repeat after a restore; a random mark
# cannot, and PRAGMA data_version only sees other connections of one process).
CHANGE_KEY = migrations.CHANGE_KEY
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)
if sys.platform == "darwin":
    # macOS's fsync() does not reach the platter; F_FULLFSYNC does (SQLite's fullfsync).
    PRAGMAS += ("PRAGMA fullfsync=ON", "PRAGMA checkpoint_fullfsync=ON")
# Files SQLite keeps beside a database: a log or journal left there is replayed into
# whatever file next bears the name.
SIDE_FILES = ("-wal", "-shm", "-journal")


class ProjectFileError(Exception):
    """A project file the user named cannot be used; the message names it and says why."""


class ProjectDamagedError(ProjectFileError):
    """The project file's pages are damaged: it can be moved aside and a backup restored."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class ProjectInUseError(ProjectFileError):
    """Another Parallax process has the project open: one writer per project file."""


UNCLEAN = QT_TRANSLATE_NOOP(
    "ProjectFile",
    "Parallax was not closed properly last time it had this project open; the project was "
    "checked and is intact.",
)
CANNOT_CREATE = QT_TRANSLATE_NOOP("ProjectFile", "Cannot create {path}: {reason}.")
ALREADY_EXISTS = QT_TRANSLATE_NOOP("ProjectFile", "{path} already exists.")
DAMAGED = QT_TRANSLATE_NOOP("ProjectFile", "{path} is damaged and cannot be opened: {reason}.")
UNSAFE = QT_TRANSLATE_NOOP(
    "ProjectFile", "{path} is damaged and cannot be opened safely: {reason}."
)


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


def _make_engine(path: Path, read_only: bool = False) -> Engine:
    if read_only:
        # SQLite itself refuses every write. Without a log to read, "immutable" reads with
        # no -wal/-shm at all: otherwise, in a writable folder, it makes ones it never
        # removes (a read-only connection does not checkpoint). Only an unwritable file is
        # opened so, which no Parallax can change meanwhile. A log already there is read.
        query = {"mode": "ro", "uri": "true"}
        if not Path(f"{path}-wal").exists():
            query["immutable"] = "1"
        database = f"file:{quote(path.absolute().as_posix())}"
        engine = create_engine(URL.create("sqlite", database=database, query=query))
    else:
        # Not a URL string: a "?" or "#" in the file's name would be parsed as URL syntax.
        engine = create_engine(URL.create("sqlite", database=str(path)))
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
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "ProjectFile", "{path} is a folder, not a Parallax project file."
            ).format(path=path)
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        unreadable = QT_TRANSLATE_NOOP("ProjectFile", "{path} cannot be read: {reason}.")
        raise ProjectFileError(unreadable.format(path=path, reason=_describe(error))) from error
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        not_sqlite = QT_TRANSLATE_NOOP(
            "ProjectFile", "{path} is not a Parallax project (it is not an SQLite database)."
        )
        raise ProjectFileError(not_sqlite.format(path=path))
    if _header_int(header, 68) != APPLICATION_ID:
        other = QT_TRANSLATE_NOOP(
            "ProjectFile",
            "{path} is an SQLite database but not a Parallax project; it was left untouched.",
        )
        raise ProjectFileError(other.format(path=path))
    _refuse_newer(path, _header_int(header, 60))


def _refuse_newer(path: Path, version: int) -> None:
    if version > SCHEMA_VERSION:
        newer = QT_TRANSLATE_NOOP(
            "ProjectFile",
            "{path} was written by a newer Parallax (project schema {version}); this version "
            "reads schema {supported} and older. The file was left untouched.",
        )
        raise ProjectFileError(newer.format(path=path, version=version, supported=SCHEMA_VERSION))


def check_schema(path: Path) -> None:
    """Refuse a project a newer Parallax wrote, judged as SQLite sees it: the header alone
    misses a newer schema still in the write-ahead log (that Parallax did not close).

    Read-only, and the connection is closed without a checkpoint, so a refused project
    keeps its log as it was. Without a log the header (``check_project_file``) is the truth,
    and no connection is opened that could leave files beside a read-only project."""
    if not Path(f"{path}-wal").exists():
        return
    uri = f"{path.as_uri()}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError:
        return  # damaged or unreadable: the integrity check that follows says so
    _refuse_newer(path, version)


def set_aside_leftovers(path: Path) -> list[Path]:
    """Rename a -wal/-shm/-journal left beside ``path`` (its project deleted by hand) to
    ``NAME-wal.orphaned`` (numbered when taken): SQLite would replay an old project's log
    into a new file of that name. Kept, never deleted; returns where they went."""
    moved: list[Path] = []
    for side in SIDE_FILES:
        source = Path(f"{path}{side}")
        if not source.exists():
            continue
        number = 1
        while (target := Path(f"{source}.{number}.orphaned" if number > 1 else
                              f"{source}.orphaned")).exists():  # fmt: skip
            number += 1
        try:
            os.rename(source, target)
        except OSError as error:
            left = QT_TRANSLATE_NOOP(
                "ProjectFile",
                "{path} is left from an earlier project of that name and could not be moved "
                "aside ({reason}); move or delete it, then try again.",
            )
            raise ProjectFileError(left.format(path=source, reason=_describe(error))) from error
        moved.append(target)
    if moved:
        sync_folder(path.parent)
    return moved


def writable(path: Path) -> bool:
    """Whether changes can be saved: SQLite writes the file and its -wal/-shm beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def interrupted(path: Path) -> bool:
    """Whether the last process to write the project ended without closing it.

    Closing the last connection checkpoints the write-ahead log and removes it; one left
    with frames in it means writes were under way when that process died. Judged only
    under the project's lock, when no other Parallax has it open."""
    try:
        return Path(f"{Path(path).resolve()}-wal").stat().st_size > 0
    except OSError:
        return False


def check_integrity(engine: Engine, path: Path, thorough: bool = False) -> None:
    """Refuse a project whose pages are damaged, before anything is written to it.

    ``thorough``, after an unclean shutdown: every page and index and every reference
    between rows, not just the quick structural check."""
    try:
        with engine.connect() as conn:
            verdict = conn.exec_driver_sql(
                "PRAGMA integrity_check" if thorough else "PRAGMA quick_check"
            ).scalar()
            dangling = (
                conn.exec_driver_sql("PRAGMA foreign_key_check").first() if thorough else None
            )
    except DatabaseError as error:
        raise ProjectDamagedError(DAMAGED.format(path=path, reason=error.orig), path) from error
    if verdict != "ok":
        raise ProjectDamagedError(UNSAFE.format(path=path, reason=verdict), path)
    if dangling is not None:
        reason = QT_TRANSLATE_NOOP(
            "ProjectFile", "a row of {table} refers to a missing row of {other}"
        ).format(table=dangling[0], other=dangling[2])
        raise ProjectDamagedError(UNSAFE.format(path=path, reason=reason), path)


def write_failure(error: DatabaseError) -> str:
    """Why SQLite refused a write, in the user's words (the driver's own after them)."""
    name = str(getattr(error.orig, "sqlite_errorname", ""))
    primary = "_".join(name.split("_")[:2])  # SQLITE_READONLY_DBMOVED → SQLITE_READONLY
    reason = {
        "SQLITE_FULL": QT_TRANSLATE_NOOP(
            "ProjectFile", "the disk is full; free some space and try again"
        ),
        "SQLITE_READONLY": QT_TRANSLATE_NOOP("ProjectFile", "the project file is read-only"),
        "SQLITE_BUSY": QT_TRANSLATE_NOOP(
            "ProjectFile", "another program is writing to it; try again in a moment"
        ),
    }.get(primary)
    if reason is None:
        return str(error.orig)
    return QT_TRANSLATE_NOOP("ProjectFile", "{reason} ({error})").format(
        reason=reason, error=error.orig
    )


def _indexed_with(conn: Any) -> str | None:
    return conn.exec_driver_sql(  # type: ignore[no-any-return]
        "SELECT value FROM meta WHERE key = 'search_index'"
    ).scalar()


def _needs_upgrade(engine: Engine) -> bool:
    with engine.connect() as conn:
        version = migrations.stored_version(conn)
        return version < SCHEMA_VERSION or _indexed_with(conn) != search_index.VERSION


def _readable_as_it_is(engine: Engine) -> bool:
    with engine.connect() as conn:
        version = migrations.stored_version(conn)
        return migrations.readable_at(version) and _indexed_with(conn) == search_index.VERSION


def _upgrade(engine: Engine, path: Path) -> None:
    """Bring a project written by an older Parallax to this schema, and its search index
    to this version's rules, all or nothing."""
    if not _needs_upgrade(engine):
        return
    writer = engine.execution_options(parallax_write=True)
    try:
        with writer.begin() as conn:
            version = migrations.stored_version(conn)
            _refuse_newer(path, version)  # never stamped down to this version's schema
            if version >= 2 and _indexed_with(conn) != search_index.VERSION:
                # Folded by other rules: rebuilt (a project below 2 gets it from its step).
                for statement in (*search_index.DROP, *search_index.SCHEMA, *search_index.FILL):
                    conn.exec_driver_sql(statement)
            migrations.upgrade(conn, version)
            _record_index(conn)
            _mark_changed(conn)
    except DatabaseError as error:
        stale = QT_TRANSLATE_NOOP(
            "ProjectFile",
            "{path} could not be brought up to date (schema {version}): {reason}. "
            "It was left as it was.",
        )
        raise ProjectFileError(
            stale.format(path=path, version=SCHEMA_VERSION, reason=error.orig)
        ) from error


def _mark_changed(conn: Any) -> None:
    migrations.set_meta(conn, CHANGE_KEY, uuid.uuid4().hex)


def _record_index(conn: Any) -> None:
    migrations.set_meta(conn, "search_index", search_index.VERSION)


class Store:
    """An open project database. Hands out sessions; one write session = one transaction."""

    shared = False  # one writer: this process (ProjectLock)

    def __init__(
        self, path: Path, engine: Engine, lock: ProjectLock | None = None, read_only: bool = False
    ) -> None:
        self.path = path
        self._engine = engine
        self._write_engine = engine.execution_options(parallax_write=True)
        self._lock = lock
        # Opened from a file or folder that cannot be written: every change is refused.
        self.read_only = read_only
        # Set when the last session ended without closing: what the check found, to show.
        self.unclean: str | None = None
        # While a new project is filled: the one session every read and write joins.
        self._filling: Session | None = None
        self._depth = 0  # reads and writes under way in it, nested

    @property
    def location(self) -> str:
        return str(self.path)

    @staticmethod
    def write_failure(error: DatabaseError) -> str:
        return write_failure(error)

    @property
    def default_name(self) -> str:
        return self.path.stem

    @classmethod
    def open(
        cls, path: Path | str, before_upgrade: Callable[[Store], object] | None = None
    ) -> Store:
        """Open a project; while it is open, no other Parallax process can open it.

        A file that cannot be written opens read-only (it takes no lock: it is never
        written). Otherwise the project's lock is taken before anything else reads it.
        The path is resolved first: a project reached through a symlink has one lock,
        one log and one backup folder whichever name it is opened by."""
        path = Path(path).resolve()
        check_project_file(path)
        if not writable(path):
            return cls._open_with(path, None)
        lock = _lock(path)
        try:
            return cls._open_with(path, lock, before_upgrade)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_with(
        cls,
        path: Path,
        lock: ProjectLock | None,
        before_upgrade: Callable[[Store], object] | None = None,
    ) -> Store:
        check_schema(path)  # under the lock: no newer Parallax is writing it meanwhile
        unclean = lock is not None and interrupted(path)
        if unclean:
            # Checked read-only: closing a read-only connection never checkpoints, so a
            # project refused here keeps its log, and the next open checks it again.
            checker = _make_engine(path, read_only=True)
            try:
                check_integrity(checker, path, thorough=True)
            finally:
                checker.dispose()
        engine = _make_engine(path, read_only=lock is None)
        try:
            if not unclean:
                check_integrity(engine, path)
            # Read-only, a project whose later steps only speed reading up is read as is.
            if lock is not None or not _readable_as_it_is(engine):
                if before_upgrade is not None and _needs_upgrade(engine):
                    before_upgrade(cls(path, engine))  # a verified backup, say; may refuse
                _upgrade(engine, path)
        except ProjectFileError:
            engine.dispose()
            raise
        store = cls(path, engine, lock, read_only=lock is None)
        store.unclean = UNCLEAN if unclean else None
        return store

    @classmethod
    def create(cls, path: Path | str, fill: Callable[[Store], None] | None = None) -> Store:
        """Create a new project at ``path``, filled by ``fill``, all or nothing.

        The project is built in a temporary file beside ``path`` and renamed into place
        only when complete, so a failure never leaves a half-made project behind.
        """
        path = Path(path).resolve()
        if path.exists():
            raise ProjectFileError(ALREADY_EXISTS.format(path=path))
        folder = path.parent
        if not folder.is_dir():
            missing = QT_TRANSLATE_NOOP("ProjectFile", "the folder {folder} does not exist").format(
                folder=folder
            )
            raise ProjectFileError(CANNOT_CREATE.format(path=path, reason=missing))
        # Locked from before it exists: no other process can open (or create) it half-made.
        lock = _lock(path, creating=True)
        try:
            if path.exists():  # made by another process since the first look
                raise ProjectFileError(ALREADY_EXISTS.format(path=path))
            set_aside_leftovers(path)
            cls._build(path, fill)
            return cls._open_with(path, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _build(cls, path: Path, fill: Callable[[Store], None] | None) -> None:
        folder = path.parent
        try:
            handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=folder)
            os.close(handle)
            os.unlink(temp_name)  # SQLite must create the file itself
        except OSError as error:
            raise ProjectFileError(
                CANNOT_CREATE.format(path=path, reason=_describe(error))
            ) from error
        temp = Path(temp_name)
        engine = _make_engine(temp)
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                migrations.stamp(conn)
                SQLModel.metadata.create_all(conn)
                for statement in search_index.SCHEMA:
                    conn.exec_driver_sql(statement)
                _record_index(conn)
            store = cls(temp, engine)
            if fill is not None:
                with store._one_transaction():
                    fill(store)
            engine.dispose()  # last connection closed: SQLite checkpoints and drops the WAL
            os.replace(temp, path)
            sync_folder(folder)
        except BaseException as error:
            engine.dispose()
            for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            if isinstance(error, ProjectFileError | KeyboardInterrupt):
                raise
            raise ProjectFileError(
                CANNOT_CREATE.format(path=path, reason=_describe(error))
            ) from error

    @contextlib.contextmanager
    def _one_transaction(self) -> Iterator[None]:
        """Every read and write in the block joins one transaction, committed when it ends:
        the sample's forty-odd actions then wait for the disk once, not once each. The file
        is a temporary one, renamed into place only when complete, so nothing of it was
        ever acknowledged before. Each write is a savepoint, so a refused one still leaves
        nothing behind."""
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            self._filling = session
            try:
                yield
            finally:
                self._filling = None
            _mark_changed(session.connection())

    @contextlib.contextmanager
    def _joined(self, write: bool) -> Iterator[Session]:
        session = self._filling
        assert session is not None
        self._depth += 1
        try:
            if write:
                with session.begin_nested():
                    yield session
            else:
                yield session
        finally:
            self._depth -= 1
        if self._depth == 0:
            session.expunge_all()  # the next action starts afresh, as with a session of its own

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        if self._filling is not None:
            with self._joined(write=False) as session:
                yield session
            return
        with Session(self._engine, expire_on_commit=False) as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed, durably, when the block ends without error."""
        if self._filling is not None:
            with self._joined(write=True) as session:
                yield session
            return
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            yield session
            _mark_changed(session.connection())

    @contextlib.contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        """The driver's own connection, from the pool, for SQLite's file-level features
        (the online backup API); it goes back to the pool afterwards."""
        if self._filling is not None:  # the filling transaction's, which sees its work
            conn = self._filling.connection().connection.driver_connection
            assert isinstance(conn, sqlite3.Connection)
            yield conn
            return
        proxy = self._engine.raw_connection()
        try:
            conn = proxy.driver_connection
            assert isinstance(conn, sqlite3.Connection)
            yield conn
        finally:
            proxy.close()

    def pragma(self, name: str) -> Any:
        if self._filling is not None:
            return self._filling.connection().exec_driver_sql(f"PRAGMA {name}").scalar()
        with self._engine.connect() as conn:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

    def close(self) -> None:
        self._engine.dispose()  # the last connection closed: SQLite checkpoints, drops the WAL
        if self._lock is not None:
            self._lock.release()


def _lock(path: Path, creating: bool = False) -> ProjectLock:
    lock = ProjectLock(path)
    try:
        lock.acquire()
    except ProjectBusy as busy:
        in_use = (
            QT_TRANSLATE_NOOP(
                "ProjectFile",
                "{path} is open in another Parallax window ({holder}); close it there first.",
            )
            if busy.holder
            else QT_TRANSLATE_NOOP(
                "ProjectFile", "{path} is open in another Parallax window; close it there first."
            )
        )
        raise ProjectInUseError(in_use.format(path=path, holder=busy.holder)) from None
    except OSError as error:
        unlocked = QT_TRANSLATE_NOOP(
            "ProjectFile", "{path} cannot be locked for writing: {reason}."
        )
        refusal = CANNOT_CREATE if creating else unlocked
        raise ProjectFileError(refusal.format(path=path, reason=_describe(error))) from error
    return lock
