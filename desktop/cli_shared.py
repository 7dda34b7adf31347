"""``parallax upload`` and ``parallax download``: a project file to a shared project on a
PostgreSQL server and back, each verified by row counts and checksums (core/transfer.py).
Never imports Qt.

    parallax upload --project local.parallax postgresql://ana@server/newsroom
    parallax download postgresql://ana@server/newsroom --project copy.parallax

The receiving side must be new (an empty database; a file that does not exist yet): nothing
is ever overwritten, and a failed transfer leaves it as it was. The source is not changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.core import transfer
from desktop.core.locations import default_project_path, open_project
from desktop.core.shared_store import SharedProjectError, SharedStore, display, is_shared, parse
from desktop.core.store import ProjectFileError, Store

COMMANDS = ("upload", "download")


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    upload = sub.add_parser(
        "upload",
        help="copy a project file (--project, or your default project) into an empty "
        "PostgreSQL database, as a shared project; verified by counts and checksums",
    )
    upload.add_argument("address", metavar="postgresql://USER@HOST[:PORT]/DATABASE")
    upload.add_argument("--project", metavar="PATH", help="the project file to upload")
    download = sub.add_parser(
        "download",
        help="copy a shared project into a new project file (--project, which must not "
        "exist); verified by counts and checksums",
    )
    download.add_argument("address", metavar="postgresql://USER@HOST[:PORT]/DATABASE")
    download.add_argument(
        "--project", metavar="PATH", required=True, help="the new project file to write"
    )


def opened(address: str) -> SharedStore | None:
    """The shared project for a command's ``--project``; None (told why) if it cannot."""
    try:
        return SharedStore.open(address)
    except SharedProjectError as error:
        print(f"parallax: {error}", file=sys.stderr)
        return None


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done:,} of {total:,} rows", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    if not is_shared(args.address):
        print(
            f"parallax: {args.address} is not a PostgreSQL address "
            "(postgresql://user@host:port/database).",
            file=sys.stderr,
        )
        return 2
    try:
        if args.command == "upload":
            return _upload(args)
        return _download(args)
    except (ProjectFileError, transfer.TransferError) as error:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(f"parallax: {error}", file=sys.stderr)
        return 1


def _report(verb: str, source: str, target: str, found: list[transfer.TableCheck]) -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"{verb} {source} to {target}; identical on both sides:")
    print(transfer.describe(found))


def _upload(args: argparse.Namespace) -> int:
    local = default_project_path() if args.project is None else Path(args.project).expanduser()
    if not local.exists():
        print(f"parallax: {local} does not exist.", file=sys.stderr)
        return 2
    source = open_project(str(local), create=False)
    found: list[transfer.TableCheck] = []

    try:
        SharedStore.create(args.address, transfer.filling_from(source, found, _progress)).close()
    finally:
        source.close()
    _report("Uploaded", str(source.path), display(parse(args.address)), found)
    return 0


def _download(args: argparse.Namespace) -> int:
    local = Path(args.project).expanduser()
    source = opened(args.address)
    if source is None:
        return 1
    found: list[transfer.TableCheck] = []

    try:
        Store.create(local, transfer.filling_from(source, found, _progress)).close()
    finally:
        source.close()
    _report("Downloaded", source.location, str(local.resolve()), found)
    return 0
