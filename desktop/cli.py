"""Headless commands: ``parallax list``, ``import`` and ``export``. Never imports Qt."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from desktop.core.exporters import project_json, refi_qda, tables, w3c
from desktop.core.files import ExportError
from desktop.core.importers.project_json import import_project, looks_like_project
from desktop.core.importing import Importer
from desktop.core.locations import open_project
from desktop.core.project import ProjectError, ProjectService
from desktop.core.store import ProjectFileError

COMMANDS = ("list", "import", "export")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parallax", description="Parallax headless commands.")
    sub = parser.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--project", metavar="PATH", help="project file (default: your default project)"
    )
    sub.add_parser("list", parents=[common], help="list the documents, tags and annotation counts")
    imports = sub.add_parser(
        "import",
        parents=[common],
        help="import documents (files or folders of them), or a Parallax project JSON file "
        "into an empty project",
    )
    imports.add_argument("files", nargs="+", metavar="FILE", help="files or folders to import")
    imports.add_argument(
        "--language", metavar="xx", help="language of every file (default: detected)"
    )
    imports.add_argument(
        "--encoding", metavar="NAME", help="encoding of plain text files (default: detected)"
    )
    imports.add_argument(
        "--allow-duplicates",
        action="store_true",
        help="import a text even when the project already has it",
    )
    export = sub.add_parser("export", parents=[common], help="export the annotations")
    export.add_argument(
        "--format",
        choices=sorted(EXPORTS),
        default="w3c",
        help="w3c: W3C Web Annotation JSON; csv: coded segments, one row per annotation and "
        "tag, with document metadata, offsets, quote and note; segments-json: the same rows "
        "as a JSON array; project-json: the whole project (documents, codebook, annotations), "
        "lossless, for backup and pipelines; qdpx: a REFI-QDA project for other QDA tools; "
        "qdc: the codebook alone as REFI-QDA",
    )
    export.add_argument("--out", metavar="FILE", required=True, help="file to write")
    return parser


def _list(service: ProjectService) -> None:
    info = service.info()
    documents = service.documents()
    tags = service.tags()
    print(f"Project: {info.name} ({info.path})")
    print(f"Documents ({len(documents)}):")
    for doc in documents:
        print(
            f"  [{doc.language or '--'}] {doc.title}: {doc.annotation_count} annotations, "
            f"{doc.length} characters"
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
        print(f"  {tag.kind:<6} {tag.name}: {tag.count} annotations ({by_doc})")


def _import(service: ProjectService, args: argparse.Namespace) -> int:
    """Import files and folders; prints each outcome. Exit status 1 if any file failed.

    A project JSON file is imported whole, before any document (it needs an empty
    project); if it is refused, ProjectError stops the command before anything else."""
    given = [Path(f) for f in args.files]
    projects = [p for p in given if looks_like_project(p)]
    for path in projects:
        done = import_project(service, path)
        print(
            f"Imported the project “{done.name}” from {path}: {done.documents} documents, "
            f"{done.tags} tags ({done.aliases} aliases), {done.annotations} annotations."
        )
    documents = [p for p in given if p not in projects]
    if projects and not documents:
        return 0
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


EXPORTS = {
    "w3c": (w3c.export, "annotations"),
    "csv": (tables.export_segments_csv, "coded segments"),
    "segments-json": (tables.export_segments_json, "coded segments"),
    "project-json": (project_json.export, "annotations with their documents and codebook"),
    "qdpx": (refi_qda.export_qdpx, "annotations with their documents and codebook"),
    "qdc": (refi_qda.export_qdc, "tags"),
}


def _export(service: ProjectService, out: str, form: str) -> None:
    write, what = EXPORTS[form]
    count = write(service, out)
    print(f"Exported {count} {what} to {out}")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # An import that makes its project and then lands nothing leaves no project behind.
    making = args.command == "import" and args.project is not None
    new = making and not Path(args.project).expanduser().exists()
    try:
        store = open_project(args.project, create=args.command == "import")
    except ProjectFileError as error:
        print(f"parallax: {error}", file=sys.stderr)
        return 2
    status, empty = 0, False
    try:
        service = ProjectService(store)
        if args.command == "list":
            _list(service)
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
    if new and empty and status:
        for leftover in (store.path, Path(f"{store.path}-wal"), Path(f"{store.path}-shm")):
            leftover.unlink(missing_ok=True)
    return status
