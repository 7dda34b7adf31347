"""The W3C export against a golden file, for a small project with fixed ids and times."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.exporters import w3c
from desktop.core.files import ExportError
from desktop.core.project import ProjectService
from desktop.core.store import Store

GOLDEN = Path(__file__).parent.parent / "golden" / "w3c_small.json"
FIXED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def small_project(store: Store) -> dict[str, object]:
    service = ProjectService(store, coder="ana")
    service.initialise("Golden", project_uuid="00000000-0000-4000-8000-000000000001")
    doc = service.add_document(
        "Emoji and Vietnamese",
        "Trước 😀 Thổ Nhĩ Kỳ kêu gọi ngừng bắn.\nسلام",
        language="vi",
        uuid="00000000-0000-4000-8000-0000000000d1",
    )
    turkey = service.codebook.create_tag(
        "Turkey", "actor", colour="#E41A1C", uuid="00000000-0000-4000-8000-0000000000a1"
    )
    ceasefire = service.codebook.create_tag(
        "Ceasefire & negotiation",
        "theme",
        colour="#4DAF4A",
        uuid="00000000-0000-4000-8000-0000000000b1",
    )
    body = service.document_text(doc.id)
    start = body.index("Thổ")
    service.create_annotation(
        doc.id, start, start + len("Thổ Nhĩ Kỳ"), [turkey.id],
        uuid="00000000-0000-4000-8000-0000000000e1",
    )  # fmt: skip
    start = body.index("ngừng")
    service.create_annotation(
        doc.id, start, start + len("ngừng bắn"), [ceasefire.id, turkey.id],
        note="Ghi chú 📝", uuid="00000000-0000-4000-8000-0000000000e2",
    )  # fmt: skip
    service.create_annotation(
        doc.id, body.index("سلام"), len(body), [], coder="",
        note="RTL passage, no tag", uuid="00000000-0000-4000-8000-0000000000e3",
    )  # fmt: skip
    annotations = [replace(a, created_at=FIXED, updated_at=FIXED) for a in service.annotations()]
    return w3c.build(
        service.info(), service.documents(), service.tags(), annotations, generated=FIXED
    )


def test_export_matches_the_golden_file(empty_store: Store) -> None:
    collection = small_project(empty_store)
    produced = w3c.dumps(collection).decode("utf-8")
    assert produced == GOLDEN.read_text(encoding="utf-8")


def test_selectors_count_code_points(empty_store: Store) -> None:
    collection = small_project(empty_store)
    items = collection["first"]["items"]  # type: ignore[index]
    service = ProjectService(empty_store)
    body = service.document_text(service.documents()[0].id)
    for item in items:
        quote, position = item["target"]["selector"]
        assert body[position["start"] : position["end"]] == quote["exact"]
        assert body[: position["start"]].endswith(quote["prefix"])
        assert body[position["end"] :].startswith(quote["suffix"])
    assert collection["total"] == len(items) == 3


def test_export_to_an_unwritable_place_leaves_nothing_behind(
    service: ProjectService, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(ExportError, match=r"file\.txt"):
        w3c.export(service, blocker / "out.json")
    with pytest.raises(ExportError, match="is a folder"):
        w3c.export(service, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_export_replaces_a_file_whole(service: ProjectService, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "out.json"
    out.write_text("old")
    count = w3c.export(service, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["total"] == count == len(service.annotations())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_export_follows_links_keeps_modes_and_refuses_odd_targets(
    service: ProjectService, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    real = folder / "real.json"
    real.write_text("old")
    real.chmod(0o640)
    link = folder / "link.json"
    link.symlink_to(real)
    w3c.export(service, link)
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["total"] > 0
    assert real.stat().st_mode & 0o777 == 0o640
    locked = folder / "locked.json"
    locked.write_text("keep me")
    locked.chmod(0o444)
    with pytest.raises(ExportError, match="read-only"):
        w3c.export(service, locked)
    assert locked.read_text() == "keep me"
    with pytest.raises(ExportError, match="not a regular file"):
        w3c.export(service, "/dev/null")
    with pytest.raises(ExportError, match="Cannot write"):
        w3c.export(service, folder / ("x" * 300 + ".json"))
    assert sorted(p.name for p in folder.iterdir()) == ["link.json", "locked.json", "real.json"]
