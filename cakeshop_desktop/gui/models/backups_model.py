"""The local database's backups in Settings → Backups: when, how big, why; newest first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt

from cakeshop_desktop.core.db.backups import BackupFile
from cakeshop_desktop.gui.formatting import date_time
from cakeshop_desktop.gui.labels import backup_reason_label
from cakeshop_desktop.gui.models.base import QT_TRANSLATE_NOOP, Column, RowsModel


class BackupsModel(RowsModel[BackupFile]):
    """One row per backup file; the BackupFile itself under ROW_ROLE."""

    COL_MADE, COL_SIZE, COL_REASON = range(3)
    TR_CONTEXT = "BackupsModel"
    COLUMNS: Sequence[Column[BackupFile]] = (
        Column(
            QT_TRANSLATE_NOOP("BackupsModel", "Made"),
            lambda b: date_time(b.made_at),
            lambda b: b.made_at,
        ),
        Column(
            QT_TRANSLATE_NOOP("BackupsModel", "Size"),
            lambda b: QLocale().formattedDataSize(b.size),
            lambda b: b.size,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("BackupsModel", "Why"),
            lambda b: backup_reason_label(b.reason),
            lambda b: b.reason.value,
        ),
    )

    def row_key(self, row: BackupFile) -> Any:
        return row.path

    def set_backups(self, rows: list[BackupFile]) -> None:
        self.set_rows(rows)

    def backup(self, row: int) -> BackupFile:
        return self._rows[row]

    def cell_data(self, backup: BackupFile, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        return None
