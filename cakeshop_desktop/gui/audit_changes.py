"""An audit entry in the user's words: "Price: 1 250.50 → 1 300.00", not `price=1250.5`.

The audit log keeps each change as JSON of column → value before and after; these functions
word the columns, statuses and yes/no as the grids do (gui/labels) and keep only what changed.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from cakeshop_desktop.core.domain import DomainError
from cakeshop_desktop.core.services.table_editor import ColumnKind, TableInfo, table_info
from cakeshop_desktop.gui.formatting import date_time
from cakeshop_desktop.gui.labels import column_label, enum_label

SUMMARY_CHARS = 300
VALUE_CHARS = 60
NOT_COMPARED = frozenset({"updated_at", "version"})  # bookkeeping that moves with every change
EMPTY = "—"


def action_label(action: str) -> str:
    """insert / update / delete as the user says it."""
    labels = {
        "insert": QCoreApplication.translate("AuditChanges", "Added"),
        "update": QCoreApplication.translate("AuditChanges", "Changed"),
        "delete": QCoreApplication.translate("AuditChanges", "Deleted"),
    }
    return labels.get(action, action)


def change_lines(table: str, before: str | None, after: str | None) -> list[str]:
    """One line a column: 'Label: old → new' for a change, 'Label: value' for an added or
    deleted row (its empty cells left out); text that is not JSON is shown as it is."""
    try:
        old = _mapping(before)
        new = _mapping(after)
    except ValueError:
        return [(after or before or "")[:SUMMARY_CHARS]]
    info = _info(table)
    if old and new:
        return [
            f"{column_label(table, key)}: {_value(info, key, old.get(key))}"
            f" → {_value(info, key, new.get(key))}"
            for key in sorted(set(old) | set(new))
            if old.get(key) != new.get(key) and key not in NOT_COMPARED
        ]
    values = new or old
    return [
        f"{column_label(table, key)}: {_value(info, key, value)}"
        for key, value in values.items()
        if value not in (None, "") and key not in NOT_COMPARED
    ]


def change_summary(table: str, before: str | None, after: str | None) -> str:
    """The lines of `change_lines` on one line, for a grid cell."""
    return "; ".join(change_lines(table, before, after))[:SUMMARY_CHARS]


def _mapping(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError("not a mapping")
    return value


def _info(table: str) -> TableInfo | None:
    try:
        return table_info(table)  # the metadata only: no database is asked
    except DomainError:
        return None  # a table dropped since: its values are shown as stored


def _value(info: TableInfo | None, key: str, value: Any) -> str:
    if value is None or value == "":
        return EMPTY
    kind = None
    enum_name = None
    if info is not None:
        column = next((c for c in info.columns if c.name == key), None)
        if column is not None:
            kind, enum_name = column.kind, column.enum_name
    if isinstance(value, bool) or kind is ColumnKind.BOOLEAN:
        return (
            QCoreApplication.translate("AuditChanges", "yes")
            if value in (True, 1, "1", "true")
            else QCoreApplication.translate("AuditChanges", "no")
        )
    if kind is ColumnKind.ENUM:
        return enum_label(enum_name, value)
    if kind is ColumnKind.DATETIME and isinstance(value, str):
        try:
            return date_time(datetime.fromisoformat(value))
        except ValueError:
            pass
    text = str(value)
    return text if len(text) <= VALUE_CHARS else text[: VALUE_CHARS - 1] + "…"
