"""The local database's backups in Settings → Backups: when, how big, why; newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from cakeshop_desktop.core.db.backups import BackupFile, BackupReason
from cakeshop_desktop.gui.formatting import date_time
from cakeshop_desktop.gui.models.list_model import HeadedListModel, ModelIndex


def reason_label(reason: BackupReason) -> str:
    """Why a backup was made, in the user's language."""
    return {
        BackupReason.DAILY: QCoreApplication.translate("BackupsModel", "daily"),
        BackupReason.MANUAL: QCoreApplication.translate("BackupsModel", "by hand"),
        BackupReason.BEFORE_UPGRADE: QCoreApplication.translate(
            "BackupsModel", "before an upgrade"
        ),
        BackupReason.BEFORE_RESTORE: QCoreApplication.translate("BackupsModel", "before a restore"),
    }[reason]


class BackupsModel(HeadedListModel):
    """One row per backup file; the BackupFile itself under UserRole."""

    COL_MADE, COL_SIZE, COL_REASON = range(3)

    @staticmethod
    def headers() -> tuple[str, ...]:
        return (
            QCoreApplication.translate("BackupsModel", "Made"),
            QCoreApplication.translate("BackupsModel", "Size"),
            QCoreApplication.translate("BackupsModel", "Why"),
        )

    def set_backups(self, rows: list[BackupFile]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def backup(self, row: int) -> BackupFile:
        return self._rows[row]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        backup: BackupFile = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return backup
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_MADE:
            return date_time(backup.made_at)
        if column == self.COL_SIZE:
            return QLocale().formattedDataSize(backup.size)
        if column == self.COL_REASON:
            return reason_label(backup.reason)
        return None
