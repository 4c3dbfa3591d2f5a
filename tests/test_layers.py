"""The layers of DESIGN.md §1: nothing below ui/ imports PySide6 (or qtawesome, which imports Qt)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "civicdesk_gui"
QT_MODULES = ("PySide6", "qtawesome", "qtpy")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_the_ui_package_imports_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        for name in _imports(path):
            if name.split(".")[0] in QT_MODULES:
                offenders.append(f"{relative}: {name}")
    assert not offenders, "Qt imported outside civicdesk_gui/ui: " + ", ".join(offenders)


def test_the_layer_check_sees_ui_modules():
    # Guards the test above against silently scanning nothing.
    ui_files = list((PACKAGE / "ui").glob("*.py"))
    assert any("PySide6" in n for f in ui_files for n in _imports(f))
