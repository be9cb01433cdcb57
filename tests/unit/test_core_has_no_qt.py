"""The core knows nothing of the GUI (DESIGN §3): importing all of it loads no Qt."""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import cakeshop_desktop.core


def core_modules() -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.walk_packages(
            cakeshop_desktop.core.__path__, prefix="cakeshop_desktop.core."
        )
        # Alembic's env.py runs a migration when imported; versions are loaded by Alembic.
        if ".db.migrations" not in info.name
    )


def test_the_walk_finds_the_core():
    modules = core_modules()
    for expected in (
        "cakeshop_desktop.core.domain",
        "cakeshop_desktop.core.pricing",
        "cakeshop_desktop.core.uow",
        "cakeshop_desktop.core.services.checkout",
        "cakeshop_desktop.core.repositories.orders",
    ):
        assert expected in modules


def test_importing_every_core_module_loads_no_qt():
    imports = "; ".join(f"import {name}" for name in core_modules())
    check = "import sys; bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt'))); assert not bad, bad"
    result = subprocess.run(
        [sys.executable, "-c", f"{imports}; {check}"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


QT_IMPORT = re.compile(r"^\s*(?:from|import)\s+(?:PySide6|PyQt\d|shiboken6|qtpy)\b", re.MULTILINE)


def test_no_core_source_imports_qt_even_lazily():
    """Also imports inside functions, which the subprocess above would not run."""
    for info in pkgutil.walk_packages(
        cakeshop_desktop.core.__path__, prefix="cakeshop_desktop.core."
    ):
        spec = info.module_finder.find_spec(info.name)  # type: ignore[union-attr]
        assert spec is not None and spec.origin is not None
        source = Path(spec.origin).read_text(encoding="utf-8")
        assert not QT_IMPORT.search(source), info.name


def test_the_source_check_would_see_a_qt_import():
    assert QT_IMPORT.search("def f():\n    from PySide6.QtCore import QObject\n")
    assert QT_IMPORT.search("import PySide6\n")
    assert not QT_IMPORT.search('"""The core has no PySide6 in it."""\n')
