"""Hearing other instances' changes to a shared project: PostgreSQL's LISTEN/NOTIFY.

Every committed write announces itself on ``shared_store.CHANNEL`` with the writer's
instance mark. A ``ChangeListener`` holds one connection of its own (outside the pool:
a listening connection must stay open) in a daemon thread, and calls ``on_change`` for each
change another instance committed. The caller decides what to refresh; the UI moves the call
onto its own thread. A lost connection is reported once (``on_lost``) and tried again with
growing pauses, never in a tight loop.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import URL

from desktop.core.project_store import first_line
from desktop.core.shared_store import CHANNEL, CONNECT_TIMEOUT

if TYPE_CHECKING:  # the driver is imported by the listening thread: not at start-up
    import psycopg

WAIT = 0.5  # seconds a listen waits before looking whether it was stopped
RETRY = (1.0, 2.0, 5.0, 10.0, 30.0)  # pauses between attempts after the connection is lost


def _conninfo(url: URL) -> dict[str, Any]:
    info: dict[str, Any] = {
        "host": url.host,
        "port": url.port,
        "dbname": url.database,
        "user": url.username,
        "connect_timeout": CONNECT_TIMEOUT,
        "application_name": "Parallax (listening)",
    }
    if url.password:  # given in the address for this run; never kept
        info["password"] = url.password
    return {key: value for key, value in info.items() if value is not None}


class ChangeListener:
    """Calls ``on_change(payload)`` for each change another instance commits."""

    def __init__(
        self,
        url: URL,
        instance: str,
        on_change: Callable[[dict[str, Any]], None],
        on_lost: Callable[[str], None] | None = None,
    ) -> None:
        self._url = url
        self._instance = instance
        self._on_change = on_change
        self._on_lost = on_lost
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="parallax-listen", daemon=True)

    def start(self, timeout: float = CONNECT_TIMEOUT) -> bool:
        """Start listening; True once the first LISTEN is in place (within ``timeout``)."""
        self._thread.start()
        return self._ready.wait(timeout)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(WAIT * 4)

    def _run(self) -> None:
        import psycopg  # ~0.1 s: in this thread, never on a window's way to the screen

        failures = 0
        while not self._stop.is_set():
            try:
                with psycopg.connect(autocommit=True, **_conninfo(self._url)) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._ready.set()
                    if failures:
                        # Missed while away: whatever changed, the caller refreshes.
                        self._on_change({"from": "", "reconnected": True})
                    failures = 0
                    self._listen(conn)
            except psycopg.Error as error:
                if self._stop.is_set():
                    return
                if failures == 0 and self._on_lost is not None:
                    self._on_lost(first_line(error))
                pause = RETRY[min(failures, len(RETRY) - 1)]
                failures += 1
                self._stop.wait(pause)

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        while not self._stop.is_set():
            for notice in conn.notifies(timeout=WAIT, stop_after=64):
                try:
                    payload = json.loads(notice.payload)
                except ValueError:
                    continue
                if isinstance(payload, dict) and payload.get("from") != self._instance:
                    self._on_change(payload)
