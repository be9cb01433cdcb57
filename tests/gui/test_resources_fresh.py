"""The compiled resources (gui/resources_rc.py) match what pyside6-rcc makes of resources/ today,
and the app finds its icons and translation inside them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QFile

from cakeshop_desktop.gui import resources_rc  # noqa: F401  (registers the resources)

ROOT = Path(__file__).resolve().parents[2]
QRC = ROOT / "resources" / "resources.qrc"
COMPILED = ROOT / "cakeshop_desktop" / "gui" / "resources_rc.py"
# The options of `make resources`: format 1 keeps no file times, so a checkout compiles the same.
RCC_OPTIONS = ("--format-version", "1")


def rcc() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-rcc")
    found = str(beside_python) if beside_python.exists() else shutil.which("pyside6-rcc")
    if not found:
        pytest.skip("pyside6-rcc is not installed")
    return found


def significant(source: str) -> list[str]:
    # The header names the rcc version that wrote the file; the data is what must match.
    return [line for line in source.splitlines() if not line.startswith("# Created by:")]


def listed_files() -> list[str]:
    return [node.text or "" for node in ET.parse(QRC).getroot().iter("file")]


def test_the_compiled_resources_are_fresh(tmp_path: Path):
    target = tmp_path / "resources_rc.py"
    subprocess.run(
        [rcc(), *RCC_OPTIONS, str(QRC), "-o", str(target)], check=True, capture_output=True
    )
    assert significant(COMPILED.read_text(encoding="utf-8")) == significant(
        target.read_text(encoding="utf-8")
    ), "cakeshop_desktop/gui/resources_rc.py is stale: run `make resources`"


def test_every_listed_resource_exists_and_is_compiled_in():
    files = listed_files()
    assert "translations/cakeshop_ru.qm" in files
    assert "icons/cake-pink.svg" in files
    for name in files:
        assert (QRC.parent / name).is_file(), name
        assert QFile.exists(f":/{name}"), f":/{name} is not in resources_rc.py"


def test_every_icon_and_translation_source_is_listed():
    files = set(listed_files())
    for path in sorted((QRC.parent / "icons").glob("*.svg")):
        assert f"icons/{path.name}" in files, f"{path.name} is missing from resources.qrc"
    for path in sorted((QRC.parent / "translations").glob("*.ts")):
        assert f"translations/{path.stem}.qm" in files, f"{path.stem}.qm is missing"


def test_the_icons_and_the_russian_translation_load_from_the_resources(qapp):
    from PySide6.QtCore import QLocale, QTranslator

    from cakeshop_desktop.gui.icons import app_icon, category_icon
    from cakeshop_desktop.gui.language import TRANSLATIONS_DIR

    assert not app_icon().isNull()
    assert not app_icon().pixmap(32, 32).isNull()
    assert not category_icon(3).isNull()
    translator = QTranslator()
    assert translator.load(QLocale("ru_RU"), "cakeshop", "_", TRANSLATIONS_DIR)
    assert translator.filePath() == ":/translations/cakeshop_ru.qm"
    assert translator.translate("LoginDialog", "Log in") not in ("", "Log in")
