"""Shared fixtures. Tests never touch the real user's folders or need a display."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.core.project import ProjectService
from desktop.core.sample import fill_sample
from desktop.core.store import Store


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
