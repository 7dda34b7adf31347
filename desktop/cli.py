"""Headless commands: ``parallax list``, ``import``, ``export``, ``backup`` and ``restore``
(the last two in ``cli_backups``). Never imports Qt."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from desktop import cli_backups, cli_shared
from desktop.core import backups, health, merging
from desktop.core.exporters.formats import BY_NAME, FORMATS
from desktop.core.files import ExportError
from desktop.core.importers.annotations import PROJECT_JSON, AnnotationFormat, annotation_format
from desktop.core.importers.project_json import import_project
from desktop.core.importing import Importer
from desktop.core.incoming import IncomingError
from desktop.core.project import ProjectError, ProjectService
from desktop.core.project_store import ProjectStore
from desktop.core.shared_store import is_shared
from desktop.core.store import Store
from desktop.core.wording import counted

COMMANDS = ("list", "import", "export", "check", *cli_backups.COMMANDS, *cli_shared.COMMANDS)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parallax", description="Parallax headless commands.")
    sub = parser.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--project",
        metavar="PATH",
        help="project file (default: your default project), or a shared project's address: "
        "postgresql://USER@HOST[:PORT]/DATABASE",
    )
    cli_backups.add_options(common)
    sub.add_parser("list", parents=[common], help="list the documents, tags and annotation counts")
    sub.add_parser(
        "check",
        parents=[common],
        help="check the project: database pages, references, annotation offsets, orphaned "
        "annotations, the search index and backups (exit status 1 when something is wrong)",
    )
    imports = sub.add_parser(
        "import",
        parents=[common],
        help="import documents (files or folders of them), and annotation work to merge: "
        "W3C JSON, Parallax project JSON, REFI-QDA .qdpx/.qdc, doccano .jsonl, Label Studio "
        ".json, brat .ann (or a .zip of them)",
    )
    imports.add_argument("files", nargs="+", metavar="FILE", help="files or folders to import")
    imports.add_argument(
        "--language", metavar="xx", help="language of every file (default: detected)"
    )
    imports.add_argument(
        "--encoding", metavar="NAME", help="encoding of plain text files (default: detected)"
    )
    imports.add_argument(
        "--dry-run",
        action="store_true",
        help="for annotation files: print what the merge would add, update and skip, and "
        "its conflicts, without writing anything",
    )
    imports.add_argument(
        "--allow-duplicates",
        action="store_true",
        help="import a text even when the project already has it",
    )
    export = sub.add_parser("export", parents=[common], help="export the annotations")
    export.add_argument(
        "--format",
        choices=list(BY_NAME),
        default="w3c",
        help="; ".join(f"{f.name}: {f.description}" for f in FORMATS),
    )
    export.add_argument("--out", metavar="FILE", required=True, help="file to write")
    cli_backups.add_commands(sub, common)
    cli_shared.add_commands(sub)
    return parser


def _list(service: ProjectService) -> None:
    info = service.info()
    documents = service.documents()
    tags = service.tags()
    print(f"Project: {info.name} ({info.path})")
    print(f"Documents ({len(documents)}):")
    for doc in documents:
        print(
            f"  [{doc.language or '--'}] {doc.title}: "
            f"{counted(doc.annotation_count, 'annotation')}, {doc.length} characters"
        )
    print(f"Tags ({len(tags)}):")
    per_doc: dict[int, Counter[int]] = {}
    for annotation in service.annotations():
        counter = per_doc.setdefault(annotation.document_id, Counter())
        counter.update(annotation.tag_ids)
    for tag in tags:
        by_doc = ", ".join(
            f"[{doc.language or doc.id}] {per_doc.get(doc.id, Counter())[tag.id]}"
            for doc in documents
        )
        print(f"  {tag.kind:<6} {tag.name}: {counted(tag.count, 'annotation')} ({by_doc})")


def _import(service: ProjectService, args: argparse.Namespace) -> int:
    """Import files and folders; prints each outcome. Exit status 1 if any file failed.

    A project JSON file into a project with no documents and no tags is imported whole
    and exactly; other annotation files (and project files into a project that has some)
    are merged after the documents, so they can refer to documents given with them."""
    given = [Path(f) for f in args.files]
    work = {p: found for p in given if (found := annotation_format(p)) is not None}
    status = 0
    for path, found in list(work.items()):
        if found is PROJECT_JSON and _is_empty(service) and not args.dry_run:
            done = import_project(service, path)
            print(
                f"Imported the project “{done.name}” from {path}: {done.documents} documents, "
                f"{done.tags} tags ({done.aliases} aliases), {done.annotations} annotations."
            )
            del work[path]
    documents = [p for p in given if p not in work and annotation_format(p) is None]
    if documents and not args.dry_run:
        status = _import_documents(service, documents, args)
    elif documents:
        print(f"Not importing {len(documents)} document file(s): --dry-run previews annotation "
              "files only.")  # fmt: skip
    for path, found in work.items():
        status = max(status, _merge(service, path, found, dry_run=args.dry_run))
    return status


def _is_empty(service: ProjectService) -> bool:
    return not service.documents() and not service.tags()


def _merge(service: ProjectService, path: Path, found: AnnotationFormat, dry_run: bool) -> int:
    try:
        incoming = found.read(path)
    except (IncomingError, ProjectError) as error:  # the next file is still merged
        print(f"failed    {error}", file=sys.stderr)
        return 1
    if dry_run:
        plan = merging.preview(service, incoming)
        print(f"Would merge {path} ({found.name}); nothing was written:")
    else:
        plan = merging.merge(service, incoming).plan
        print(f"Merged {path} ({found.name}):")
    for line in plan.summary().splitlines():
        print(f"  {line}")
    for conflict in plan.conflicts:
        print(
            f"  conflict  {conflict.where} in “{conflict.document}” (“{conflict.quote}”): "
            f"kept {conflict.kept} — ours: {conflict.ours}; theirs: {conflict.theirs}"
        )
    for line in plan.skipped:
        print(f"  skipped   {line}")
    return 0


def _import_documents(
    service: ProjectService, documents: list[Path], args: argparse.Namespace
) -> int:
    counts: Counter[str] = Counter()
    outcomes = Importer(service).import_all(
        documents,
        language=args.language,
        encoding=args.encoding,
        allow_duplicates=args.allow_duplicates,
    )
    for outcome in outcomes:
        counts[outcome.status] += 1
        stream = sys.stderr if outcome.status == "failed" else sys.stdout
        print(f"{outcome.status:<9} {outcome.path}: {outcome.message}", file=stream)
    print(
        f"Imported {counts['imported']}, skipped {counts['duplicate'] + counts['skipped']} "
        f"({counts['duplicate']} already in the project), failed {counts['failed']}."
    )
    return 1 if counts["failed"] else 0


def _export(service: ProjectService, out: str, form: str) -> None:
    chosen = BY_NAME[form]
    count = chosen.write(service, out)
    print(f"Exported {count} {chosen.what} to {out}")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command in cli_backups.COMMANDS:
        return cli_backups.run(args)
    if args.command in cli_shared.COMMANDS:
        return cli_shared.run(args)
    # An import that makes its project and then lands nothing leaves no project behind.
    shared = args.project is not None and is_shared(args.project)
    making = args.command == "import" and args.project is not None and not shared
    new = making and not Path(args.project).expanduser().exists()
    store: ProjectStore | None
    if shared:
        if args.command == "check":
            print("parallax: 'check' reads a project file's own pages; a shared project's "
                  "server keeps its data consistent itself.", file=sys.stderr)  # fmt: skip
            return 2
        store = cli_shared.opened(args.project)
    else:
        store = cli_backups.opened(args, create=args.command == "import")
    if store is None:
        return 2
    if store.unclean:
        print(f"parallax: {store.unclean}", file=sys.stderr)
    status, empty = 0, False
    try:
        service = ProjectService(store)
        if args.command == "list":
            _list(service)
        elif args.command == "check":
            assert isinstance(store, Store)
            found = health.check(store, backups.for_health)
            print(found.report())
            status = 1 if found.verdict == "problem" else 0
        elif args.command == "import":
            status = _import(service, args)
            empty = not service.documents()
        else:
            _export(service, args.out, args.format)
    except (ExportError, ProjectError) as error:
        print(f"parallax: {error}", file=sys.stderr)
        status, empty = 1, new and not ProjectService(store).documents()
    finally:
        store.close()
    if new and empty and status and isinstance(store, Store):
        for leftover in (store.path, Path(f"{store.path}-wal"), Path(f"{store.path}-shm")):
            leftover.unlink(missing_ok=True)
    return status
