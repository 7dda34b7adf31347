"""Headless commands: ``parallax list`` and ``parallax export``. Never imports Qt."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence

from desktop.core.exporters import w3c
from desktop.core.files import ExportError
from desktop.core.locations import open_project
from desktop.core.project import ProjectError, ProjectService
from desktop.core.store import ProjectFileError

COMMANDS = ("list", "export")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parallax", description="Parallax headless commands.")
    sub = parser.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--project", metavar="PATH", help="project file (default: your default project)"
    )
    sub.add_parser("list", parents=[common], help="list the documents, tags and annotation counts")
    export = sub.add_parser("export", parents=[common], help="export the annotations")
    export.add_argument("--format", choices=["w3c"], default="w3c", help="output format")
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


def _export(service: ProjectService, out: str) -> None:
    count = w3c.export(service, out)
    print(f"Exported {count} annotations to {out}")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        store = open_project(args.project, create=False)
    except ProjectFileError as error:
        print(f"parallax: {error}", file=sys.stderr)
        return 2
    try:
        service = ProjectService(store)
        if args.command == "list":
            _list(service)
        else:
            _export(service, args.out)
    except (ExportError, ProjectError) as error:
        print(f"parallax: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0
