"""A throwaway PostgreSQL server for the tests and CI: real, local, started in a folder.

``start(folder)`` runs initdb into ``folder/data`` and starts the server listening only on
127.0.0.1 (a free port) with its unix socket in ``folder/run``; ``Server.stop()`` stops it.
Every connection needs a password (scram-sha-256), so a wrong password is refused as it
would be by a real server. Passwords never appear in URLs: they live in ``folder/pgpass``
(mode 600), the file libpq reads when ``PGPASSFILE`` points at it.

initdb and postgres refuse to run as root, so as root the server runs as ``postgres`` (or
``nobody``): ``data`` and ``run`` are given to that user, ``folder`` stays the caller's.

Starting and stopping need only the standard library (CI starts the server before the venv
exists); the database and role helpers use psycopg. As a script::

    python tests/pg_server.py start DIR   # prints `export NAME=value` lines, leaves it running
    python tests/pg_server.py stop DIR

``PARALLAX_POSTGRES_BINDIR`` names the folder holding initdb and pg_ctl, instead of searching
PATH and /usr/lib/postgresql/*/bin (a folder without them simulates a machine without
PostgreSQL).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import pwd
import re
import secrets
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlsplit

if TYPE_CHECKING:
    import psycopg

BINDIR_VARIABLE = "PARALLAX_POSTGRES_BINDIR"
URL_VARIABLE = "PARALLAX_TEST_POSTGRES"  # a running server's superuser URL, for the tests
APP_ROLE = "parallax"  # the plain role the tests' databases belong to
SUPERUSER = "postgres"
HOST = "127.0.0.1"
STATE_FILE = "server.json"
SERVER_USERS = ("postgres", "nobody")  # who runs the server when we are root, first found

# Test settings: durability is not what these tests are about, so no fsync; small memory.
_CONFIG = """
listen_addresses = '127.0.0.1'
port = {port}
unix_socket_directories = '{socket_dir}'
unix_socket_permissions = 0700
password_encryption = 'scram-sha-256'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 32MB
max_connections = 100
log_min_messages = warning
"""
_HBA = """# TYPE  DATABASE  USER  ADDRESS       METHOD
local   all       all                 scram-sha-256
host    all       all   127.0.0.1/32  scram-sha-256
"""


class ServerError(RuntimeError):
    """No server could be started (or reached): the message says why."""


def find_bindir() -> Path:
    """The folder holding initdb and pg_ctl: the override, PATH, then the newest Debian one."""
    override = os.environ.get(BINDIR_VARIABLE)
    if override is not None:
        candidates = [Path(override)]
    else:
        candidates = []
        on_path = shutil.which("initdb")
        if on_path:
            candidates.append(Path(on_path).parent)
        versions = Path("/usr/lib/postgresql").glob("*/bin")
        candidates += sorted(versions, key=_version_key, reverse=True)
    for folder in candidates:
        if all(os.access(folder / tool, os.X_OK) for tool in ("initdb", "pg_ctl")):
            return folder
    searched = ", ".join(str(c) for c in candidates) or "PATH and /usr/lib/postgresql/*/bin"
    raise ServerError(f"initdb and pg_ctl not found (searched {searched})")


def _version_key(bindir: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", bindir.parent.name)) or (0,)


@dataclass(frozen=True)
class _RunAs:
    """The OS user the server runs as; ``None`` fields mean the current user."""

    uid: int | None = None
    gid: int | None = None
    name: str | None = None

    def give(self, path: Path, mode: int) -> None:
        path.chmod(mode)
        if self.uid is not None and self.gid is not None:
            os.chown(path, self.uid, self.gid)

    def run(self, command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
        extra: dict[str, Any] = {}
        if self.uid is not None:
            extra = {"user": self.uid, "group": self.gid, "extra_groups": []}
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(LC_ALL="C.UTF-8" if _has_c_utf8() else "C", LANG="C")
        return subprocess.run(
            command, cwd=cwd, env=env, capture_output=True, text=True, check=False, **extra
        )


def _run_as() -> _RunAs:
    if os.geteuid() != 0:
        return _RunAs()
    for name in SERVER_USERS:
        with contextlib.suppress(KeyError):
            entry = pwd.getpwnam(name)
            return _RunAs(entry.pw_uid, entry.pw_gid, name)
    raise ServerError(f"running as root and none of the users {SERVER_USERS} exists")


@functools.cache
def _has_c_utf8() -> bool:
    try:
        found = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False)
    except OSError:
        return False
    return any(line.lower() in ("c.utf8", "c.utf-8") for line in found.stdout.split())


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def _pgpass_field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def conninfo_url(user: str, port: int, dbname: str, host: str = HOST) -> str:
    """A libpq URL without a password (libpq finds it in PGPASSFILE)."""
    return f"postgresql://{quote(user, safe='')}@{host}:{port}/{quote(dbname, safe='')}"


@dataclass
class Server:
    """A running PostgreSQL server reachable as ``superuser`` over TCP on ``host:port``."""

    host: str
    port: int
    superuser: str
    pgpass: Path
    folder: Path | None = None  # set when this module started the server

    # -- addresses --------------------------------------------------------------------------
    @property
    def admin_url(self) -> str:
        return conninfo_url(self.superuser, self.port, "postgres", self.host)

    def url(self, user: str, dbname: str) -> str:
        return conninfo_url(user, self.port, dbname, self.host)

    def environment(self) -> dict[str, str]:
        """What a test run needs to use this server (see conftest's ``pg_server``)."""
        return {URL_VARIABLE: self.admin_url, "PGPASSFILE": str(self.pgpass)}

    # -- lifecycle ---------------------------------------------------------------------------
    def stop(self) -> None:
        """Stop a server this module started (a server it only attached to is left alone)."""
        if self.folder is not None:
            stop(self.folder)

    # -- admin helpers (psycopg) --------------------------------------------------------------
    @contextlib.contextmanager
    def admin(self, dbname: str = "postgres") -> Iterator[psycopg.Connection[Any]]:
        """An autocommit superuser connection (password from this server's pgpass file)."""
        import psycopg

        with psycopg.connect(
            self.url(self.superuser, dbname), autocommit=True, passfile=str(self.pgpass)
        ) as connection:
            yield connection

    def create_role(self, name: str, password: str | None = None) -> str:
        """Create (or reset the password of) a plain login role; returns its password.

        The password is also added to the pgpass file, so libpq finds it by itself.
        """
        from psycopg import sql

        password = password or secrets.token_hex(16)
        with self.admin() as connection:
            exists = connection.execute(
                "SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)
            ).fetchone()
            verb = "ALTER" if exists else "CREATE"
            connection.execute(
                sql.SQL(
                    verb + " ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD {}"
                ).format(sql.Identifier(name), sql.Literal(password))
            )
        _set_pgpass_line(self.pgpass, self.host, self.port, name, password)
        return password

    def create_database(self, name: str, owner: str | None = None) -> str:
        """Create an empty UTF-8 database (from template0); returns its URL for ``owner``."""
        from psycopg import sql

        owner = owner or self.superuser
        with self.admin() as connection:
            connection.execute(
                sql.SQL("CREATE DATABASE {} OWNER {} TEMPLATE template0 ENCODING 'UTF8'").format(
                    sql.Identifier(name), sql.Identifier(owner)
                )
            )
        return self.url(owner, name)

    def drop_database(self, name: str) -> None:
        """Drop a database, ending whatever connections it still has first."""
        from psycopg import sql

        with self.admin() as connection:
            connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    def check(self) -> None:
        """Raise ServerError unless the server answers the superuser."""
        try:
            with self.admin() as connection:
                connection.execute("SELECT 1")
        except Exception as error:  # any failure to reach it is the reason to report
            raise ServerError(f"cannot connect to {self.admin_url}: {error}".strip()) from error


def attach(admin_url: str, passfile: Path) -> Server:
    """A Server for an existing one, named by a superuser URL (password in ``passfile``)."""
    parts = urlsplit(admin_url)
    if parts.scheme not in ("postgresql", "postgres") or not parts.username:
        raise ServerError(f"not a postgresql://user@host:port/db URL: {admin_url!r}")
    return Server(
        host=parts.hostname or HOST,
        port=parts.port or 5432,
        superuser=unquote(parts.username),
        pgpass=passfile,
    )


@contextlib.contextmanager
def session_server() -> Iterator[Server]:
    """The server for a test session, with the login role ``APP_ROLE`` ready.

    The one named by ``PARALLAX_TEST_POSTGRES`` (a superuser URL, its password in
    PGPASSFILE) if set, else one started in a temporary folder and stopped at the end. For the
    session PGPASSFILE names a pgpass file that also holds ``APP_ROLE``'s password, so code
    under test finds passwords as libpq always does. Raises ServerError when there is none.
    """
    scratch = Path(tempfile.mkdtemp(prefix="parallax-pg-"))
    previous = os.environ.get("PGPASSFILE")
    server: Server | None = None
    try:
        admin_url = os.environ.get(URL_VARIABLE)
        if admin_url:
            given = Path(previous or Path.home() / ".pgpass")
            copy = scratch / "pgpass"
            copy.write_text(given.read_text() if given.is_file() else "")
            copy.chmod(0o600)
            server = attach(admin_url, copy)
            server.check()
        else:
            try:
                server = start(scratch)
            except OSError as error:
                raise ServerError(str(error)) from error
        server.create_role(APP_ROLE)
        os.environ["PGPASSFILE"] = str(server.pgpass)
        yield server
    finally:
        if previous is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = previous
        if server is not None:
            server.stop()
        shutil.rmtree(scratch, ignore_errors=True)


def _set_pgpass_line(path: Path, host: str, port: int, user: str, password: str) -> None:
    prefix = f"{_pgpass_field(host)}:{port}:*:{_pgpass_field(user)}:"
    lines = path.read_text().splitlines() if path.exists() else []
    lines = [line for line in lines if not line.startswith(prefix)]
    lines.append(prefix + _pgpass_field(password))
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write("\n".join(lines) + "\n")
    path.chmod(0o600)  # libpq ignores a pgpass file that others can read


def start(folder: Path, attempts: int = 3) -> Server:
    """initdb into ``folder/data`` and start a server there; raise ServerError if impossible."""
    folder = folder.resolve()
    bindir = find_bindir()
    run_as = _run_as()
    folder.mkdir(parents=True, exist_ok=True)
    data, run = folder / "data", folder / "run"
    if data.exists() and any(data.iterdir()):
        raise ServerError(f"{data} is not empty: stop that server and remove {folder}")
    if run_as.uid is not None:
        folder.chmod(0o711)  # the server's user must reach data/ and run/, nothing more
    for own in (data, run):
        own.mkdir(exist_ok=True)
        run_as.give(own, 0o700)
    password = secrets.token_hex(16)
    pwfile = run / "initdb-password"
    pwfile.write_text(password + "\n")
    run_as.give(pwfile, 0o600)
    locale = "C.UTF-8" if _has_c_utf8() else "C"
    initdb = [str(bindir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--pwfile", str(pwfile)]
    initdb += ["--auth=scram-sha-256", "--encoding=UTF8", f"--locale={locale}", "--no-sync"]
    try:
        done = run_as.run(initdb, cwd=run)
    finally:
        pwfile.unlink()
    if done.returncode != 0:
        why = done.stderr.strip() or done.stdout.strip()
        if "Permission denied" in why and run_as.name:
            why += f" (can user {run_as.name} reach {folder}? a parent folder may be private)"
        raise ServerError(f"initdb failed: {why}")
    (data / "pg_hba.conf").write_text(_HBA)
    pgpass = folder / "pgpass"
    log = run / "server.log"
    failure = ""
    for _ in range(attempts):  # another process may take the free port before the server
        port = _free_port()
        with (data / "postgresql.conf").open("a") as conf:
            conf.write(_CONFIG.format(port=port, socket_dir=run))
        started = run_as.run(
            [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", "start"],
            cwd=run,
        )
        if started.returncode == 0:
            state = {"bindir": str(bindir), "port": port, "superuser": SUPERUSER}
            (folder / STATE_FILE).write_text(json.dumps(state) + "\n")
            _set_pgpass_line(pgpass, HOST, port, SUPERUSER, password)
            return Server(HOST, port, SUPERUSER, pgpass, folder)
        failure = (log.read_text() if log.exists() else "") + started.stderr
        if (data / "postmaster.pid").exists():  # up but not answering in time: no orphan
            run_as.run([str(bindir / "pg_ctl"), "-D", str(data), "stop", "-m", "immediate"], run)
        if "already in use" not in failure:
            break
    raise ServerError(f"postgres did not start: {failure.strip()[-2000:]}")


def stop(folder: Path) -> None:
    """Stop the server started in ``folder`` (nothing to do if it never started)."""
    folder = folder.resolve()
    state_file = folder / STATE_FILE
    if not state_file.exists():
        return
    bindir = Path(json.loads(state_file.read_text())["bindir"])
    run_as = _run_as()
    pg_ctl = [str(bindir / "pg_ctl"), "-D", str(folder / "data"), "-w", "-t", "30", "stop"]
    done = run_as.run([*pg_ctl, "-m", "fast"], cwd=folder / "run")
    if done.returncode != 0 and (folder / "data" / "postmaster.pid").exists():
        run_as.run([*pg_ctl, "-m", "immediate"], cwd=folder / "run")
    state_file.unlink()


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print("usage: pg_server.py start|stop DIR", file=sys.stderr)
        return 2
    command, folder = argv[0], Path(argv[1])
    if command == "stop":
        stop(folder)
        return 0
    began = time.perf_counter()
    try:
        server = start(folder)
    except ServerError as error:
        print(f"no PostgreSQL server could be started: {error}", file=sys.stderr)
        return 1
    took = time.perf_counter() - began
    print(f"PostgreSQL on {HOST}:{server.port} started in {took:.1f} s", file=sys.stderr)
    for name, value in server.environment().items():
        print(f"export {name}={shlex.quote(value)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
