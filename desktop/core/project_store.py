"""What the services need of a project's database, whichever holds it: a project file
(``store.Store``, SQLite) or a shared project on a server (``shared_store.SharedStore``)."""

from __future__ import annotations

import contextlib
from typing import Protocol

from sqlmodel import Session


class ProjectStore(Protocol):
    shared: bool  # a shared project: other instances write to it at the same time
    read_only: bool
    unclean: str | None

    @property
    def location(self) -> str:
        """What names the project in messages: its file, or its address without password."""
        ...

    @property
    def default_name(self) -> str:
        """The project's name when it has been given none."""
        ...

    def read(self) -> contextlib.AbstractContextManager[Session]: ...

    def write(self) -> contextlib.AbstractContextManager[Session]: ...

    def close(self) -> None: ...
