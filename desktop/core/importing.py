"""Importing files into a project, one transaction per file.

A file either lands whole or not at all: a failure or a duplicate leaves the project
exactly as it was for that file, and the outcome says why in words for the user.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desktop.core.importers.base import ImportFailure
from desktop.core.importers.reading import read_file, supported
from desktop.core.messages import QT_TRANSLATE_NOOP, Count, joined, message_of
from desktop.core.project import DuplicateDocumentError, ProjectError, ProjectService
from desktop.core.records import DocumentInfo

Status = Literal["imported", "duplicate", "failed", "skipped"]


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    path: Path
    status: Status
    message: str  # what happened, in words for the user
    document: DocumentInfo | None = None
    encoding: str = ""  # how the file was decoded (a guess for plain text)


def gather(paths: Iterable[Path]) -> list[Path]:
    """The files to import: files as given, folders searched (sorted, hidden ones left out)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for folder, subfolders, files in os.walk(path):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                found += [Path(folder) / f for f in sorted(files) if not f.startswith(".")]
        else:
            found.append(path)
    return list(dict.fromkeys(found))


class Importer:
    def __init__(self, service: ProjectService) -> None:
        self.service = service

    def import_file(
        self,
        path: Path,
        *,
        language: str | None = None,
        encoding: str | None = None,
        allow_duplicates: bool = False,
        in_folder: bool = False,
    ) -> ImportOutcome:
        """Import one file. ``in_folder``: found by searching a folder, so a file of
        another kind (a picture beside the articles) is skipped rather than failed."""
        if in_folder and not supported(path):
            return ImportOutcome(
                path, "skipped", QT_TRANSLATE_NOOP("Importing", "not a format Parallax imports")
            )
        try:
            found = read_file(path, encoding=encoding, language=language)
            document = self.service.add_document(
                found.title,
                found.text,
                language=found.language,
                source=found.source,
                url=found.url,
                author=found.author,
                published=found.published,
                original_filename=path.name,
                allow_duplicate=allow_duplicates,
            )
        except DuplicateDocumentError as error:
            skipped = QT_TRANSLATE_NOOP("Importing", "skipped: {reason}")
            return ImportOutcome(path, "duplicate", skipped.format(reason=message_of(error)))
        except (ImportFailure, ProjectError) as error:
            return ImportOutcome(path, "failed", message_of(error))
        except RecursionError:  # pathologically nested markup
            nested = QT_TRANSLATE_NOOP("Importing", "is nested too deeply to read")
            return ImportOutcome(path, "failed", nested)
        length = QT_TRANSLATE_NOOP("Importing", "{count} characters")
        details = [length.format(count=Count(document.length))]
        if document.language:
            details.append(
                QT_TRANSLATE_NOOP("Importing", "language {language}").format(
                    language=document.language
                )
            )
        if found.encoding not in ("", "docx", "pdf", "odt", "epub"):
            details.append(
                QT_TRANSLATE_NOOP("Importing", "read as {encoding}").format(encoding=found.encoding)
            )
        detail = joined(details, ", ")
        return ImportOutcome(path, "imported", detail, document, found.encoding)

    def import_all(
        self,
        paths: Iterable[Path],
        *,
        language: str | None = None,
        encoding: str | None = None,
        encodings: Mapping[Path, str] | None = None,
        allow_duplicates: bool = False,
        cancelled: Callable[[], bool] = lambda: False,
        starting: Callable[[int, int, Path], None] = lambda done, total, path: None,
    ) -> Iterator[ImportOutcome]:
        """Import files and folders, yielding each file's outcome; stops between files
        once ``cancelled()`` is true (what was imported by then stays). ``starting`` is
        told each file before it is read: how many are done, of how many, and which.
        ``encodings`` chooses the encoding of single files (keyed by the paths ``gather``
        gives), winning over ``encoding``, which applies to all the others."""
        chosen = encodings or {}
        given = list(paths)
        loose = {p for p in given if not p.is_dir()}
        files = gather(given)
        for done, path in enumerate(files):
            if cancelled():
                return
            starting(done, len(files), path)
            yield self.import_file(
                path,
                language=language,
                encoding=chosen.get(path, encoding),
                allow_duplicates=allow_duplicates,
                in_folder=path not in loose,
            )
