"""The audit log, newest first, loaded a page at a time and filtered by user, table and dates."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from cakeshop_desktop.core.services import table_editor
from cakeshop_desktop.core.services.table_editor import TablePage
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.formatting import date_time
from cakeshop_desktop.gui.models.list_model import HeadedListModel

ModelIndex = QModelIndex | QPersistentModelIndex
AUDIT_TABLE = "audit_log"


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What the audit tab's filters ask for; None means any."""

    user_id: int | None = None
    table_name: str | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True, slots=True)
class AuditLine:
    """One audit entry as the view shows it."""

    id: int
    created_at: datetime | None
    user: str
    action: str
    table_name: str
    row_id: str
    before: str | None
    after: str | None


def change_summary(before: str | None, after: str | None) -> str:
    """'price: 1250.50 → 1300.00; stock_qty: 3 → 4' for the columns that changed."""
    try:
        old = json.loads(before) if before else {}
        new = json.loads(after) if after else {}
    except ValueError:
        return (after or before or "")[:200]
    if not old:
        return ", ".join(f"{k}={v}" for k, v in new.items())[:300]
    if not new:
        return ", ".join(f"{k}={v}" for k, v in old.items())[:300]
    changed = [
        f"{key}: {old.get(key)} → {new.get(key)}"
        for key in sorted(set(old) | set(new))
        if old.get(key) != new.get(key) and key != "updated_at"
    ]
    return "; ".join(changed)[:300]


class AuditModel(HeadedListModel):
    """Read-only and lazy: `fetchMore` asks table_editor.fetch_rows for the next page by key."""

    COL_WHEN, COL_USER, COL_ACTION, COL_TABLE, COL_ROW, COL_CHANGES = range(6)
    LINE_ROLE = Qt.ItemDataRole.UserRole + 1

    loading_changed = Signal(bool)
    load_failed = Signal(object)

    def __init__(self, ctx: ShopContext, parent: Any = None, page_size: int = 100) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._page_size = page_size
        self._filter = AuditFilter()
        self._rows: list[AuditLine] = []
        self._cursor: Any = None
        self._has_more = False
        self._loading = False
        self._generation = 0

    @staticmethod
    def headers() -> tuple[str, ...]:
        return (
            QCoreApplication.translate("AuditModel", "When"),
            QCoreApplication.translate("AuditModel", "Who"),
            QCoreApplication.translate("AuditModel", "Action"),
            QCoreApplication.translate("AuditModel", "Table"),
            QCoreApplication.translate("AuditModel", "Row"),
            QCoreApplication.translate("AuditModel", "Changes"),
        )

    @property
    def is_loading(self) -> bool:
        return self._loading

    def set_filter(self, audit_filter: AuditFilter) -> None:
        self._filter = audit_filter
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        self._load(reset=True)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid() and self._has_more and not self._loading:
            self._load(reset=False)

    def _load(self, *, reset: bool) -> None:
        generation = self._generation
        equals: dict[str, Any] = {}
        if self._filter.user_id is not None:
            equals["user_id"] = self._filter.user_id
        if self._filter.table_name:
            equals["table_name"] = self._filter.table_name
        self._loading = True
        self.loading_changed.emit(True)
        self._ctx.call(
            self,
            table_editor.fetch_rows,
            AUDIT_TABLE,
            "",
            "id",
            True,
            0,
            self._page_size,
            cursor=None if reset else self._cursor,
            equals=equals,
            created_from=self._filter.date_from,
            created_to=self._filter.date_to,
            on_result=lambda page: self._arrived(generation, reset, page),
            on_error=lambda error: self._failed(generation, error),
        )

    def _arrived(self, generation: int, reset: bool, page: TablePage) -> None:
        if generation != self._generation:
            return
        lines = [self._line(page, row.values, row.labels) for row in page.rows]
        self._cursor = page.cursor
        self._has_more = page.has_more
        if reset:
            self.beginResetModel()
            self._rows = lines
            self.endResetModel()
        elif lines:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(lines) - 1)
            self._rows.extend(lines)
            self.endInsertRows()
        self._loading = False
        self.loading_changed.emit(False)

    @staticmethod
    def _line(page: TablePage, values: tuple[Any, ...], labels: Any) -> AuditLine:
        row = dict(zip(page.columns, values, strict=True))
        user = labels.get("user_id") or (
            str(row["user_id"])
            if row["user_id"]
            else QCoreApplication.translate("AuditModel", "system")
        )
        return AuditLine(
            id=row["id"],
            created_at=row["created_at"],
            user=user,
            action=row["action"],
            table_name=row["table_name"],
            row_id=row["row_id"],
            before=row["before"],
            after=row["after"],
        )

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.loading_changed.emit(False)
        self.load_failed.emit(error)

    def line(self, row: int) -> AuditLine:
        return self._rows[row]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                date_time(line.created_at),
                line.user,
                line.action,
                line.table_name,
                line.row_id,
                change_summary(line.before, line.after),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_CHANGES:
            return "\n".join(filter(None, (line.before, line.after)))[:2000]
        if role == self.LINE_ROLE:
            return line
        return None
