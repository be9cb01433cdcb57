"""Small helpers for the statements the repositories run."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar, cast

from sqlalchemy import CursorResult, Result, Table


def rowcount(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE matched (Session.execute types it as a plain Result)."""
    return cast(CursorResult[Any], result).rowcount


Rows = TypeVar("Rows", Mapping[str, object], Sequence[Mapping[str, object]])


def known_columns(table: Table, rows: Rows) -> Rows:
    """The rows of an insert, after checking that every key names a column of `table`: Core
    would silently leave out a misspelt one (and its column take its default)."""
    for row in [rows] if isinstance(rows, Mapping) else rows:
        unknown = row.keys() - table.c.keys()
        if unknown:
            raise ValueError(f"{table.name} has no column {', '.join(sorted(unknown))}")
    return rows
