"""A shared project: one PostgreSQL database that several Parallax instances edit at once.

The services see the surface of ``store.Store``: ``read()``/``write()`` sessions (one write
= one short transaction), ``location`` and ``default_name`` for messages, ``close()``. What is
the server's own: connecting (credentials only through libpq's conventions — ``~/.pgpass``,
``PGPASSWORD``, a service file — never kept by Parallax), one attempt per action and a
message that names the server and the problem instead of retrying, the schema set up and
upgraded by ``migrations`` under an advisory lock (two instances never upgrade at once), and
a notification on every committed change (``shared_changes`` listens for them).
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError
from sqlmodel import Session, SQLModel

from desktop.core import migrations
from desktop.core.messages import QT_TRANSLATE_NOOP
from desktop.core.model import SCHEMA_VERSION
from desktop.core.project_store import first_line
from desktop.core.store import ProjectFileError

SCHEMES = ("postgresql", "postgres")
# Every committed change is announced on this channel (NOTIFY is per database).
CHANNEL = "parallax_changes"
# pg_advisory_xact_lock key while the schema is made or upgraded: "PRLX".
_SETUP_LOCK = 0x50524C58
CONNECT_TIMEOUT = 5  # seconds: an unreachable server is said so, not waited on


class SharedProjectError(ProjectFileError):
    """A shared project cannot be used; the message names the server and says why."""


class EmptyDatabaseError(SharedProjectError):
    """The database holds no project yet: one can be made there (``SharedStore.create``)."""


def is_shared(location: str) -> bool:
    """Whether ``location`` names a shared project (a PostgreSQL URL) rather than a file."""
    scheme = location.split("://", 1)[0].split("+", 1)[0].lower() if "://" in location else ""
    return scheme in SCHEMES


def parse(location: str) -> URL:
    """The URL with Parallax's driver; SharedProjectError for one that cannot be."""
    try:
        url = make_url(location)
    except (ArgumentError, ValueError) as error:  # ValueError: a port not a number
        bad = QT_TRANSLATE_NOOP(
            "SharedProject", "{location} is not a PostgreSQL address: {reason}."
        )
        raise SharedProjectError(bad.format(location=location, reason=error)) from error
    if url.drivername.split("+", 1)[0] not in SCHEMES or not url.database:
        bad = QT_TRANSLATE_NOOP(
            "SharedProject",
            "{location} is not a PostgreSQL address of the form "
            "postgresql://user@host:port/database.",
        )
        raise SharedProjectError(bad.format(location=display(url)))
    return url.set(drivername="postgresql+psycopg")


def database_name(location: str) -> str:
    """The database an address names, for a title or a menu (what follows its last "/"
    when it is no address ``parse`` takes: an entry remembered from long ago)."""
    try:
        return str(parse(location).database)
    except SharedProjectError:
        return location.rsplit("/", 1)[-1].split("?", 1)[0]


def display(url: URL) -> str:
    """The address as shown and remembered: without any password."""
    shown = URL.create(
        "postgresql", url.username, None, url.host, url.port, url.database, url.query
    )  # (url.set(password=None) would keep it: None there means "unchanged")
    return shown.render_as_string(hide_password=False)


def _sqlstate(error: BaseException) -> str:
    return str(getattr(getattr(error, "orig", None), "sqlstate", "") or "")


def connection_problem(url: URL, error: BaseException) -> str:
    """Why the server refused or could not be reached, in the user's words."""
    where = display(url)
    server = f"{url.host or 'localhost'}:{url.port or 5432}"
    cause = getattr(error, "orig", error)
    reason = first_line(cause)
    state = _sqlstate(error)
    lowered = " ".join(str(cause).split()).lower()
    if state == "28P01" or "password authentication failed" in lowered:
        message = QT_TRANSLATE_NOOP(
            "SharedProject",
            "The server {server} refused the password for {user} ({location}). Parallax never "
            "stores passwords: put the right one in your ~/.pgpass file (or PGPASSWORD).",
        )
    elif "no password supplied" in lowered:
        message = QT_TRANSLATE_NOOP(
            "SharedProject",
            "The server {server} asks for a password for {user} ({location}). Parallax never "
            "stores passwords: put it in your ~/.pgpass file (or PGPASSWORD).",
        )
    elif state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        message = QT_TRANSLATE_NOOP(
            "SharedProject",
            "The server {server} has no database {database} ({location}); ask its "
            "administrator to create it.",
        )
    elif state.startswith("28"):
        message = QT_TRANSLATE_NOOP(
            "SharedProject", "The server {server} refused {user} ({location}): {reason}."
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "SharedProject", "Cannot reach the server {server} ({location}): {reason}."
        )
    return message.format(
        server=server, user=url.username or "?", database=url.database, location=where,
        reason=reason,
    )  # fmt: skip


def _make_engine(url: URL) -> Engine:
    return create_engine(
        url,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT,
            "application_name": "Parallax",
            # Times are stored as UTC without a zone: the session must not shift them.
            "options": "-c timezone=UTC",
        },
        pool_size=2,
        max_overflow=4,
        # A connection the server dropped while idle is replaced before it is used, once.
        pool_pre_ping=True,
    )


def _tables(conn: Any) -> set[str]:
    return set(inspect(conn).get_table_names())


class SharedStore:
    """An open shared project. Hands out sessions; one write session = one transaction,
    announced to the other instances when it commits."""

    shared = True
    read_only = False
    unclean: str | None = None

    def __init__(self, url: URL, engine: Engine) -> None:
        self.url = url
        self._engine = engine
        # This instance's mark on its own notifications, so it can tell them from others'.
        self.instance = uuid.uuid4().hex

    @property
    def location(self) -> str:
        return display(self.url)

    @property
    def default_name(self) -> str:
        return str(self.url.database)

    @staticmethod
    def write_failure(error: DatabaseError) -> str:
        return write_failure(error)

    @classmethod
    def open(cls, location: str) -> SharedStore:
        """Open the shared project at ``location``; its schema is upgraded when older.
        EmptyDatabaseError when the database holds nothing yet."""
        return cls._connect(location, None)

    @classmethod
    def create(
        cls, location: str, fill: Callable[[SharedStore], None] | None = None
    ) -> SharedStore:
        """Make a new shared project in the empty database at ``location``, filled by
        ``fill``, all or nothing: the tables and what ``fill`` writes commit together."""
        return cls._connect(location, fill or (lambda store: None))

    @classmethod
    def _connect(cls, location: str, fill: Callable[[SharedStore], None] | None) -> SharedStore:
        url = parse(location)
        engine = _make_engine(url)
        store = cls(url, engine)
        try:
            with engine.connect() as conn, conn.begin():
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SETUP_LOCK})
                tables = _tables(conn)
                if fill is not None:
                    store._make(conn, tables, fill)
                else:
                    store._check(conn, tables)
        except SharedProjectError:
            engine.dispose()
            raise
        except DBAPIError as error:
            engine.dispose()
            raise SharedProjectError(connection_problem(url, error)) from error
        except BaseException:
            engine.dispose()
            raise
        return store

    def _make(self, conn: Any, tables: set[str], fill: Callable[[SharedStore], None]) -> None:
        if tables:
            taken = QT_TRANSLATE_NOOP(
                "SharedProject",
                "The database {location} is not empty; a new shared project needs an empty "
                "database.",
            )
            raise SharedProjectError(taken.format(location=self.location))
        SQLModel.metadata.create_all(conn)
        migrations.stamp(conn)
        with Session(bind=conn, expire_on_commit=False) as session:
            self._filling = session
            try:
                fill(self)
                session.flush()
            finally:
                self._filling = None

    def _check(self, conn: Any, tables: set[str]) -> None:
        if not tables:
            empty = QT_TRANSLATE_NOOP(
                "SharedProject",
                "The database {location} holds no Parallax project yet. Upload one there "
                "(parallax upload) or start a new shared project in it.",
            )
            raise EmptyDatabaseError(empty.format(location=self.location))
        version = migrations.stored_version(conn) if "meta" in tables else 0
        if not version:
            other = QT_TRANSLATE_NOOP(
                "SharedProject",
                "The database {location} holds tables that are not a Parallax project; it "
                "was left untouched.",
            )
            raise SharedProjectError(other.format(location=self.location))
        if version > SCHEMA_VERSION:
            newer = QT_TRANSLATE_NOOP(
                "SharedProject",
                "The shared project {location} was set up by a newer Parallax (project "
                "schema {version}); this version reads schema {supported} and older. Nothing "
                "was changed.",
            )
            raise SharedProjectError(
                newer.format(location=self.location, version=version, supported=SCHEMA_VERSION)
            )
        if version < SCHEMA_VERSION:
            migrations.upgrade(conn, version)

    # -- sessions -----------------------------------------------------------------------

    _filling: Session | None = None

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        if self._filling is not None:
            yield self._filling
            return
        with Session(self._engine, expire_on_commit=False) as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed when the block ends without error, and then
        announced to every other instance with the project open."""
        if self._filling is not None:
            with self._filling.begin_nested():
                yield self._filling
            return
        with Session(self._engine, expire_on_commit=False) as session, session.begin():
            yield session
            # Delivered on commit only: a rolled-back change is never announced.
            payload = json.dumps({"from": self.instance})
            session.execute(
                text("SELECT pg_notify(:channel, :payload)"),
                {"channel": CHANNEL, "payload": payload},
            )

    def close(self) -> None:
        self._engine.dispose()


def write_failure(error: DatabaseError) -> str:
    """Why the server refused a write, in the user's words (its own after them)."""
    first = first_line(error.orig)
    if _sqlstate(error).startswith("08") or "connection" in first.lower():
        lost = QT_TRANSLATE_NOOP("SharedProject", "the connection to the server was lost ({error})")
        return lost.format(error=first)
    return first
