"""build.spec, the Linux packaging, the Inno Setup script and the release workflow agree."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"
LINUX = ROOT / "packaging" / "linux"
ISS = ROOT / "packaging" / "windows" / "cakeshop.iss"
RELEASE = ROOT / ".github" / "workflows" / "release.yml"


def test_the_spec_is_python_and_names_the_bundle_cakeshop():
    source = SPEC.read_text(encoding="utf-8")
    compile(source, str(SPEC), "exec")
    assert 'NAME = "cakeshop"' in source
    # Alembic loads the migrations by path: they ship as .py files
    assert 'subdir="core/db/migrations"' in source and "include_py_files=True" in source
    for needed in ('collect_submodules("cakeshop_desktop")', "pymysql", "sqlite3"):
        assert needed in source, needed
    # icons and translations ride inside gui/resources_rc.py, a submodule: no stale paths
    assert "cakeshop_desktop/resources" not in source
    assert (ROOT / "cakeshop_desktop" / "gui" / "resources_rc.py").is_file()
    for unwanted in ("QtWebEngineCore", "QtQml", "QtQuick"):
        assert f'"{unwanted}"' in source, f"{unwanted} is not excluded"


def test_the_spec_entry_point_and_icons_exist():
    assert (ROOT / "packaging" / "cakeshop_main.py").is_file()
    assert (ROOT / "packaging" / "windows" / "cakeshop.ico").is_file()
    assert (ROOT / "resources" / "icons" / "cake-pink.svg").is_file()
    assert "resources/icons/cake-pink.svg" in (LINUX / "build-deb.sh").read_text(encoding="utf-8")


def test_the_desktop_entry_starts_the_installed_app():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(LINUX / "cakeshop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "/usr/bin/cakeshop"
    assert desktop["Icon"] == "cakeshop"
    assert desktop["Name[ru]"]
    validate = shutil.which("desktop-file-validate")
    if validate:
        subprocess.run([validate, str(LINUX / "cakeshop.desktop")], check=True)


def test_the_deb_script_and_maintainer_scripts_are_sound_shell():
    for script in ("build-deb.sh", "postinst", "postrm"):
        path = LINUX / script
        assert os.access(path, os.X_OK), f"{script} is not executable"
        subprocess.run(["sh" if script != "build-deb.sh" else "bash", "-n", str(path)], check=True)
    build = (LINUX / "build-deb.sh").read_text(encoding="utf-8")
    assert "/opt/cakeshop" in build and "usr/bin/cakeshop" in build and "dpkg-deb" in build
    control = (LINUX / "control.in").read_text(encoding="utf-8")
    for field in ("Package: cakeshop", "Version: @VERSION@", "Architecture: @ARCH@", "Depends:"):
        assert field in control


def test_the_inno_setup_script_installs_the_spec_bundle():
    iss = ISS.read_text(encoding="utf-8")
    assert '#define BundleDir "..\\..\\dist\\cakeshop"' in iss
    assert '#define AppExe "cakeshop.exe"' in iss
    assert "SetupIconFile=cakeshop.ico" in iss
    assert "ArchitecturesInstallIn64BitMode=x64compatible" in iss
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", iss, re.MULTILINE)
    assert 'MessagesFile: "compiler:Languages\\Russian.isl"' in iss


def test_the_release_workflow_builds_what_the_scripts_describe():
    workflow = RELEASE.read_text(encoding="utf-8")
    assert re.search(r"^  windows:\n(?:    .*\n)*?    runs-on: windows-latest$", workflow, re.M)
    assert re.search(r"^  linux:\n(?:    .*\n)*?    runs-on: ubuntu-latest$", workflow, re.M)
    assert 'tags: ["v*"]' in workflow
    assert "build.spec" in workflow and "packaging\\windows\\cakeshop.iss" in workflow
    assert "make deb" in workflow and "--self-check" in workflow
    output = re.search(r"^OutputBaseFilename=(.*)$", ISS.read_text(encoding="utf-8"), re.M)
    assert output is not None
    pattern = output.group(1).replace("{#AppVersion}", "*")
    assert f"dist/{pattern}.exe" in workflow
