"""The sample project: two real reports of the September 2020 Nagorno-Karabakh fighting.

Built from ``resources/samples/sample.json``. Annotations there name their passage by
its exact quote (and which occurrence), never by offsets, so the manifest stays readable
and a wrong quote fails loudly instead of highlighting the wrong words.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core import text as textmod
from desktop.core.project import ProjectService
from desktop.core.project_store import ProjectStore
from desktop.core.resources import resource

SAMPLE_CODER = "sample"


def load_manifest() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource("samples", "sample.json").read_text(encoding="utf-8")
    )
    return data


def fill_sample(store: ProjectStore) -> None:
    """Fill a new, empty project with the sample corpus, codebook and annotations."""
    manifest = load_manifest()
    service = ProjectService(store, coder=SAMPLE_CODER)
    service.initialise(manifest["name"])
    documents = {}
    for entry in manifest["documents"]:
        body = resource("samples", entry["file"]).read_text(encoding="utf-8")
        documents[entry["key"]] = service.add_document(
            entry["title"],
            body,
            language=entry["language"],
            source=entry.get("source", ""),
            url=entry.get("url", ""),
            author=entry.get("author", ""),
            published=entry.get("published", ""),
            original_filename=entry.get("original_filename", entry["file"]),
        )
    tags = {}
    for entry in manifest["tags"]:
        tags[entry["key"]] = service.codebook.create_tag(
            entry["name"],
            entry["kind"],
            colour=entry["colour"],
            description=entry.get("description", ""),
            shortcut=entry.get("shortcut", ""),
            aliases=[(a["text"], a["language"]) for a in entry.get("aliases", [])],
        )
    for entry in manifest["annotations"]:
        document = documents[entry["document"]]
        body = service.document_text(document.id)
        quote = textmod.normalise(entry["quote"])
        start = textmod.find_occurrence(body, quote, entry.get("occurrence", 1))
        service.create_annotation(
            document.id,
            start,
            start + len(quote),
            [tags[key].id for key in entry["tags"]],
            note=entry.get("note", ""),
        )
