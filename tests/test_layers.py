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
            names.update(f"{node.module}.{alias.name}" for alias in node.names)  # from pkg import module
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


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_modules(path: Path, known: set[str]) -> set[str]:
    """The package's modules `path` imports, anywhere in the file (inside functions too);
    `from package import name` counts as importing the submodule when `name` is one."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found & known


def _find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    done: set[str] = set()
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        if node in path:
            return [*path[path.index(node) :], node]
        if node in done:
            return None
        path.append(node)
        for target in sorted(graph[node]):
            cycle = visit(target)
            if cycle:
                return cycle
        path.pop()
        done.add(node)
        return None

    for start in sorted(graph):
        cycle = visit(start)
        if cycle:
            return cycle
    return None


def test_store_has_no_import_cycle():
    """store/ imports one way (database ← models ← schema ← opening), so no module needs a lazy import
    to dodge a cycle; imports inside functions count too."""
    files = {_module_name(p): p for p in (PACKAGE / "store").rglob("*.py")}
    known = set(files)
    graph = {name: _imported_modules(path, known) - {name} for name, path in files.items()}
    assert graph["civicdesk_gui.store.opening"] >= {"civicdesk_gui.store.schema"}  # the walk sees imports
    assert _find_cycle(graph) is None, "import cycle in store/: " + " → ".join(_find_cycle(graph) or [])


def test_the_cycle_check_finds_a_cycle():
    assert _find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _find_cycle({"a": {"b"}, "b": set()}) is None


def test_documents_and_queries_never_import_actions():
    """documents/ and queries/ read and render; only actions/ writes (DESIGN.md §1). Imports inside
    functions count too."""
    offenders = []
    for layer in ("documents", "queries"):
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                if name == "civicdesk_gui.actions" or name.startswith("civicdesk_gui.actions."):
                    offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert not offenders, "documents/ or queries/ import actions/: " + ", ".join(offenders)


def test_the_import_walk_sees_imports_inside_functions(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from civicdesk_gui import actions\n", encoding="utf-8")
    assert "civicdesk_gui.actions" in _imports(module)


UI = PACKAGE / "ui"
FEATURES = ("briefing", "cases", "sessions", "letters", "settings", "users", "audit", "backups", "approvals")


def _ui_modules():
    for path in sorted(UI.rglob("*.py")):
        yield path, path.relative_to(UI)


def test_only_ops_modules_import_actions():
    """Widgets never call actions: every write goes through a feature's ops.py and the runner."""
    offenders = [
        f"ui/{relative}: {name}"
        for path, relative in _ui_modules()
        if relative.name != "ops.py"
        for name in _imports(path)
        if name == "civicdesk_gui.actions" or name.startswith("civicdesk_gui.actions.")
    ]
    assert not offenders, "actions imported outside ui/**/ops.py: " + ", ".join(offenders)


def test_the_ops_check_sees_ops_modules():
    ops = [
        path
        for path, relative in _ui_modules()
        if relative.name == "ops.py" and relative.parts[0] in FEATURES
    ]
    assert len(ops) >= 3 and all(any(n.startswith("civicdesk_gui.actions") for n in _imports(p)) for p in ops)


def _emits_change_notice(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        # <anything>.changed.emit(...)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "emit"
            and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr == "changed"
        ):
            return True
    return False


def test_only_the_runner_emits_change_notices():
    emitters = sorted(str(relative) for path, relative in _ui_modules() if _emits_change_notice(path))
    assert emitters == ["shell/ops.py"], emitters


def _ui_package_of(name: str) -> str | None:
    prefix = "civicdesk_gui.ui."
    if not name.startswith(prefix):
        return None
    return name[len(prefix) :].split(".")[0]


def test_features_do_not_import_each_other():
    """A feature asks another through a signal ("show case N"); only the assemblers (ui/screens.py,
    ui/main_window.py, ui/app.py) put features together. The shell and shared widgets import none."""
    offenders = []
    for path, relative in _ui_modules():
        own = relative.parts[0] if len(relative.parts) > 1 else None
        if own is None:  # app.py, main_window.py, screens.py: the assemblers
            continue
        for name in _imports(path):
            target = _ui_package_of(name)
            if target in FEATURES and target != own:
                offenders.append(f"ui/{relative}: {name}")
    assert not offenders, "feature packages import each other: " + ", ".join(offenders)


def test_the_feature_check_sees_imports():
    # Guards the test above: the assembler does import features, and features import the shell.
    assert any(_ui_package_of(n) == "cases" for n in _imports(UI / "screens.py"))
    assert any(_ui_package_of(n) == "shell" for n in _imports(UI / "cases" / "cases_screen.py"))
