"""Small helpers for the statements the repositories run."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, Result


def rowcount(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE matched (Session.execute types it as a plain Result)."""
    return cast(CursorResult[Any], result).rowcount
