"""The audit log: who changed which row, written in the same transaction as the change."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cakeshop_desktop.core.db.models import AuditEntry


class AuditRepository:
    """Appends to and reads `audit_log`."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def record(
        self,
        user_id: int | None,
        action: str,
        table_name: str,
        row_id: object,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
    ) -> None:
        self._session.add(
            AuditEntry(
                user_id=user_id,
                action=action,
                table_name=table_name,
                row_id=str(row_id),
                before=_to_json(before),
                after=_to_json(after),
                created_at=datetime.now(),
            )
        )

    def recent(self, table_name: str | None = None, limit: int = 200) -> list[AuditEntry]:
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if table_name:
            query = query.where(AuditEntry.table_name == table_name)
        return list(self._session.scalars(query))


def _to_json(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    return json.dumps(values, ensure_ascii=False, default=str, sort_keys=True)
