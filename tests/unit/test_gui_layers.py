"""The GUI's parts import downwards only (DESIGN §3, issue 13): a window builds its panels,
a panel drives widgets and delegates it is handed and signals back; none of them imports a
window, and reusable widgets and delegates import no panel."""

from __future__ import annotations

import ast
from pathlib import Path

import cakeshop_desktop.gui

GUI = Path(cakeshop_desktop.gui.__file__).parent
PREFIX = "cakeshop_desktop.gui."


def imports_of(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def wrong_imports(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    wrong = []
    for path in sorted((GUI / folder).glob("*.py")):
        for name in imports_of(path):
            if name.startswith(tuple(PREFIX + part for part in forbidden)):
                wrong.append(f"{folder}/{path.name} imports {name}")
    return sorted(wrong)


def test_panels_never_import_a_window():
    assert wrong_imports("panels", ("windows",)) == []


def test_widgets_and_delegates_import_no_panel_or_window():
    assert wrong_imports("widgets", ("windows", "panels")) == []
    assert wrong_imports("delegates", ("windows", "panels", "dialogs")) == []


def test_the_check_sees_a_lazy_import(tmp_path: Path):
    source = tmp_path / "panel.py"
    source.write_text(
        "def f():\n    from cakeshop_desktop.gui.windows.admin_window import AdminWindow\n",
        encoding="utf-8",
    )
    assert "cakeshop_desktop.gui.windows.admin_window" in imports_of(source)
