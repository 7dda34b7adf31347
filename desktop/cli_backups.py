"""``parallax backup`` and ``parallax restore``, and what every command does on opening: a
backup when the project changed, and the rescue of a damaged project. Never imports Qt.

On a damaged project the command line does not ask: it moves the file aside, restores the
newest backup that is intact and says so on stderr, then runs the command. ``--no-restore``
refuses instead and changes nothing (as it does when no backup can restore the project: a
file is moved aside only to put a backup in its place); ``parallax restore --list`` then
shows the backups and ``parallax restore NAME`` restores a chosen one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.core import backups, recovery
from desktop.core.backup_names import BackupError, BackupInfo
from desktop.core.locations import default_project_path, open_project
from desktop.core.project import ProjectService
from desktop.core.store import ProjectDamagedError, ProjectFileError, Store
from desktop.core.wording import counted, file_size

COMMANDS = ("backup", "restore")


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    sub.add_parser(
        "backup",
        parents=[common],
        help="back the project up now (verified; backups are also made on opening and, in "
        "the window, every 10 minutes while it changes)",
    )
    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="list the project's backups, or put one in place of the project (the current "
        "state is backed up first)",
    )
    restore.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        help="the backup to restore: its name as listed (e.g. 20261130-091200Z) or its path",
    )
    restore.add_argument(
        "--list", action="store_true", help="list the backups (the default without BACKUP)"
    )


def add_options(common: argparse.ArgumentParser) -> None:
    common.add_argument(
        "--no-restore",
        action="store_true",
        help="if the project is damaged, stop and change nothing (by default it is moved "
        "aside as NAME.damaged and its newest intact backup restored)",
    )


def opened(args: argparse.Namespace, create: bool) -> Store | None:
    """The project the command works on, rescued if damaged; None (told why) if it cannot.
    One that changed since its newest backup is backed up (not one made just now)."""
    target = default_project_path() if args.project is None else Path(args.project).expanduser()
    new = not target.exists()
    try:
        store = open_project(args.project, create=create)
    except ProjectDamagedError as damaged:
        rescue = recovery.find_rescue(damaged.path, str(damaged))
        if args.no_restore or rescue.good is None:
            _refuse(rescue, args.no_restore)
            return None
        try:
            rescued = recovery.recover(rescue)
        except ProjectFileError as error:
            print(f"parallax: {error}", file=sys.stderr)
            return None
        print(f"parallax: {rescued.message}", file=sys.stderr)
        return rescued.store
    except ProjectFileError as error:
        print(f"parallax: {error}", file=sys.stderr)
        return None
    if not new:
        back_up_if_changed(store, "on opening")
    return store


def _refuse(rescue: recovery.Rescue, asked: bool) -> None:
    why = "--no-restore" if asked else rescue.no_backup().rstrip(".")
    print(f"parallax: {rescue.problem} Nothing was changed ({why}).", file=sys.stderr)
    if rescue.good is not None:
        print(
            f"parallax: its newest intact backup is of {rescue.good.when()} "
            f"({rescue.good.path.stem}); 'parallax restore' lists them all.",
            file=sys.stderr,
        )


def back_up_if_changed(store: Store, reason: str) -> None:
    """A backup if the project changed since its newest; a failure warns, never stops."""
    try:
        backups.Backups(store).make_if_changed(reason)
    except BackupError as error:
        print(f"parallax: warning: {error}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    if args.command == "backup":
        return _backup(args)
    if args.backup is None or args.list:
        return _list(args)
    return _restore(args)


def _backup(args: argparse.Namespace) -> int:
    try:
        store = open_project(args.project, create=False)
    except ProjectFileError as error:
        print(f"parallax: {error}", file=sys.stderr)
        if isinstance(error, ProjectDamagedError):
            print("parallax: a damaged project cannot be backed up; 'parallax restore' "
                  "lists its backups.", file=sys.stderr)  # fmt: skip
        return 2
    try:
        made = backups.make_backup(store, "by hand")
    except BackupError as error:
        print(f"parallax: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"Backed up {store.path} to {made.path}: {_contents(made)}.")
    return 0


def _list(args: argparse.Namespace) -> int:
    found = _backups_of(args)
    if found is None:
        return 2
    path, listed = found
    if not listed:
        print(f"There are no backups of {path}.")
        return 0
    print(f"Backups of {path}, newest first ({listed[0].path.parent}):")
    for backup in listed:
        what = f"DAMAGED: {backup.problem}" if backup.damaged else _contents(backup)
        reason = f" [{backup.reason}]" if backup.reason else ""
        print(f"  {backup.path.stem}  {backup.when()}  {what}{reason}")
    return 0


def _backups_of(args: argparse.Namespace) -> tuple[Path, list[BackupInfo]] | None:
    """The project's backups; a damaged project's too (found without opening it)."""
    try:
        store = open_project(args.project, create=False)
    except ProjectDamagedError as damaged:
        return damaged.path, list(recovery.find_rescue(damaged.path, str(damaged)).backups)
    except ProjectFileError as error:
        print(f"parallax: {error}", file=sys.stderr)
        return None
    try:
        return store.path, backups.Backups(store).all()
    finally:
        store.close()


def _restore(args: argparse.Namespace) -> int:
    found = _backups_of(args)
    if found is None:
        return 2
    path, listed = found
    chosen = _choose(args.backup, listed)
    if chosen is None:
        print(f"parallax: {args.backup} is not one of the backups of {path} "
              "('parallax restore --list' lists them).", file=sys.stderr)  # fmt: skip
        return 2
    if chosen.damaged:
        print(f"parallax: the backup {chosen.path.stem} is damaged ({chosen.problem}); "
              "nothing was changed.", file=sys.stderr)  # fmt: skip
        return 1
    try:
        store = open_project(args.project, create=False)
    except ProjectDamagedError as damaged:
        return _rescue_with(damaged, chosen)
    except ProjectFileError as error:
        print(f"parallax: {error}", file=sys.stderr)
        return 2
    try:
        before = ProjectService(store).restore_backup(chosen)
    except BackupError as error:
        print(f"parallax: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"Backed up the current state first, as {before.path.stem} ({_contents(before)}).")
    print(f"Restored the backup of {chosen.when()} into {path}: {_contents(chosen)}.")
    return 0


def _rescue_with(damaged: ProjectDamagedError, chosen: BackupInfo) -> int:
    try:
        rescued = recovery.recover(recovery.find_rescue(damaged.path, str(damaged)), chosen)
    except ProjectFileError as error:
        print(f"parallax: {error}", file=sys.stderr)
        return 1
    if rescued.store is not None:
        rescued.store.close()
    print(rescued.message)
    return 0


def _choose(wanted: str, listed: list[BackupInfo]) -> BackupInfo | None:
    given = Path(wanted).expanduser()
    for backup in listed:
        if wanted in (backup.path.stem, backup.path.name) or (
            given.exists() and given.resolve() == backup.path.resolve()
        ):
            return backup
    return None


def _contents(backup: BackupInfo) -> str:
    return (
        f"{counted(backup.documents, 'document')}, {counted(backup.annotations, 'annotation')}, "
        f"{counted(backup.tags, 'tag')} ({file_size(backup.size)})"
    )
