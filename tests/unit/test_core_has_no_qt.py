"""The core knows nothing of the GUI (DESIGN §3): importing all of it loads no Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

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


def test_no_core_source_mentions_qt():
    for info in pkgutil.walk_packages(
        cakeshop_desktop.core.__path__, prefix="cakeshop_desktop.core."
    ):
        spec = info.module_finder.find_spec(info.name)  # type: ignore[union-attr]
        assert spec is not None and spec.origin is not None
        with open(spec.origin, encoding="utf-8") as source:
            text = source.read()
        assert "PySide6" not in text and "PyQt" not in text, info.name
