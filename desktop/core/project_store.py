"""What the services need of a project's database, whichever holds it: a project file
(``store.Store``, SQLite) or a shared project on a server (``shared_store.SharedStore``)."""

from __future__ import annotations

import contextlib
from typing import Protocol

from sqlalchemy.exc import DatabaseError, DBAPIError
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

    def write_failure(self, error: DatabaseError) -> str:
        """Why the database refused a write, in the user's words."""
        ...

    def read(self) -> contextlib.AbstractContextManager[Session]: ...

    def write(self) -> contextlib.AbstractContextManager[Session]: ...

    def close(self) -> None: ...


def first_line(error: object) -> str:
    """The first line of an error's own words (a driver's reason runs on with details),
    else its kind's name."""
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def database_problem(error: BaseException) -> str | None:
    """The driver's reason when ``error`` is the database refusing or out of reach (a
    shared project's server gone, a network lost); None for any other error."""
    if not isinstance(error, DBAPIError):
        return None
    return first_line(error.orig) if error.orig is not None else type(error).__name__
