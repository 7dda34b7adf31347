"""Shared fixtures. Tests never touch the real user's folders or need a display."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.core.project import ProjectService
from desktop.core.sample import fill_sample
from desktop.core.store import Store
from tests import pg_server as pg


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point platformdirs (XDG on Linux) at a temporary home for every test."""
    home = tmp_path_factory.mktemp("home")
    for variable, folder in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        (home / folder).mkdir(parents=True)
        monkeypatch.setenv(variable, str(home / folder))
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    path = tmp_path / "sample.parallax"
    Store.create(path, fill_sample).close()
    return path


@pytest.fixture
def store(sample_path: Path) -> Iterator[Store]:
    opened = Store.open(sample_path)
    yield opened
    opened.close()


@pytest.fixture
def service(store: Store) -> ProjectService:
    return ProjectService(store, coder="tester")


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.create(
        tmp_path / "empty.parallax", lambda s: ProjectService(s).initialise("Empty")
    )
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pg.Server]:
    """A real PostgreSQL server for the session: PARALLAX_TEST_POSTGRES's, or one started here.

    Without one the test is skipped, or fails when PARALLAX_REQUIRE_POSTGRES=1 (as in CI).
    """
    with contextlib.ExitStack() as stack:
        try:
            server = stack.enter_context(pg.session_server())
        except pg.ServerError as error:
            reason = f"no PostgreSQL server could be started: {error}"
            if os.environ.get("PARALLAX_REQUIRE_POSTGRES") == "1":
                pytest.fail(reason, pytrace=False)
            pytest.skip(reason)
        yield server


@pytest.fixture
def pg_url(pg_server: pg.Server) -> Iterator[str]:
    """A fresh empty database owned by the plain role ``parallax``, dropped after the test.

    ``postgresql://parallax@127.0.0.1:PORT/NAME``: the password is in PGPASSFILE, not the URL.
    """
    name = f"parallax_test_{secrets.token_hex(6)}"
    url = pg_server.create_database(name, owner=pg.APP_ROLE)
    yield url
    pg_server.drop_database(name)
