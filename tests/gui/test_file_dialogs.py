"""Save and open dialogs start in the user's documents folder, not the program's working folder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import cakeshop_desktop
from cakeshop_desktop.gui.file_dialogs import (
    ask_folder,
    ask_open_path,
    ask_save_path,
    documents_folder,
)

PACKAGE = Path(cakeshop_desktop.__file__).parent


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


def test_documents_folder_is_the_users_documents(home):
    (home / "Documents").mkdir()
    assert documents_folder() == home / "Documents"


def test_documents_folder_falls_back_to_home_when_there_is_none(home):
    assert documents_folder() == home


def test_the_folder_a_desktop_names_for_documents_is_used(home):
    (home / "Документы").mkdir()
    (home / ".config").mkdir()
    (home / ".config" / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/Документы"\n')
    assert documents_folder() == home / "Документы"


def test_save_and_open_dialogs_start_in_documents(qapp, home, monkeypatch):
    (home / "Documents").mkdir()
    asked = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda parent, title, start, filters: asked.append(start) or ("", ""),
    )
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName",
        lambda parent, title, start, filters: asked.append(start) or ("", ""),
    )
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getExistingDirectory",
        lambda parent, title, start: asked.append(start) or "",
    )
    assert ask_save_path(None, "Save", "sales.csv", "CSV (*.csv)") == ""
    assert ask_open_path(None, "Open", "CSV (*.csv)") == ""
    assert ask_folder(None, "PDF folder") == ""
    assert ask_folder(None, "PDF folder", str(home)) == ""  # the folder already chosen
    documents = home / "Documents"
    assert asked == [str(documents / "sales.csv"), str(documents), str(documents), str(home)]


def test_every_file_dialog_of_the_app_goes_through_the_helper():
    direct = re.compile(r"QFileDialog\.get\w+")
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "file_dialogs.py" and direct.search(path.read_text("utf-8"))
    ]
    assert offenders == []
