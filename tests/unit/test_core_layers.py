"""The core's layers import downwards only (DESIGN §3, issue 13): the database layer never
reaches for a service, the services never for the demo data or the documents, and so on.

Every import is read from the source, those inside functions included, so a lazy import that
would close a circle at run time is caught as well.
"""

from __future__ import annotations

import ast
import pkgutil
from pathlib import Path

import cakeshop_desktop.core

CORE = "cakeshop_desktop.core"

# Lowest first. A module may import its own layer and any layer below it, never one above.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("domain", "messages", "reasons", "pricing", "rules", "types"),  # pure: no database, no session
    ("db",),  # the ORM, engines, migrations, backups
    ("repositories",),  # queries; sessions never leave them
    ("uow",),  # one short session per user action
    ("support",),  # what the services share that is not a service
    ("services",),  # every call names the acting user
    ("documents", "demo"),  # built from what the services return
    ("setup",),  # opening a database (with the demo shop) and preparing a server
)


def layer_of(module: str) -> int:
    """The layer of a `cakeshop_desktop.core.<part>...` module name."""
    part = module.removeprefix(CORE + ".").split(".", 1)[0]
    for rank, parts in enumerate(LAYERS):
        if part in parts:
            return rank
    raise AssertionError(f"{module} is in no layer: add `{part}` to LAYERS")


def core_sources() -> dict[str, Path]:
    sources = {}
    for info in pkgutil.walk_packages(cakeshop_desktop.core.__path__, prefix=CORE + "."):
        spec = info.module_finder.find_spec(info.name)  # type: ignore[union-attr]
        assert spec is not None and spec.origin is not None
        sources[info.name] = Path(spec.origin)
    return sources


def core_imports(module: str, source: str) -> set[str]:
    """The core modules `module` imports, wherever in its source the import stands."""
    package = module if source.endswith("__init__.py") else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(Path(source).read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            # `from core.services import cart` imports core.services.cart
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {name for name in found if name.startswith(CORE + ".")}


def upward_imports() -> list[str]:
    sources = core_sources()
    wrong = []
    for module, path in sources.items():
        mine = layer_of(module)
        for imported in core_imports(module, str(path)):
            if imported in sources or imported.rsplit(".", 1)[0] in sources:
                target = imported if imported in sources else imported.rsplit(".", 1)[0]
                if layer_of(target) > mine:
                    wrong.append(f"{module} imports {target}")
    return sorted(set(wrong))


def test_no_core_module_imports_a_layer_above_its_own():
    assert upward_imports() == []


def test_every_core_module_has_a_layer():
    for module in core_sources():
        layer_of(module)


def test_the_check_sees_an_upward_import(tmp_path: Path):
    source = tmp_path / "engine.py"
    source.write_text(
        "def later():\n    from cakeshop_desktop.core.demo import seed_demo_shop\n",
        encoding="utf-8",
    )
    imports = core_imports(f"{CORE}.db.engine", str(source))
    assert f"{CORE}.demo" in imports
    assert layer_of(f"{CORE}.demo") > layer_of(f"{CORE}.db.engine")
    assert layer_of(f"{CORE}.services.table_editor.writes") > layer_of(f"{CORE}.uow")
