"""The real `parallax` entry point, run as a separate process with a clean home."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.project import ProjectService
from desktop.core.store import Store

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, home: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "HOME": str(home),
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=timeout,
    )


def test_first_run_creates_the_default_project_from_the_sample(isolated_user_dirs: Path) -> None:
    result = run("list", home=isolated_user_dirs)
    assert result.returncode == 0, result.stderr
    default = isolated_user_dirs / "data" / "Parallax" / "default.parallax"
    assert default.is_file()
    assert "[id] Indonesian report" in result.stdout
    assert "[vi] Vietnamese report" in result.stdout
    assert "actor  Turkey: 2 annotations ([id] 1, [vi] 1)" in result.stdout


def test_export_writes_w3c_json_of_every_annotation(
    isolated_user_dirs: Path, sample_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "annotations.json"
    result = run("export", "--format", "w3c", "--out", str(out), "--project", str(sample_path),
                 home=isolated_user_dirs)  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "AnnotationCollection"
    store = Store.open(sample_path)
    try:
        from desktop.core.project import ProjectService

        expected = {a.uuid for a in ProjectService(store).annotations()}
    finally:
        store.close()
    assert {item["id"].removeprefix("urn:uuid:") for item in data["first"]["items"]} == expected
    assert f"Exported {len(expected)} annotations" in result.stdout


def test_export_to_an_unwritable_path_fails_cleanly(
    isolated_user_dirs: Path, sample_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    blocker = folder / "not-a-folder"
    blocker.write_text("x")
    result = run("export", "--out", str(blocker / "a.json"), "--project", str(sample_path),
                 home=isolated_user_dirs)  # fmt: skip
    assert result.returncode != 0
    assert str(blocker / "a.json") in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["not-a-folder"]


def test_export_refuses_a_project_that_does_not_exist(
    isolated_user_dirs: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.parallax"
    result = run("export", "--out", str(tmp_path / "a.json"), "--project", str(missing),
                 home=isolated_user_dirs)  # fmt: skip
    assert result.returncode != 0
    assert f"{missing} does not exist" in result.stderr
    assert not missing.exists()


@pytest.mark.parametrize("kind", ["text", "folder", "other-sqlite", "under-a-file"])
def test_window_refuses_a_bad_project_path_and_leaves_it_untouched(
    isolated_user_dirs: Path, tmp_path: Path, kind: str
) -> None:
    if kind == "text":
        path = tmp_path / "notes.txt"
        path.write_text("field notes, not a project\n", encoding="utf-8")
    elif kind == "folder":
        path = tmp_path / "a-folder"
        path.mkdir()
    elif kind == "other-sqlite":
        import sqlite3

        path = tmp_path / "zotero.sqlite"
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE items (id)")
        conn.close()
    else:
        blocker = tmp_path / "file"
        blocker.write_text("x")
        path = blocker / "p.parallax"
    before = sorted(p.name for p in tmp_path.rglob("*"))
    digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    result = run("--project", str(path), home=isolated_user_dirs)
    assert result.returncode != 0
    assert str(path) in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    if digest is not None:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_version_and_help(isolated_user_dirs: Path) -> None:
    version = run("--version", home=isolated_user_dirs)
    assert version.returncode == 0 and version.stdout.startswith("Parallax ")
    helped = run("export", "--help", home=isolated_user_dirs)
    assert helped.returncode == 0 and "--format" in helped.stdout


def test_the_window_starts_on_a_new_project_and_keeps_running(
    isolated_user_dirs: Path, tmp_path: Path
) -> None:
    import time

    project = tmp_path / "fieldwork.parallax"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(isolated_user_dirs / "data"),
        "XDG_CONFIG_HOME": str(isolated_user_dirs / "config"),
        "HOME": str(isolated_user_dirs),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--project", str(project)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 60
        while not project.exists() and time.monotonic() < deadline:
            assert process.poll() is None, process.communicate()[1]
            time.sleep(0.1)
        time.sleep(2)  # the window is up and the event loop running
        assert process.poll() is None, process.communicate()[1]
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=30)
    assert "Traceback" not in stderr
    store = Store.open(project)
    try:
        from desktop.core.project import ProjectService

        service = ProjectService(store)
        assert service.info().name == "fieldwork"
        assert service.documents() == []
    finally:
        store.close()


def test_commands_may_follow_the_project_option_and_typos_are_refused(
    isolated_user_dirs: Path, sample_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "a.json"
    result = run(
        "--project", str(sample_path), "export", "--out", str(out), home=isolated_user_dirs
    )
    assert result.returncode == 0, result.stderr
    assert out.is_file()
    typo = run("--projet", str(sample_path), home=isolated_user_dirs)
    assert typo.returncode == 2
    assert "unrecognized arguments: --projet" in typo.stderr


def test_a_damaged_project_gives_a_message_not_a_traceback(
    isolated_user_dirs: Path, sample_path: Path, tmp_path: Path
) -> None:
    data = bytearray(sample_path.read_bytes())
    data[4096 * 2 : 4096 * 6] = bytes((i * 37) % 256 for i in range(4096 * 4))
    sample_path.write_bytes(bytes(data))
    # With no backup to restore the commands change nothing; the window offers to move the
    # file aside instead (tests/gui/test_restore_window.py).
    for args in (("list",), ("export", "--out", str(tmp_path / "x.json"))):
        result = run(*args, "--project", str(sample_path), home=isolated_user_dirs)
        assert result.returncode != 0
        assert "damaged" in result.stderr and str(sample_path) in result.stderr
        assert "Traceback" not in result.stderr


def test_import_from_the_command_line(isolated_user_dirs: Path, tmp_path: Path) -> None:
    """`parallax import` lands the good files, names each bad one with its reason, exits
    1 when any failed, and creates the project when it does not exist yet."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ru.txt").write_bytes(
        "Россия предложила провести переговоры между Арменией и Азербайджаном.".encode("koi8-r")
    )
    (folder / "page.html").write_text(
        "<html lang='id'><title>Berita</title><script>x()</script>"
        "<p>Meski terjadi gencatan senjata pada 1994, tensi kedua negara tidak surut.</p></html>",
        encoding="utf-8",
    )
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    project = tmp_path / "new.parallax"
    result = run("import", str(folder), "--project", str(project), home=isolated_user_dirs)
    assert result.returncode == 1
    assert "broken.pdf: is a damaged PDF" in result.stderr
    assert "Imported 2, skipped 0 (0 already in the project), failed 1." in result.stdout
    listed = run("list", "--project", str(project), home=isolated_user_dirs)
    assert "[id] Berita: 0 annotations" in listed.stdout
    assert "[ru] ru: 0 annotations" in listed.stdout
    # The same files again are all duplicates, and a given language is kept.
    again = run(
        "import", str(folder / "ru.txt"), "--project", str(project), home=isolated_user_dirs
    )
    assert again.returncode == 0 and "already in the project" in again.stdout
    forced = run(
        "import", str(folder / "ru.txt"), "--project", str(project), "--language", "uk",
        "--allow-duplicates", home=isolated_user_dirs,
    )  # fmt: skip
    assert forced.returncode == 0
    assert "[uk] ru: 0 annotations" in run("list", "--project", str(project),
                                            home=isolated_user_dirs).stdout  # fmt: skip


def test_export_coded_segments_as_csv_and_json(
    isolated_user_dirs: Path, sample_path: Path, tmp_path: Path
) -> None:
    import csv

    store = Store.open(sample_path)
    try:
        from desktop.core.project import ProjectService

        service = ProjectService(store)
        annotations = service.annotations()
        documents = {d.id: d for d in service.documents()}
        tags = {t.id: t for t in service.tags()}
    finally:
        store.close()
    expected = sorted(
        (a.uuid, documents[a.document_id].title, a.start, a.end, a.quote, a.note,
         tags[t].name, tags[t].kind)
        for a in annotations for t in a.tag_ids
    )  # fmt: skip
    rows = {}
    for form, name in (("csv", "segments.csv"), ("segments-json", "segments.json")):
        out = tmp_path / name
        result = run("export", "--format", form, "--out", str(out), "--project",
                     str(sample_path), home=isolated_user_dirs)  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert f"Exported {len(expected)} coded segments to {out}" in result.stdout
        if form == "csv":
            raw = out.read_bytes()
            assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so spreadsheets read UTF-8
            rows[form] = list(csv.DictReader(raw.decode("utf-8-sig").splitlines(keepends=True)))
        else:
            rows[form] = json.loads(out.read_text(encoding="utf-8"))
        got = sorted(
            (r["annotation_uuid"], r["document_title"], int(r["start"]), int(r["end"]),
             r["quote"], r["note"], r["tag_name"], r["tag_kind"])
            for r in rows[form]
        )  # fmt: skip
        assert got == expected
    # Offsets are code points of the document: the quote is the text between them.
    sample = {d.title: d for d in documents.values()}
    store = Store.open(sample_path)
    try:
        service = ProjectService(store)
        for row in rows["segments-json"]:
            text = service.document_text(sample[row["document_title"]].id)
            assert text[row["start"] : row["end"]] == row["quote"]
    finally:
        store.close()


def test_project_json_export_and_import_round_trip(
    isolated_user_dirs: Path, sample_path: Path, tmp_path: Path
) -> None:
    """`export --format project-json` then `import` of that file into a new project gives
    the same documents, tags and counts; a second import into it is refused."""
    out = tmp_path / "backup.json"
    exported = run("export", "--format", "project-json", "--out", str(out), "--project",
                   str(sample_path), home=isolated_user_dirs)  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "parallax-project"
    restored = tmp_path / "restored.parallax"
    imported = run("import", str(out), "--project", str(restored), home=isolated_user_dirs)
    assert imported.returncode == 0, imported.stderr
    assert "Imported the project “Sample: Nagorno-Karabakh" in imported.stdout
    listings = [
        run("list", "--project", str(p), home=isolated_user_dirs).stdout.splitlines()
        for p in (sample_path, restored)
    ]
    assert listings[0][1:] == listings[1][1:]  # all but the "Project: name (path)" line
    assert "  actor  Turkey: 2 annotations ([id] 1, [vi] 1)" in listings[1]
    # Into a project that has it all already: merged, and nothing changes.
    again = run("import", str(out), "--project", str(restored), home=isolated_user_dirs)
    assert again.returncode == 0, again.stderr
    assert "0 annotations added, 0 updated, 16 already in the project." in again.stdout
    assert "Documents: 0 added, 2 matched." in again.stdout
    after = run("list", "--project", str(restored), home=isolated_user_dirs).stdout
    assert after.splitlines()[1:] == listings[1][1:]  # left as it was


def test_import_merges_a_w3c_export_into_a_project_with_the_same_documents(
    sample_path: Path, tmp_path: Path, isolated_user_dirs: Path
) -> None:
    out = tmp_path / "sample.json"
    exported = run("export", "--project", str(sample_path), "--out", str(out),
                   home=isolated_user_dirs)  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    other = tmp_path / "other.parallax"
    texts = tmp_path / "texts"
    texts.mkdir()
    service = ProjectService(Store.open(sample_path))
    for document in service.documents():
        (texts / f"{document.id}.txt").write_text(
            service.document_text(document.id), encoding="utf-8"
        )
    service.store.close()
    run("import", str(texts), "--project", str(other), home=isolated_user_dirs)
    dry = run("import", str(out), "--dry-run", "--project", str(other), home=isolated_user_dirs)
    assert dry.returncode == 0, dry.stderr
    assert "nothing was written" in dry.stdout and "16 annotations added" in dry.stdout
    listing = run("list", "--project", str(other), home=isolated_user_dirs).stdout
    assert "Tags (0):" in listing and ": 0 annotations, 2031 characters" in listing
    # The texts (already there: skipped) and the W3C file in one command.
    merged = run("import", str(texts), str(out), "--project", str(other),
                 home=isolated_user_dirs)  # fmt: skip
    assert merged.returncode == 0, merged.stderr
    assert "16 annotations added, 0 updated, 0 already in the project." in merged.stdout
    assert "Documents: 0 added, 2 matched." in merged.stdout
    listing = run("list", "--project", str(other), home=isolated_user_dirs).stdout
    assert "  actor  Turkey: 2 annotations" in listing
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "AnnotationPage", "items": [{"type": "Note"}]}', encoding="utf-8")
    refused = run("import", str(bad), "--project", str(other), home=isolated_user_dirs)
    assert refused.returncode == 1
    assert f"{bad} cannot be imported as W3C Web Annotations" in refused.stderr
    assert "annotation 1: is not an Annotation" in refused.stderr


@pytest.mark.parametrize(
    ("form", "name", "annotations"),
    [("qdpx", "sample.qdpx", 16), ("doccano", "sample.jsonl", 16), ("brat", "sample.zip", 16)],
)
def test_exports_for_other_tools_import_back_into_a_new_project(
    sample_path: Path,
    tmp_path: Path,
    isolated_user_dirs: Path,
    form: str,
    name: str,
    annotations: int,
) -> None:
    out = tmp_path / name
    exported = run("export", "--format", form, "--project", str(sample_path), "--out", str(out),
                   home=isolated_user_dirs)  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    fresh = tmp_path / "fresh.parallax"
    imported = run("import", str(out), "--project", str(fresh), home=isolated_user_dirs)
    assert imported.returncode == 0, imported.stderr
    assert f"{annotations} annotations added" in imported.stdout
    assert "Documents: 2 added, 0 matched." in imported.stdout
    before = ProjectService(Store.open(sample_path))
    after = ProjectService(Store.open(fresh))
    try:
        assert sorted(before.document_text(d.id) for d in before.documents()) == sorted(
            after.document_text(d.id) for d in after.documents()
        )
        spans = sorted((a.quote, a.start, a.end) for a in after.annotations())
        assert spans == sorted((a.quote, a.start, a.end) for a in before.annotations())
    finally:
        before.store.close()
        after.store.close()


def test_check_reports_the_project_s_health_and_fails_on_drift(
    sample_path: Path, isolated_user_dirs: Path
) -> None:
    healthy = run("check", "--project", str(sample_path), home=isolated_user_dirs)
    assert healthy.returncode == 0, healthy.stderr
    assert "[ok] Annotation offsets: every passage is where its quote says" in healthy.stdout
    with sqlite3.connect(sample_path) as conn:
        conn.execute("UPDATE annotation SET start = start + 2 WHERE id = 3")
    conn.close()
    drifted = run("check", "--project", str(sample_path), home=isolated_user_dirs)
    assert drifted.returncode == 1
    assert "[PROBLEM] Annotation offsets: 1 annotation whose offsets no longer hold its quote" in (
        drifted.stdout
    )
