"""The audit log, newest first, loaded a page at a time and filtered by user, table and dates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from cakeshop_desktop.core.services import table_editor
from cakeshop_desktop.core.services.table_editor import TablePage
from cakeshop_desktop.gui.audit_changes import action_label, change_lines, change_summary
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.formatting import date_time
from cakeshop_desktop.gui.labels import table_label
from cakeshop_desktop.gui.models.base import QT_TRANSLATE_NOOP, Column, PagedModel, PageRequest

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


class AuditModel(PagedModel[AuditLine]):
    """Read-only and lazy: `fetchMore` asks table_editor.fetch_rows for the next page by key; the
    AuditLine of a row under ROW_ROLE."""

    COL_WHEN, COL_USER, COL_ACTION, COL_TABLE, COL_ROW, COL_CHANGES = range(6)
    TR_CONTEXT = "AuditModel"
    COLUMNS: Sequence[Column[AuditLine]] = (
        Column(
            QT_TRANSLATE_NOOP("AuditModel", "When"),
            lambda line: date_time(line.created_at),
            lambda line: line.created_at,
        ),
        Column(QT_TRANSLATE_NOOP("AuditModel", "Who"), lambda line: line.user),
        Column(
            QT_TRANSLATE_NOOP("AuditModel", "Action"),
            lambda line: action_label(line.action),
            lambda line: line.action,
        ),
        Column(
            QT_TRANSLATE_NOOP("AuditModel", "Table"),
            lambda line: table_label(line.table_name),
            lambda line: line.table_name,
        ),
        Column(QT_TRANSLATE_NOOP("AuditModel", "Row"), lambda line: line.row_id),
        Column(
            QT_TRANSLATE_NOOP("AuditModel", "Changes"),
            lambda line: change_summary(line.table_name, line.before, line.after),
        ),
    )

    def __init__(self, ctx: ShopContext, parent: Any = None, page_size: int = 100) -> None:
        super().__init__(ctx, parent)
        self._page_size = page_size
        self._filter = AuditFilter()
        self._cursor: Any = None

    def set_filter(self, audit_filter: AuditFilter) -> None:
        self._filter = audit_filter
        self.refresh()

    def refresh(self) -> None:
        self.load_first_page()

    def request_page(self, reset: bool) -> PageRequest:
        equals: dict[str, Any] = {}
        if self._filter.user_id is not None:
            equals["user_id"] = self._filter.user_id
        if self._filter.table_name:
            equals["table_name"] = self._filter.table_name
        return (
            table_editor.fetch_rows,
            (AUDIT_TABLE, "", "id", True, 0, self._page_size),
            {
                "cursor": None if reset else self._cursor,
                "equals": equals,
                "created_from": self._filter.date_from,
                "created_to": self._filter.date_to,
            },
        )

    def page_rows(self, page: TablePage) -> tuple[Sequence[AuditLine], bool]:
        self._cursor = page.cursor
        return [self._line(page, row.values, row.labels) for row in page.rows], page.has_more

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

    def line(self, row: int) -> AuditLine:
        return self._rows[row]

    def cell_data(self, line: AuditLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_CHANGES:
            return "\n".join(change_lines(line.table_name, line.before, line.after))[:2000]
        return None
