"""Every generated form in gui/forms/ matches what pyside6-uic makes of its ui/*.ui today."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "cakeshop_desktop" / "gui" / "forms"
FORMS = sorted(UI_DIR.glob("*.ui"))


def uic() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside_python) if beside_python.exists() else shutil.which("pyside6-uic")
    if not found:
        pytest.skip("pyside6-uic is not installed")
    return found


def significant(source: str) -> list[str]:
    # The header names the uic version that wrote the file; the code is what must match.
    return [
        line for line in source.splitlines() if "Created by: Qt User Interface Compiler" not in line
    ]


def test_there_are_forms():
    assert FORMS, f"no Designer forms in {UI_DIR}"


@pytest.mark.parametrize("form", FORMS, ids=[form.stem for form in FORMS])
def test_the_generated_module_is_fresh(form: Path, tmp_path: Path):
    target = tmp_path / f"ui_{form.stem}.py"
    subprocess.run([uic(), str(form), "-o", str(target)], check=True, capture_output=True)
    committed = FORMS_DIR / f"ui_{form.stem}.py"
    assert committed.exists(), f"{committed.name} is missing: run `make forms`"
    assert significant(committed.read_text(encoding="utf-8")) == significant(
        target.read_text(encoding="utf-8")
    ), f"{committed.name} is stale: run `make forms`"
