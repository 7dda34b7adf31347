"""The PostgreSQL test server behaves like a real one: passwords, databases, extensions."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from tests import pg_server as pg

pytestmark = pytest.mark.postgres


def test_the_owner_role_connects_with_the_password_from_pgpassfile(pg_url: str) -> None:
    parts = urlsplit(pg_url)
    assert parts.password is None
    assert (parts.scheme, parts.username, parts.hostname) == ("postgresql", "parallax", pg.HOST)
    passfile = Path(os.environ["PGPASSFILE"])
    assert stat.S_IMODE(passfile.stat().st_mode) == 0o600
    with psycopg.connect(pg_url) as connection:
        row = connection.execute(
            "SELECT current_user, current_database(), rolsuper, pg_encoding_to_char(encoding)"
            " FROM pg_roles, pg_database WHERE rolname = current_user"
            " AND datname = current_database()"
        ).fetchone()
        owner = connection.execute(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
        ).fetchone()
    assert row == ("parallax", parts.path.lstrip("/"), False, "UTF8")
    assert owner == ("parallax",)


def test_a_wrong_password_is_refused(pg_url: str) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(pg_url, password="not-the-password").close()


def test_no_password_at_all_is_refused(pg_url: str, tmp_path: Path) -> None:
    empty = tmp_path / "pgpass"
    empty.write_text("")
    empty.chmod(0o600)
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(pg_url, passfile=str(empty)).close()


def test_a_missing_database_is_refused(pg_server: pg.Server) -> None:
    url = pg_server.url(pg.APP_ROLE, "parallax_no_such_database")
    with pytest.raises(psycopg.OperationalError, match="does not exist"):
        psycopg.connect(url).close()


def test_the_owner_can_create_unaccent(pg_url: str) -> None:
    # unaccent is a trusted extension: a database's owner creates it without a superuser.
    with psycopg.connect(pg_url) as connection:
        connection.execute("CREATE EXTENSION unaccent")
        row = connection.execute("SELECT unaccent('Hôtel Çà'), lower('ÉCOLE')").fetchone()
    assert row == ("Hotel Ca", "école")


def test_listen_notify_between_two_connections(pg_url: str) -> None:
    with (
        psycopg.connect(pg_url, autocommit=True) as listener,
        psycopg.connect(pg_url, autocommit=True) as notifier,
    ):
        listener.execute("LISTEN parallax_changes")
        notifier.execute("SELECT pg_notify('parallax_changes', 'tag 42')")
        received = [(n.channel, n.payload) for n in listener.notifies(timeout=30, stop_after=1)]
    assert received == [("parallax_changes", "tag 42")]


def test_fresh_databases_are_empty_and_isolated(pg_server: pg.Server, pg_url: str) -> None:
    other = "parallax_test_other"
    other_url = pg_server.create_database(other, owner=pg.APP_ROLE)
    try:
        with psycopg.connect(pg_url) as first:
            first.execute("CREATE TABLE note (body text)")
            first.execute("INSERT INTO note VALUES ('only here')")
        with psycopg.connect(other_url) as second:
            tables = second.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
            ).fetchone()
        assert tables == (0,)
    finally:
        pg_server.drop_database(other)


def test_dropping_a_database_ends_its_connections(pg_server: pg.Server) -> None:
    url = pg_server.create_database("parallax_test_dropped", owner=pg.APP_ROLE)
    with psycopg.connect(url) as connection:
        pg_server.drop_database("parallax_test_dropped")
        with pytest.raises(psycopg.OperationalError):
            connection.execute("SELECT 1")
    with pytest.raises(psycopg.OperationalError, match="does not exist"):
        psycopg.connect(url).close()


def test_the_app_role_is_not_a_superuser(pg_url: str) -> None:
    with (
        psycopg.connect(pg_url, autocommit=True) as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute("CREATE DATABASE parallax_test_not_allowed")


def test_without_postgresql_the_reason_is_clear(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(pg.BINDIR_VARIABLE, str(tmp_path))
    monkeypatch.delenv(pg.URL_VARIABLE, raising=False)
    with pytest.raises(pg.ServerError, match="initdb and pg_ctl not found"), pg.session_server():
        pass


def test_the_script_starts_a_server_ci_can_use_and_stops_it(pg_server: pg.Server) -> None:
    folder = Path(tempfile.mkdtemp(prefix="parallax-pg-cli-"))  # /tmp: reachable when root
    script = [sys.executable, str(Path(pg.__file__))]
    try:
        started = subprocess.run(
            [*script, "start", str(folder)], capture_output=True, text=True, check=True
        )
        exported = dict(
            line.removeprefix("export ").split("=", 1) for line in started.stdout.splitlines()
        )
        assert set(exported) == {pg.URL_VARIABLE, "PGPASSFILE"}
        admin_url, passfile = exported[pg.URL_VARIABLE], exported["PGPASSFILE"]
        assert urlsplit(admin_url).password is None
        with psycopg.connect(admin_url, passfile=passfile) as connection:
            row = connection.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            assert row.fetchone() == (True,)
    finally:
        subprocess.run([*script, "stop", str(folder)], capture_output=True, check=True)
        shutil.rmtree(folder)
    with pytest.raises(psycopg.OperationalError, match="Connection refused"):
        psycopg.connect(admin_url, passfile=passfile, connect_timeout=10).close()
