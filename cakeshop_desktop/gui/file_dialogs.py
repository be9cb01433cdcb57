"""Where the file dialogs open: the user's documents folder, never the program's working folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def documents_folder() -> Path:
    """The user's documents folder (Documents, Документы, ...), or home when there is none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def ask_save_path(parent: QWidget | None, title: str, file_name: str, file_filter: str) -> str:
    """Ask where to save, suggesting `file_name` in the documents folder; "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(documents_folder() / file_name), file_filter
    )
    return path


def ask_open_path(parent: QWidget | None, title: str, file_filter: str) -> str:
    """Ask for a file to read, starting in the documents folder; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(documents_folder()), file_filter)
    return path


def ask_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    """Ask for a folder, starting at `start` (when it exists) or else the documents folder;
    "" when cancelled."""
    folder = start if start and Path(start).is_dir() else str(documents_folder())
    return QFileDialog.getExistingDirectory(parent, title, folder)
