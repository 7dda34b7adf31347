"""The rules DESIGN.md sets for the package's shape, checked on every run."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop"


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_and_cli_never_import_qt() -> None:
    headless = [*sorted((PACKAGE / "core").rglob("*.py")), PACKAGE / "cli.py"]
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            m for m in imported_modules(path) if m.split(".")[0] in {"PySide6", "shiboken6"}
        )
        for path in headless
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_the_core_and_running_the_cli_loads_no_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, desktop.core, desktop.cli\n"
        "for m in pkgutil.walk_packages(desktop.core.__path__, 'desktop.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"


def test_ui_reaches_data_only_through_the_service() -> None:
    forbidden = {"sqlmodel", "sqlalchemy", "sqlite3", "desktop.core.store", "desktop.core.model"}
    allowed_store = {  # they open, hand over and close the Store a window wraps, no more
        PACKAGE / "ui" / "main_window.py",
        PACKAGE / "ui" / "project_windows.py",
    }
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        used = {
            m for m in imported_modules(path) for f in forbidden if m == f or m.startswith(f + ".")
        }
        if path in allowed_store:
            used.discard("desktop.core.store")
        assert not used, f"{path.relative_to(ROOT)} imports {sorted(used)}"


def test_package_init_holds_only_the_version() -> None:
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    assigned = [t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets]  # type: ignore[attr-defined]
    assert assigned == ["__version__"]
    assert not [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]


def test_pyproject_lists_every_package_and_ships_resources() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in PACKAGE.rglob("__init__.py")} | {
        "desktop.resources"
    }
    assert listed == found
    assert config["tool"]["setuptools"]["package-dir"] == {"desktop.resources": "resources"}


def test_qt_pin_keeps_python_3_11_off_pyside6_6_12() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    qt = [d for d in config["project"]["dependencies"] if d.lower().startswith("pyside6")]
    assert any("<6.12" in d and "python_version < '3.12'" in d for d in qt)
